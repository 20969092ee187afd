using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>Reads "since" and a date right after a title that a role claim gave a person: "X, prime minister since 2017",
/// "X, Turkey's president since 2014", "X, president of the commission since December 2019".</summary>
internal static class SinceReader
{
    /// <summary>The claim when "since" and a date with a year follow the title phrase ending before <paramref name="end"/>.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="end">The token after the title.</param>
    /// <param name="role">The role claim the title made.</param>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static SinceClaim? After(SentenceContext s, int end, RoleClaim role)
    {
        if (role.Tense != RoleTense.Current)
        {
            return null;
        }

        var k = end;
        if (s.IsWordAt(k, "of"))
        {
            k = s.IsWordAt(k + 1, "the") ? k + 2 : k + 1;
            if (s.MentionStartingAt(k) is not { } organization || organization.Entity.Type == EntityType.Person)
            {
                return null;
            }

            k = organization.End;
        }

        if (!s.IsWordAt(k, "since") || DateExpression.Read(s.TokenSpan, k + 1) is not { } date || !HasYear(s, k + 1, date.Length))
        {
            return null;
        }

        var last = s.TokenSpan[k + date.Length];
        var start = role.Span.Start;
        return new SinceClaim(new TextSpan(start, last.Span.Start + last.Text.Length - start), role.Subject, role.Offices, date.Date, role.Time);
    }

    // "since March" names no year: the reader would have to guess it.
    private static bool HasYear(SentenceContext s, int from, int length)
    {
        for (var i = from; i < from + length; i++)
        {
            if (s.TokenSpan[i].Kind == TokenKind.Number && DateExpression.IsYear(s.TokenSpan[i], out _))
            {
                return true;
            }
        }

        return false;
    }
}
