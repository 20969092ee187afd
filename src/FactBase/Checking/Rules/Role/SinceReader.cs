using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>Reads "since" and a date right after a title that a role claim gave a person: "X, prime minister since 2017",
/// "X, Turkey's president since 2014", "X, president of the commission since December 2019"; and "until", which makes the
/// title a past one.</summary>
internal static class SinceReader
{
    /// <summary>The claim when "since" and a date with a year follow the title phrase ending before <paramref name="end"/>.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="end">The token after the title.</param>
    /// <param name="role">The role claim the title made.</param>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static SinceClaim? After(SentenceContext s, int end, RoleClaim role)
    {
        var perfect = role.Tense == RoleTense.Then && IsPastPerfect(s, end);
        if (role.Tense != RoleTense.Current && !perfect)
        {
            return null;
        }

        var k = AfterOrganization(s, end);
        if (k >= 0 && s.IsWordAt(k, "only", "continuously") && s.IsWordAt(k + 1, "since"))
        {
            k++; // "had been secretary general only since October 1993": how long, not what
        }

        if (k < 0 || !s.IsWordAt(k, "since") || DateExpression.Read(s.TokenSpan, k + 1) is not { } date || !HasYear(s, k + 1, date.Length))
        {
            return null;
        }

        var last = s.TokenSpan[k + date.Length];
        var start = role.Span.Start;
        return new SinceClaim(new TextSpan(start, last.Span.Start + last.Text.Length - start), role.Subject, role.Offices, date.Date, role.Time) { Perfect = perfect };
    }

    // "had been" a few words before the title's end: "X, who had been prime minister since 2008", "had been the president".
    private static bool IsPastPerfect(SentenceContext s, int end)
    {
        for (var k = end - 1; k >= 1 && k >= end - 5; k--)
        {
            if (s.IsWordAt(k, "been"))
            {
                return s.IsWordAt(k - 1, "had");
            }
        }

        return false;
    }

    /// <summary>Whether the title phrase ending before <paramref name="end"/> is followed by when the term ended: "X,
    /// Finland's president until last March", "X, prime minister of the Netherlands till 2024". The title is then no
    /// claim that the person holds the office now.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="end">The token after the title.</param>
    /// <returns>Whether "until" or "till" follows.</returns>
    public static bool EndedAfter(SentenceContext s, int end)
    {
        var k = AfterOrganization(s, end);
        return k >= 0 && s.IsWordAt(k, "until", "till");
    }

    // The token after "of (the) <organisation>" when it follows the title, the title's end when nothing does, or -1 when
    // "of" names no organisation.
    private static int AfterOrganization(SentenceContext s, int end)
    {
        if (!s.IsWordAt(end, "of"))
        {
            return end;
        }

        var k = s.IsWordAt(end + 1, "the") ? end + 2 : end + 1;
        return s.MentionStartingAt(k) is { } organization && organization.Entity.Type != EntityType.Person ? organization.End : -1;
    }

    /// <summary>Whether the date of <paramref name="length"/> tokens from <paramref name="from"/> names a year: "since March"
    /// names none, and the reader would have to guess it.</summary>
    internal static bool HasYear(SentenceContext s, int from, int length)
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
