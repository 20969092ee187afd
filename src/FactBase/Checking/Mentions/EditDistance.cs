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

    /// <summary>The number of insertions, deletions, substitutions and adjacent transpositions that turn <paramref name="a"/>
    /// into <paramref name="b"/>, ignoring case; stops counting past <paramref name="limit"/> (returns <c>limit + 1</c>).</summary>
    /// <remarks>Names are short (a few dozen characters at most), so the full table costs little; it runs only for words
    /// right after a title or before a known surname.</remarks>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return Math.Min(d[a.Length, b.Length], limit + 1);
    }
}
