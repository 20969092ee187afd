using System.Collections.Generic;

namespace FactBase.Documents;

/// <summary>A range of lines where some or all rules are switched off by a comment.</summary>
/// <param name="FirstLine">The first suppressed line (1-based).</param>
/// <param name="LastLine">The last suppressed line (inclusive).</param>
/// <param name="Rules">The rules switched off; empty for all rules.</param>
public sealed record Suppression(int FirstLine, int LastLine, IReadOnlyList<string> Rules)
{
    /// <summary>Whether a finding of <paramref name="rule"/> on <paramref name="line"/> is suppressed.</summary>
    /// <param name="rule">The rule name.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns><see langword="true"/> when suppressed.</returns>
    public bool Covers(string rule, int line)
    {
        if (line < FirstLine || line > LastLine)
        {
            return false;
        }

        if (Rules.Count == 0)
        {
            return true;
        }

        foreach (var r in Rules)
        {
            if (r == rule)
            {
                return true;
            }
        }

        return false;
    }
}
