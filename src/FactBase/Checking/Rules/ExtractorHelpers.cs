using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules;

/// <summary>Small pieces of grammar that several extractors share.</summary>
internal static class ExtractorHelpers
{
    /// <summary>The property that lists the members of <paramref name="organization"/> as a timeline, or <see langword="null"/>.</summary>
    internal static PropertyDefinition? MembersOf(SentenceContext s, Entity organization)
    {
        foreach (var property in s.Vocabulary.MemberProperties)
        {
            if (property.Kind == PropertyKind.Members && organization.GetFact(property.Name) is { IsTimeline: true })
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Words that may stand between a subject and its verb in a relative or appositive clause.</summary>
    private static readonly HashSet<string> ClauseFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", "which", "who", "that", "was", "is", "were", "are", "had", "has", "have", "been", "being", "first", "originally",
        "officially", "formally", "initially", "itself", "also", "only", "finally", "eventually",
    };

    /// <summary>Reads a whole number without an ordinal suffix.</summary>
    public static bool TryNumber(Token? token, out int value)
    {
        value = 0;
        return token is { Kind: TokenKind.Number, Text: var text } && text.Length <= 6 && AllDigits(text)
               && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    // A loop, not Enumerable.All with a delegate: every number token of every sentence passes here.
    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads an ordinal ("75th").</summary>
    public static bool TryOrdinal(Token? token, out int value)
    {
        value = 0;
        return token is { Kind: TokenKind.Number, Text: var text } && text.Length > 2 && !char.IsDigit(text[text.Length - 1])
               && int.TryParse(text.Substring(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The subject of a verb at <paramref name="verb"/>: the mention just before it, past clause fillers
    /// ("NATO, which was founded"), whose entity satisfies <paramref name="accept"/>; else a sentence-initial subject.</summary>
    public static Mention? SubjectBefore(SentenceContext s, int verb, Func<Entity, bool> accept)
    {
        var k = verb - 1;
        var skipped = 0;
        while (k >= 0 && skipped < 6 && s.MentionAt(k) is null && ClauseFillers.Contains(s.TokenSpan[k].Text))
        {
            k--;
            skipped++;
        }

        if (s.MentionAt(k) is { } near && near.End == k + 1 && !near.IsPossessive && near.Kind != MentionKind.Adjective)
        {
            if (accept(near.Entity))
            {
                return near;
            }
        }

        // "Dag Hammarskjöld, the Swede who died in 1961": the relative clause of a short apposition is the name's.
        // A nationality is a noun of the apposition too: "X, the Swede who died in 1961", "X, the Swedish diplomat who".
        if (s.MentionAt(k) is null or { Kind: MentionKind.Adjective, IsPossessive: false } && s.IsWordAt(k + 1, "who", "which", "that") && AppositionHeadBefore(s, k) is { } head && accept(head.Entity))
        {
            return head;
        }

        // "Ukraine, which is not a member of NATO, declared independence": the sentence's subject.
        var first = s.Mentions.Count > 0 ? s.Mentions[0] : null;
        // Not across "whose": in "Olaf Scholz, whose wife was born in 1961," the verb is the wife's.
        if (first is not null && first.First <= 1 && first.End < verb && s.TokenAt(first.End)?.Is(',') == true && !s.IsWordAt(first.End + 1, "whose")
            && first.Kind != MentionKind.Adjective && !first.IsPossessive && accept(first.Entity))
        {
            return first;
        }

        return null;
    }

    /// <summary>Words that end a short apposition going back from its noun: a phrase with one of them ("the son of X", "the
    /// friend with whom") may be of someone else.</summary>
    private static readonly HashSet<string> AppositionBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "or", "with", "to", "for", "from", "by", "in", "at", "on", "whom", "whose", "his", "her", "their", "its",
    };

    /// <summary>The name a short apposition ending at <paramref name="noun"/> stands beside: "Dag Hammarskjöld, the Swede",
    /// "X, a former banker". At most four words after "the", "a" or "an", none a name, a preposition or a possessive; the
    /// name (not a possessive) ends right before the comma that opens the apposition.</summary>
    internal static Mention? AppositionHeadBefore(SentenceContext s, int noun)
    {
        for (var j = noun; j >= 0 && j > noun - 5; j--)
        {
            var token = s.TokenSpan[j];
            if (token.Kind != TokenKind.Word || token.IsPossessive || s.MentionAt(j) is not (null or { Kind: MentionKind.Adjective }) || AppositionBreaks.Contains(token.Text))
            {
                return null;
            }

            if (token.IsWord("the") || token.IsWord("a") || token.IsWord("an"))
            {
                return j < noun && s.TokenAt(j - 1)?.Is(',') == true && s.MentionEndingBefore(j - 1) is { Kind: MentionKind.Name, IsPossessive: false } head
                    ? head
                    : null;
            }
        }

        return null;
    }

    /// <summary>The next conjunct of a list "X, Y and Z" after token <paramref name="k"/>: the mention after a comma, an
    /// "and" or both, and whether "and" came before it (the list's last); <see langword="null"/> when no separator or no
    /// mention follows.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="k">The token just past the previous conjunct.</param>
    /// <returns>The mention and whether it follows "and", or <see langword="null"/>.</returns>
    public static (Mention Mention, bool AfterAnd)? NextConjunct(SentenceContext s, int k)
    {
        var next = k;
        if (s.TokenAt(next)?.Is(',') == true)
        {
            next++;
        }

        var and = s.IsWordAt(next, "and");
        if (and)
        {
            next++;
        }

        return next == k || s.MentionStartingAt(next) is not { } mention ? null : (mention, and);
    }

    /// <summary>The subjects coordinated before <paramref name="last"/>, nearest first: "Estonia, Latvia and [Lithuania]",
    /// "Estonia and [Latvia]". Every conjunct is a name (not an adjective or a possessive) and the list is a list of names
    /// only, so "NATO's summit in Estonia and Latvia" gives nothing.</summary>
    public static List<Mention> ConjunctsBefore(SentenceContext s, Mention last)
    {
        var conjuncts = new List<Mention>();
        var k = last.First - 1;
        if (!s.IsWordAt(k, "and"))
        {
            return conjuncts;
        }

        k--;
        if (s.TokenAt(k)?.Is(',') == true)
        {
            k--; // the serial comma: "Estonia, Latvia, and Lithuania"
        }

        while (s.MentionEndingBefore(k + 1) is { } m && m.Kind is MentionKind.Name && !m.IsPossessive && m.Entity.Type == last.Entity.Type)
        {
            conjuncts.Add(m);
            k = m.First - 1;
            if (s.TokenAt(k)?.Is(',') != true)
            {
                break;
            }

            k--;
        }

        // A list that goes on before its first name ("the summit in Estonia and Latvia" is fine; "NATO's Estonia and") or
        // starts after a possessive reads as something else: only names, commas and the sentence start or a clause word.
        if (conjuncts.Count > 0 && s.TokenAt(conjuncts[conjuncts.Count - 1].First - 1) is { } before && before.IsPossessive)
        {
            conjuncts.Clear();
        }

        return conjuncts;
    }

    /// <summary>The first property with <c>age: true</c> whose date the entity has.</summary>
    public static PropertyDefinition? AgeProperty(SentenceContext s, Entity entity)
    {
        foreach (var p in s.Vocabulary.AgeProperties)
        {
            if (entity.GetFact(p.Name)?.Date is not null)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The entity's members (or count) property named by one of <paramref name="nounProperties"/>.</summary>
    public static PropertyDefinition? MembersProperty(Entity entity, IReadOnlyList<PropertyDefinition> nounProperties, bool allowCount)
    {
        PropertyDefinition? members = null;
        for (var i = 0; i < nounProperties.Count; i++)
        {
            var p = nounProperties[i];
            if (entity.GetFact(p.Name) is not { IsTimeline: true })
            {
                continue;
            }

            if (p.Kind == PropertyKind.Count && allowCount)
            {
                return p;
            }

            if (p.Kind == PropertyKind.Members)
            {
                members ??= p;
            }
        }

        return members;
    }

    /// <summary>The organization with members the text around the sentence is about (<see
    /// cref="SentenceContext.OrganizationInContext"/>).</summary>
    /// <remarks>The lambda, which captures the sentence, is made here: a reader that wrote it inline would allocate its
    /// closure on entry, before its cheap tests (docs/performance.md, "How a new reader stays cheap").</remarks>
    public static Entity? OrganizationWithMembersInContext(SentenceContext s) => s.OrganizationInContext(e => HasMembers(s, e));

    /// <summary>The subject before <paramref name="verb"/> that has members (<see cref="SubjectBefore"/>); the closure is
    /// made only here.</summary>
    public static Mention? SubjectWithMembersBefore(SentenceContext s, int verb) => SubjectBefore(s, verb, e => HasMembers(s, e));

    /// <summary>Whether the entity has a members timeline (it is something one can be a member of).</summary>
    public static bool HasMembers(SentenceContext s, Entity entity)
    {
        foreach (var p in s.Vocabulary.MemberProperties)
        {
            if (entity.GetFact(p.Name) is { IsTimeline: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index past a definite article at <paramref name="k"/> ("the EU"), else <paramref name="k"/>.</summary>
    public static int SkipDeterminer(SentenceContext s, int k) => s.IsWordAt(k, "the") ? k + 1 : k;

    /// <summary>A span from the start of one token to the end of another.</summary>
    public static TextSpan SpanOf(IReadOnlyList<Token> tokens, int first, int last)
        => new(tokens[first].Span.Start, tokens[last].Span.Start + tokens[last].Text.Length - tokens[first].Span.Start);
}
