using System;

namespace FactBase.Checking.Mentions;

/// <summary>Edit distance tests for misspelling detection.</summary>
internal static class EditDistance
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> differ by at most one insertion,
    /// deletion, substitution or transposition of adjacent characters.</summary>
    public static bool IsAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            return string.CompareOrdinal(a, prefix + 1, b, prefix + 1, a.Length) == 0
                   || (prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                       && string.CompareOrdinal(a, prefix + 2, b, prefix + 2, a.Length) == 0);
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return string.CompareOrdinal(longer, prefix + 1, shorter, prefix, longer.Length) == 0;
    }
}
