using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// "to succeed Y" after a choice that was made: "X was chosen to succeed Y", "the allies chose him to succeed Y", "X, who was
/// appointed in 2004 to replace Y", "he was elected as a compromise candidate to succeed Y". Choosing someone to succeed Y
/// makes them Y's successor in the office Y held, checked as "X succeeded Y" is (<see cref="SuccessionClaim"/>: only in an
/// office both held, so a choice that came to nothing says nothing).
/// </summary>
/// <remarks>Silent: a choice not yet made or only hoped for ("is expected to succeed", "hopes to succeed", "will be chosen
/// to succeed", "was nominated to succeed", "the favourite to succeed"), a verb of choice more than a few words before
/// "to", a clause break between them, and the object of an active choice that is no person named or "him"/"her".</remarks>
internal static class ChosenSuccessor
{
    /// <summary>Verbs of a choice made, in the past: the chosen one becomes the holder.</summary>
    private static readonly HashSet<string> Choices = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "chose", "chosen", "appointed", "named", "elected", "picked", "selected", "tapped",
    };

    /// <summary>Words that make a passive of the choice made: "was chosen", "had been appointed".</summary>
    private static readonly HashSet<string> Passive = new(System.StringComparer.OrdinalIgnoreCase) { "was", "were", "been" };

    /// <summary>How many words may stand between the verb of choice (or its object) and "to".</summary>
    private const int Reach = 6;

    /// <summary>The claim of "to succeed"/"to replace" at <paramref name="verb"/>, or <see langword="null"/>.</summary>
    public static Claim? Read(SentenceContext s, int verb)
    {
        if (!s.IsWordAt(verb - 1, "to"))
        {
            return null;
        }

        var t = s.TokenSpan;
        for (var k = verb - 2; k >= 1 && k >= verb - 2 - Reach; k--)
        {
            if (t[k].Kind == TokenKind.Punctuation && !t[k].Is('-'))
            {
                return null;
            }

            if (t[k].Kind != TokenKind.Word || !Choices.Contains(t[k].Text))
            {
                continue;
            }

            if (Passive.Contains(t[k - 1].Text))
            {
                // "X was chosen ... to succeed Y": the subject of the passive, a name or a pronoun.
                return s.IsWordAt(k - 2, "to", "will", "would", "be", "being") ? null : Chosen(s, k - 1, verb);
            }

            if (t[k].IsWord("chosen") || s.IsWordAt(k - 1, "to", "will", "would", "be", "not"))
            {
                return null;
            }

            // "the allies chose him to succeed Y", "Parliament elected X to replace Y": the object is the one chosen.
            return Object(s, k + 1, verb);
        }

        return null;
    }

    // The subject of "was chosen" at `was`, with the predecessor after `verb`.
    private static Claim? Chosen(SentenceContext s, int was, int verb)
    {
        if (SuccessionReader.Predecessor(s, verb + 1) is not { } old)
        {
            return null;
        }

        var k = was;
        if (s.IsWordAt(k - 1, "had", "has") && s.IsWordAt(k, "been"))
        {
            k--;
        }

        if (s.IsWordAt(k - 1, "who"))
        {
            k--;
            if (s.TokenAt(k - 1)?.Is(',') == true)
            {
                k--;
            }
        }

        var subject = s.MentionEndingBefore(k) is { IsPossessive: false, Kind: MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun or MentionKind.Description } named && named.Entity.Type == EntityType.Person
            ? named
            : SuccessionPronoun.Is(s, k - 1) && !s.IsWordAt(k - 1, "his", "her", "him") ? SuccessionPronoun.Resolve(s, k - 1, old.Entity) : null;
        return subject is null ? null : SuccessionReader.Make(s, subject, verb + 1);
    }

    // The object of an active choice at `k`, right before "to" at `verb - 1`.
    private static Claim? Object(SentenceContext s, int k, int verb)
    {
        if (SuccessionReader.Predecessor(s, verb + 1) is not { } old)
        {
            return null;
        }

        Mention? chosen = null;
        if (s.IsWordAt(k, "him", "her") && k + 1 == verb - 1)
        {
            chosen = SuccessionPronoun.Resolve(s, k, old.Entity);
        }
        else if (s.MentionStartingAt(k) is { IsPossessive: false, Kind: MentionKind.Name or MentionKind.Surname } named && named.Entity.Type == EntityType.Person && named.End == verb - 1)
        {
            chosen = named;
        }

        return chosen is null ? null : SuccessionReader.Make(s, chosen, verb + 1);
    }
}
