using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A succession whose subject the clause does not name: "He succeeds Antony Blinken" after sentences that name two people,
/// or that open a new paragraph; "The 42-year-old former finance minister replaces Liz Truss". The subject is the one person
/// named in this sentence or the few before it whom the facts give as the successor of the person replaced. The facts chose
/// the person, so the claim is only confirmed: a wrong predecessor stays silent here.
/// </summary>
/// <remarks>Only a pronoun ("he", "she", after at most a few adverbs: "He then succeeded") or a description that opens the
/// sentence in lower-case words ("The 70-year-old conservative") may be the subject; a capitalized word may be a name the facts
/// do not know ("Kemal replaces Y"), and is left alone.</remarks>
internal static class UnnamedSuccessor
{
    /// <summary>How many sentences back the successor may be named.</summary>
    private const int Reach = 4;

    /// <summary>The claim of the verb at <paramref name="verb"/> ("replaces", "succeeded"), or <see langword="null"/>.</summary>
    public static Claim? Read(SentenceContext s, int verb)
    {
        var start = SubjectStart(s, verb);
        if (start < 0 || SuccessionReader.Predecessor(s, verb + 1) is not { } old)
        {
            return null;
        }

        var knowledgeBase = s.KnowledgeBase;
        var replaced = old.Entity;
        var successor = OnePersonNamedLately.Find(s.Mentions, start, s.Document, Reach, e => e.Id != replaced.Id && SuccessionClaimVerifier.Follows(knowledgeBase, e, replaced));
        if (successor is null)
        {
            return null;
        }

        var first = s.TokenSpan[start].Span.Start;
        return new SuccessionClaim(new TextSpan(first, old.Span.Start + old.Span.Length - first), successor, replaced, s.Time) { ConfirmOnly = true };
    }

    // Where the subject starts: the pronoun right before the verb (or before "then", "later", ...), or "The" opening the
    // sentence when only lower-case words, numbers and hyphens follow it up to the verb; -1 otherwise.
    private static int SubjectStart(SentenceContext s, int verb)
    {
        var k = verb - 1;
        while (k > 0 && s.IsWordAt(k, "then", "later", "also") && s.MentionAt(k) is null)
        {
            k--;
        }

        if (k >= 0 && PersonPronoun.Is(s.TokenSpan[k]) && (k == 0 || s.TokenSpan[k - 1].Kind == TokenKind.Punctuation || s.IsWordAt(k - 1, "and", "but")))
        {
            return k;
        }

        if (!s.IsWordAt(0, "the") || verb < 2)
        {
            return -1;
        }

        for (var i = 1; i < verb; i++)
        {
            var token = s.TokenSpan[i];
            if (s.MentionAt(i) is { Kind: not (MentionKind.Description or MentionKind.Pronoun) } || (token.Kind == TokenKind.Word && token.IsCapitalized)
                || (token.Kind == TokenKind.Punctuation && !token.Is('-')))
            {
                return -1;
            }
        }

        return 0;
    }
}
