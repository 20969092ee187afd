using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>Where what a sentence says of a person named starts: right after the name, past an age between commas ("X, 66,
/// ran"), a short apposition before "who" ("X, his old rival, who ran") and a relative "who" ("X, who ran", "X, 66, who
/// ran").</summary>
internal static class PredicateStart
{
    /// <summary>The index of the first word of the predicate of <paramref name="person"/>.</summary>
    public static int After(SentenceContext s, Mention person)
    {
        var k = person.End;
        if (s.TokenAt(k)?.Is(',') == true && s.TokenAt(k + 1)?.Kind == TokenKind.Number && s.TokenAt(k + 2)?.Is(',') == true)
        {
            k += 2;
            if (!s.IsWordAt(k + 1, "who"))
            {
                k++;
            }
        }

        if (s.TokenAt(k)?.Is(',') == true && !s.IsWordAt(k + 1, "who")
            && Clauses.NounPhraseApposition.End(s.TokenSpan, s.Mentions, k + 1) is { } closing && s.IsWordAt(closing + 1, "who"))
        {
            k = closing; // "X, the former Danish prime minister, who had led": the apposition is X, so the clause is X's
        }

        if (s.TokenAt(k)?.Is(',') == true && s.IsWordAt(k + 1, "who"))
        {
            k += 2;
        }

        return k;
    }
}
