using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// An office named through the person it served ("Chirac's prime minister"): "X served as Chirac's prime minister", "X,
/// who was Obama's secretary of state,", "X, Merkel's chancellor,", "Chirac's prime minister, X, ...", "his prime minister
/// for five years, X" (after a named president). The office is the one by that title of the one country or organisation
/// where the possessor held an office; the claim (<see cref="ServedUnderClaim"/>) is that X held it while the possessor held
/// theirs.
/// </summary>
/// <remarks>Silent: a title the vocabulary does not know ("Chirac's finance minister"), or one that entity does not have
/// (an empty timeline: "Johnson's chancellor" is Britain's chancellor of the exchequer); a possessor with offices in
/// several places that have the title; "his"/"her" that the pronoun resolver cannot give one person; quoted words.</remarks>
internal static class PossessorOfficeReader
{
    /// <summary>Words that may stand between the possessive and the title and keep the office the same.</summary>
    private static readonly string[] Modifiers = { "former", "longtime", "long-time", "then" };

    /// <summary>Adds the sentence's claims to <paramref name="claims"/>.</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        if (!s.HasCue(TokenCues.Title))
        {
            return;
        }

        var t = s.TokenSpan;
        for (var title = 0; title < t.Length; title++)
        {
            // A title (the cue is one bit test), then what stands before it.
            if ((s.CuesAt(title) & TokenCues.Title) == 0 || !PossessiveBefore(s, title))
            {
                continue;
            }

            var (length, properties) = s.Vocabulary.MatchTitle(t, title);
            if (length == 0 || (length == 1 && (t[title].IsWord("chief") || t[title].IsWord("head"))) || !EndsTitle(s, title + length))
            {
                continue;
            }

            // The possessor: a person's name with "'s", or "his"/"her", maybe with "former" between.
            var k = s.IsWordAt(title - 1, Modifiers) ? title - 1 : title;
            Mention? possessor;
            int start;
            if (s.MentionEndingBefore(k) is { } m)
            {
                if (!m.IsPossessive || m.Entity.Type != EntityType.Person || m.Kind is not (MentionKind.Name or MentionKind.Surname))
                {
                    continue;
                }

                possessor = m;
                start = m.First;
            }
            else if (k > 0 && (t[k - 1].IsWord("his") || t[k - 1].IsWord("her")))
            {
                possessor = PersonPronoun.Resolve(t, k - 1, s.Mentions, s.Document, possessive: true);
                start = k - 1;
            }
            else
            {
                continue;
            }

            if (possessor is null || s.IsQuotedAt(start) || Office(s, possessor.Entity, properties) is not { } office)
            {
                continue;
            }

            if (Holder(s, start, title + length) is { } holder && holder.Entity.Id != possessor.Entity.Id)
            {
                var first = System.Math.Min(holder.First, start);
                var last = System.Math.Max(holder.End, title + length) - 1;
                var span = new TextSpan(t[first].Span.Start, t[last].Span.End - t[first].Span.Start);
                (claims ??= new List<Claim>()).Add(new ServedUnderClaim(span, holder.Entity, office, possessor.Entity));
            }

            title += length - 1;
        }
    }

    // A possessive, "his" or "her" right before the title or before "former": tested before the title is matched.
    private static bool PossessiveBefore(SentenceContext s, int title)
    {
        var k = s.IsWordAt(title - 1, Modifiers) ? title - 1 : title;
        return k > 0 && (s.TokenSpan[k - 1].IsWord("his") || s.TokenSpan[k - 1].IsWord("her") || s.MentionEndingBefore(k) is { IsPossessive: true });
    }

    // The one office by the title written of the one entity where the possessor held an office; null when none or several.
    private static OfficeRef? Office(SentenceContext s, Entity possessor, IReadOnlyList<PropertyDefinition> properties)
    {
        OfficeRef? found = null;
        foreach (var held in NamedOffice.OfficesOf(s, possessor))
        {
            foreach (var property in properties)
            {
                if (held.Organization.GetFact(property.Name) is not { } fact || fact.Timeline.Count == 0)
                {
                    continue;
                }

                var office = new OfficeRef(held.Organization, property);
                if (found is not null && found != office)
                {
                    return null;
                }

                found = office;
            }
        }

        return found;
    }

    // Who held the office: the subject of "served as" / "was" / "became" before the possessive ("X served as", "X, who was",
    // "he served as"), a name set off before it ("X, Merkel's chancellor,"), or a name after the title ("Chirac's prime
    // minister, X," / "his prime minister for five years, X").
    private static Mention? Holder(SentenceContext s, int possessive, int end)
    {
        var k = possessive;
        if (s.IsWordAt(k - 1, "as") && s.IsWordAt(k - 2, "served", "serving", "serve"))
        {
            k -= 2;
        }
        else if (s.IsWordAt(k - 1, "was", "became"))
        {
            k -= 1;
        }
        else if (s.IsWordAt(k - 1, "been") && s.IsWordAt(k - 2, "had", "has"))
        {
            k -= 2;
        }
        else if (s.TokenAt(k - 1)?.Is(',') == true && s.MentionEndingBefore(k - 1) is { } apposed && IsPerson(apposed)
                 && (s.TokenAt(end) is not { } closing || closing.Is(',') || closing.Is('.') || closing.Is(';')))
        {
            // "X, Merkel's chancellor,": the title closes the apposition.
            return apposed;
        }
        else
        {
            return After(s, end);
        }

        if (s.IsWordAt(k - 1, "who") && s.TokenAt(k - 2)?.Is(',') == true)
        {
            k -= 2;
        }

        return s.MentionEndingBefore(k) is { } subject && IsPerson(subject) ? subject : null;
    }

    // "Chirac's prime minister, X," and "his prime minister for five years, X": the name after the title, set off by commas.
    private static Mention? After(SentenceContext s, int end)
    {
        var k = end;
        if (s.IsWordAt(k, "for"))
        {
            // "for five years": a short phrase of time, no more.
            var stop = k + 1;
            while (stop < k + 5 && s.TokenAt(stop) is { } word && !word.Is(','))
            {
                stop++;
            }

            if (!s.IsWordAt(stop - 1, "years", "year", "months", "decade"))
            {
                return null;
            }

            k = stop;
        }

        if (k == end && s.MentionStartingAt(k) is { } direct)
        {
            // "Obama's secretary of state Hillary Clinton".
            return IsPerson(direct) && direct.Kind == MentionKind.Name ? direct : null;
        }

        if (s.TokenAt(k)?.Is(',') != true || s.MentionStartingAt(k + 1) is not { } named || !IsPerson(named) || named.Kind != MentionKind.Name)
        {
            return null;
        }

        return s.TokenAt(named.End) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') ? named : null;
    }

    // The title ends the phrase: "Chirac's prime minister, X", "Obama's secretary of state Hillary Clinton", "his prime
    // minister for five years"; not "Stoltenberg's chief of staff" or "prime minister-designate" (other offices).
    private static bool EndsTitle(SentenceContext s, int end)
        => s.TokenAt(end) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') || next.Is(')') || next.IsWord("for")
           || next.IsWord("before") || next.IsWord("until") || next.IsWord("and") || next.IsWord("when") || next.IsWord("from")
           || (s.MentionStartingAt(end) is { } name && name.Entity.Type == EntityType.Person);

    private static bool IsPerson(Mention m)
        => m.Entity.Type == EntityType.Person && !m.IsPossessive && m.Kind is MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun;
}
