using System;
using System.Collections.Generic;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Compares strings as <see cref="string.ToLowerInvariant"/> would make them, without allocating the
/// lowercased copy for ASCII text: "NATO", "Nato" and "nato" are one key.
/// </summary>
/// <remarks>
/// Exactly the equality of <c>a.ToLowerInvariant() == b.ToLowerInvariant()</c> (ordinal), so a trie keyed
/// by lowercased words can be probed with a token's text as written. Non-ASCII text takes the slow,
/// allocating path, which keeps the rare cases (Kelvin sign, dotted İ) identical to ToLowerInvariant.
/// </remarks>
internal sealed class InvariantLowerComparer : IEqualityComparer<string>
{
    public static readonly InvariantLowerComparer Instance = new();

    private InvariantLowerComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Length != y.Length)
        {
            // ToLowerInvariant maps each UTF-16 unit (or surrogate pair) to one of the same length.
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            var a = x[i];
            var b = y[i];
            if ((a | b) >= 0x80)
            {
                return string.Equals(x.ToLowerInvariant(), y.ToLowerInvariant(), StringComparison.Ordinal);
            }

            if (a != b && LowerAscii(a) != LowerAscii(b))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(string s)
    {
        // FNV-1a over the lowercased characters; the same function over ToLowerInvariant for non-ASCII text.
        var hash = 2166136261u;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= 0x80)
            {
                return Hash(s.ToLowerInvariant());
            }

            hash = (hash ^ LowerAscii(c)) * 16777619u;
        }

        return (int)hash;
    }

    private static int Hash(string lowered)
    {
        var hash = 2166136261u;
        foreach (var c in lowered)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    private static char LowerAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
