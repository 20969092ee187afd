using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads who took over an office from whom: "X succeeded Y", "X, 53, who replaced Y as prime minister", "..., replacing
/// Y", "taking over from Y", "X's predecessor, Y", "his successor, former prime minister Y", and the passive "Y was
/// succeeded by X". The office is the one both have held (the verifier finds it), so a succession in a party or another
/// body says nothing.
/// </summary>
/// <remarks>Silent: "to succeed" (a succession to come), "as" followed by a title of
/// another body ("replaced Y as party leader"), "his successor" with two people or a name the facts do not know before
/// it.</remarks>
internal static class SuccessionReader
{
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase) { "succeeds", "succeeded", "replaces", "replaced" };

    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase) { "succeeding", "replacing" };

    /// <summary>Words between a verb and its subject: "X, who had replaced", "X then succeeded".</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "who", "had", "has", "have", "also", "then", "later", "eventually", "formally", "officially" };

    /// <summary>Words that may stand between "his predecessor," and the name: "former prime minister", "caretaker".</summary>
    /// <summary>Words that make the name after them part of a phrase, not a subject: "a rival of X", "talks with X".</summary>
    private static readonly HashSet<string> Governors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "to", "with", "for", "by", "from", "against", "than", "and", "or", "like", "under", "about", "between",
    };

    /// <summary>Every word that starts a succession: the verbs, "over", "predecessor", "successor". Tested first, so the
    /// words of prose are turned away by their first letter and length before any comparison.</summary>
    internal static readonly WordSet Triggers = new(["succeeds", "succeeded", "replaces", "replaced", "succeeding", "replacing", "over", "predecessor", "successor", "succeed", "replace"]);

    private static readonly HashSet<string> BeforeName = new(StringComparer.OrdinalIgnoreCase) { "former", "the", "caretaker", "outgoing", "ex", "-" };

    /// <summary>Adds the successions the sentence states to <paramref name="claims"/>; one bit test when it has none of
    /// <see cref="Triggers"/> (a list of <see cref="TriggerWords"/>).</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        if (!s.HasWordOf(Triggers))
        {
            return;
        }

        var t = s.TokenSpan;
        for (var i = 1; i < t.Length; i++)
        {
            var token = t[i];
            if (token.Kind != TokenKind.Word || !Triggers.Contains(token.Text))
            {
                continue;
            }

            TermClaim? dated = null;
            var claim = FiniteVerbs.Contains(token.Text) && IsPassive(s, i) ? Passive(s, i, out dated)
                : FiniteVerbs.Contains(token.Text) ? Verb(s, i, participle: false)
                : Participles.Contains(token.Text) ? Verb(s, i, participle: true)
                : token.IsWord("over") ? TakingOver(s, i)
                : token.IsWord("predecessor") || token.IsWord("successor") ? Possessed(s, i, out dated)
                : token.IsWord("succeed") || token.IsWord("replace") ? ChosenSuccessor.Read(s, i)
                : null;
            if (claim is not null)
            {
                (claims ??= new List<Claim>()).Add(claim);
            }

            // "X, who succeeded him as president in 2012": when the successor's term began.
            if (FiniteVerbs.Contains(token.Text) && !IsPassiveOrFuture(s, i) && SubjectOf(s, i, i + 1) is { Kind: MentionKind.Name or MentionKind.Surname } subject
                && (SucceededAsReader.Read(s, i, subject.Entity, subject.First) ?? SuccessionTimeReader.Read(s, i + 1, subject.Entity, subject.First)) is { } term)
            {
                (claims ??= new List<Claim>()).Add(term);
            }

            // "X took over from Y in 2010", "his successor, X, took over in 2004": when the successor's term began.
            if (token.IsWord("over") && claim is SuccessionClaim taken && s.IsWordAt(i - 1, "took") && SubjectOf(s, i - 1, i + 2) is { Kind: MentionKind.Name or MentionKind.Surname } taker
                && SuccessionTimeReader.Read(s, i + 2, taker.Entity, taker.First) is { } takeover)
            {
                (claims ??= new List<Claim>()).Add(takeover);
            }
            else if (dated is not null)
            {
                (claims ??= new List<Claim>()).Add(dated);
            }
        }
    }

    private static bool IsPassive(SentenceContext s, int verb) => s.IsWordAt(verb - 1, "was", "were") && s.IsWordAt(verb + 1, "by");

    // "X was succeeded by Y", "X, who was replaced by Y as prime minister in 2016,": Y took over from X; a title and date
    // after Y date Y's term, as "Y succeeded X as prime minister in 2016" does.
    private static Claim? Passive(SentenceContext s, int verb, out TermClaim? dated)
    {
        dated = null;
        if (SubjectOf(s, verb - 1, verb + 2) is not { } old || Predecessor(s, verb + 2) is not { } successor || successor.Entity.Id == old.Entity.Id)
        {
            return null;
        }

        dated = SucceededAsReader.AsTitle(s, successor.End, successor.Entity, old.First)
                ?? SuccessionTimeReader.ReadAfter(s, successor.End, successor.Entity, old.First, old.Entity);

        // "was replaced by Y in the poll", "on the list": a ranking or a place, not the office. Only a clause that ends at Y, or
        // goes on with the date taken or "as" and a title the vocabulary knows (Predecessor has turned away any other "as"),
        // tells of the succession.
        if (dated is null && s.TokenAt(successor.End) is { } next && !next.Is(',') && !next.Is('.') && !next.Is(';') && !next.Is(')')
            && !next.IsWord("and") && !next.IsWord("as"))
        {
            return null;
        }

        var end = successor.Span.Start + successor.Span.Length;
        return new SuccessionClaim(new TextSpan(old.Span.Start, end - old.Span.Start), successor.Entity, old.Entity, s.Time);
    }

    private static bool IsPassiveOrFuture(SentenceContext s, int verb)
        => s.IsWordAt(verb - 1, "was", "were", "is") || s.IsWordAt(verb - 1, "been", "being", "to") || s.IsWordAt(verb - 1, "will", "would");

    // "X succeeded Y", "X, who replaced Y as prime minister", "..., replacing Y".
    private static Claim? Verb(SentenceContext s, int verb, bool participle)
    {
        if (IsPassiveOrFuture(s, verb))
        {
            return null;
        }

        var subject = participle ? OnePersonBefore(s, verb) ?? PronounSubject(s, verb, verb + 1) : SubjectOf(s, verb, verb + 1);
        if (subject is null)
        {
            return participle ? null : UnnamedSuccessor.Read(s, verb);
        }

        return Make(s, subject, verb + 1);
    }

    // "took over from Y", "taking over from Y"; "handed over to Y", the other way round.
    private static Claim? TakingOver(SentenceContext s, int over)
    {
        if (s.IsWordAt(over + 1, "to") && s.IsWordAt(over - 1, "handed", "handing", "hands"))
        {
            return HandingOver(s, over);
        }

        if (!s.IsWordAt(over + 1, "from") || !s.IsWordAt(over - 1, "took", "taking", "taken"))
        {
            return null;
        }

        var subject = s.IsWordAt(over - 1, "taking") ? OnePersonBefore(s, over - 1) ?? PronounSubject(s, over - 1, over + 2) : SubjectOf(s, over - 1, over + 2);
        return subject is null ? null : Make(s, subject, over + 2);
    }

    // "X handed over to Y", "He then handed over to Y", "..., handing over to Y": Y took over from X.
    private static Claim? HandingOver(SentenceContext s, int over)
    {
        var giver = s.IsWordAt(over - 1, "handing") ? OnePersonBefore(s, over - 1) ?? PronounSubject(s, over - 1, over + 2) : SubjectOf(s, over - 1, over + 2);
        if (giver is null || Predecessor(s, over + 2) is not { } taker || taker.Entity.Id == giver.Entity.Id)
        {
            return null;
        }

        var end = taker.Span.Start + taker.Span.Length;
        return new SuccessionClaim(new TextSpan(giver.Span.Start, end - giver.Span.Start), taker.Entity, giver.Entity, s.Time);
    }

    // "X's predecessor, Y", "his successor, former prime minister Y", "his successor U Thant", "her successor as prime
    // minister, Y" (the office named: PossessedOffice).
    private static Claim? Possessed(SentenceContext s, int noun, out TermClaim? dated)
    {
        dated = null;
        var k = noun + 1;
        var asAt = -1;
        if (s.IsWordAt(k, "as"))
        {
            asAt = k;
            k = PossessedOffice.TitleEnd(s, k);
            if (k < 0 || s.TokenAt(k)?.Is(',') != true)
            {
                return null;
            }
        }

        var comma = s.TokenAt(k)?.Is(',') == true;
        if (comma)
        {
            k++;
        }

        var named = k;
        while (k < s.Tokens.Count && k < named + 5 && s.MentionAt(k) is null && (BeforeName.Contains(s.TokenSpan[k].Text) || (s.CuesAt(k) & TokenCues.Title) != 0 && s.Vocabulary.MatchTitle(s.Tokens, k).Length > 0))
        {
            k += Math.Max(1, s.Vocabulary.MatchTitle(s.Tokens, k).Length);
        }

        // "his successor U Thant" with no comma: only the name right after the noun ("his successor's policy" is no name).
        if (!comma && k != named)
        {
            return null;
        }

        if (s.MentionStartingAt(k) is not { Kind: MentionKind.Name or MentionKind.Surname, IsPossessive: false } other || other.Entity.Type != EntityType.Person)
        {
            return null;
        }

        Mention? owner = s.MentionEndingBefore(noun) is { IsPossessive: true } possessive && possessive.Entity.Type == EntityType.Person ? possessive : null;
        if (owner is null && s.IsWordAt(noun - 1, "his", "her"))
        {
            owner = PersonPronoun.Resolve(s.TokenSpan, noun - 1, s.Mentions, s.Document, possessive: true)
                    ?? SuccessionPronoun.Resolve(s, noun - 1, other.Entity);
        }

        if (owner is null || other.Entity.Id == owner.Entity.Id)
        {
            return null;
        }

        var successor = s.TokenSpan[noun].IsWord("successor");
        var (newHolder, oldHolder) = successor ? (other, owner) : (owner, other);
        if (newHolder == other && asAt < 0)
        {
            // "his successor, X, took over in 2004": when X's term began.
            dated = SuccessionTimeReader.ReadTookOver(s, other, owner.Entity);
        }

        var first = Math.Min(owner.Span.Start, other.Span.Start);
        var end = Math.Max(owner.Span.Start + owner.Span.Length, other.Span.Start + other.Span.Length);
        var span = new TextSpan(first, end - first);
        if (asAt >= 0)
        {
            // The office is named: the holder right before or after the owner's term in it is the one to compare.
            return PossessedOffice.Office(s, asAt, owner.Entity) is { } office
                ? new OfficeSuccessionClaim(span, owner.Entity, other.Entity, successor, office, s.Time)
                : null;
        }

        return new SuccessionClaim(span, newHolder.Entity, oldHolder.Entity, s.Time);
    }

    /// <summary>The person named at <paramref name="k"/> as the one replaced, with no title of another body after it
    /// ("replaced Y as party leader"); <see langword="null"/> when there is none.</summary>
    internal static Mention? Predecessor(SentenceContext s, int k)
    {
        k = AfterTitle(s, k);
        if (s.MentionStartingAt(k) is not { Kind: MentionKind.Name or MentionKind.Surname, IsPossessive: false } old || old.Entity.Type != EntityType.Person)
        {
            return null;
        }

        return s.IsWordAt(old.End, "as") && !AsKnownTitle(s, old.End, old.Entity) ? null : old;
    }

    /// <summary>Whether "as" at <paramref name="asAt"/> goes on with a title the vocabulary knows, or the main word of one of
    /// the person's titles.</summary>
    private static bool AsKnownTitle(SentenceContext s, int asAt, Entity person)
    {
        // "replaced Y as prime minister": a title the vocabulary knows, or the main word of one of Y's ("as
        // secretary" of a defense secretary); the office both held is then checked. "as party leader" is another body's.
        var title = asAt + 1;
        if (s.IsWordAt(title, "the"))
        {
            title++;
        }

        if (s.MentionStartingAt(title) is { } qualifier && qualifier.Entity.Type != EntityType.Person)
        {
            title = qualifier.End;
        }

        return s.Vocabulary.MatchTitle(s.Tokens, title).Length > 0 || BareTitleWord.Office(s, title, person) is not null;
    }

    // The claim that <paramref name="subject"/>, written from <paramref name="start"/>, took over from the predecessor named
    // at <paramref name="k"/>.
    internal static Claim? Make(SentenceContext s, Mention subject, int k)
    {
        if ((Predecessor(s, k) ?? ObjectPronoun(s, k, subject.Entity)) is not { } old || old.Entity.Id == subject.Entity.Id)
        {
            return null;
        }

        var first = Math.Min(subject.Span.Start, old.Span.Start);
        var end = Math.Max(subject.Span.Start + subject.Span.Length, old.Span.Start + old.Span.Length);
        return new SuccessionClaim(new TextSpan(first, end - first), subject.Entity, old.Entity, s.Time);
    }

    // "X, who succeeded him,", "X replaced her in 2016": the person the pronoun stands for, when the clause ends after it or
    // goes on with a time or "as" ("her" before a noun is a possessive: "succeeded her husband").
    private static Mention? ObjectPronoun(SentenceContext s, int k, Entity subject)
    {
        if (!s.IsWordAt(k, "him", "her"))
        {
            return null;
        }

        if (s.TokenAt(k + 1) is { } next && !next.Is(',') && !next.Is('.') && !next.Is(';') && !next.Is(')') && !next.IsWord("in") && !next.IsWord("on")
            && !next.IsWord("as") && !next.IsWord("that") && !next.IsWord("and") && !next.IsWord("when") && !next.IsWord("after"))
        {
            return null;
        }

        return SuccessionPronoun.Resolve(s, k, subject) is { } old && (!s.IsWordAt(k + 1, "as") || AsKnownTitle(s, k + 1, old.Entity)) ? old : null;
    }

    // "He took over as secretary general in 1988, succeeding X": the pronoun that opens the sentence, or the clause after
    // its opening phrase, as the subject of the participle at `verb`, with the other person named at `otherAt`.
    private static Mention? PronounSubject(SentenceContext s, int verb, int otherAt)
    {
        var t = s.TokenSpan;
        var at = 0;
        for (var k = 1; k < verb && !PersonPronoun.Is(t[0]); k++)
        {
            if (t[k].Is(','))
            {
                at = SubjectPronoun.OpeningPhrase(t, k, s.Mentions) ? k + 1 : 0;
                break;
            }
        }

        if (at >= verb || !PersonPronoun.Is(t[at]) || Predecessor(s, otherAt) is not { } other)
        {
            return null;
        }

        return SuccessionPronoun.Resolve(s, at, other.Entity);
    }

    // Past a title before the predecessor's name: "succeeded Prime Minister Y", "replacing outgoing British Prime Minister Y",
    // "succeeds the former chancellor Y". The title is a word of the vocabulary; what it says of Y is the role rule's.
    private static int AfterTitle(SentenceContext s, int k)
    {
        var start = k;
        while (k < start + 3 && s.MentionAt(k) is null && s.TokenAt(k) is { Kind: TokenKind.Word } word && BeforeName.Contains(word.Text))
        {
            k++;
        }

        if (s.MentionStartingAt(k) is { Kind: MentionKind.Adjective } country && country.Entity.Type != EntityType.Person)
        {
            k = country.End;
        }

        var title = k < s.TokenSpan.Length && (s.CuesAt(k) & TokenCues.Title) != 0 ? s.Vocabulary.MatchTitle(s.Tokens, k).Length : 0;
        return title > 0 && s.MentionAt(k) is null ? k + title : start;
    }

    // "X succeeded", "X, who had replaced", "X, 53, who succeeded", or the sentence's subject ("X, elected in May, succeeds").
    private static Mention? SubjectOf(SentenceContext s, int verb, int predecessorAt)
    {
        var k = verb;
        while (k > 0 && s.MentionAt(k - 1) is null && s.TokenSpan[k - 1].Kind == TokenKind.Word && Fillers.Contains(s.TokenSpan[k - 1].Text))
        {
            k--;
        }

        if (s.TokenAt(k - 1)?.Is(',') == true)
        {
            k = InvestitureReader.SkipAge(s, k);
            if (s.TokenAt(k - 1)?.Is(',') == true)
            {
                k--;
            }
        }

        if (k > 0 && s.MentionEndingBefore(k) is null && PersonPronoun.Is(s.TokenSpan[k - 1]))
        {
            // "Merz was elected on Tuesday. He replaces Olaf Scholz": the one person the pronoun can stand for, or no one.
            // Among the people named, only one who held an office the predecessor held can have succeeded them in it
            // ("Merz met President Steinmeier. He replaces Olaf Scholz"; Scholz himself is no candidate).
            // When neither the sentence nor the paragraph names anyone who could be meant, the person the story is about.
            return s.MentionStartingAt(AfterTitle(s, predecessorAt)) is { Entity.Type: EntityType.Person } old
                ? PersonPronoun.Resolve(s.TokenSpan, k - 1, s.Mentions, s.Document, fits: e => e.Id != old.Entity.Id && SharesOffice(s, e, old.Entity), isTitle: s.Vocabulary.Words.Contains)
                  ?? SuccessionPronoun.Resolve(s, k - 1, old.Entity)
                : null;
        }

        if (s.MentionEndingBefore(k) is { IsPossessive: false } near)
        {
            // "a long-time rival of Angela Merkel, succeeds": a name inside a phrase is not the subject.
            return near.Entity.Type == EntityType.Person && near.Kind != MentionKind.Adjective && !s.IsWordAt(near.First - 1, Governors) ? near : null;
        }

        return ExtractorHelpers.SubjectBefore(s, verb, static e => e.Type == EntityType.Person) is { Kind: not MentionKind.Adjective } subject ? subject : null;
    }

    // Whether the person held an office of the same body that the predecessor held.
    private static bool SharesOffice(SentenceContext s, Entity person, Entity predecessor) => SharesOffice(s.KnowledgeBase, person, predecessor);

    /// <summary>Whether the two people held one same office (of one body).</summary>
    internal static bool SharesOffice(FactBase.Knowledge.KnowledgeBase knowledgeBase, Entity person, Entity predecessor)
    {
        var terms = knowledgeBase.GetTermsOf(person.Id);
        var old = knowledgeBase.GetTermsOf(predecessor.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            for (var o = 0; o < old.Count; o++)
            {
                if (old[o].Organization.Id == terms[t].Organization.Id && old[o].Property.Name == terms[t].Property.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The one person named before a participle ("X was sworn in as prime minister, replacing Y").
    private static Mention? OnePersonBefore(SentenceContext s, int index)
    {
        Mention? one = null;
        for (var m = 0; m < s.Mentions.Count && s.Mentions[m].End <= index; m++)
        {
            var mention = s.Mentions[m];
            if (mention.Entity.Type != EntityType.Person || mention.Kind == MentionKind.Adjective)
            {
                continue;
            }

            if (mention.IsPossessive || mention.Tentative || (one is not null && one.Entity.Id != mention.Entity.Id))
            {
                return null;
            }

            one ??= mention;
        }

        return one;
    }
}
