using System.Globalization;
using FactBase.Checking.Findings;

namespace FactBase.Cli.Formatters;

/// <summary>What a finding was checked against, in words: the fact (file and line, built-in facts marked as such) and
/// the one source that backs it.</summary>
internal static class FindingEvidence
{
    /// <summary>The fact: "prime_minister of united-kingdom, built-in fact factbase:facts/countries/united-kingdom.yaml:18";
    /// <see langword="null"/> when the finding names no fact.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The text.</returns>
    public static string? Fact(Finding finding)
    {
        if (finding.FactLocation is not { Line: > 0 } at)
        {
            return null;
        }

        var what = finding.Property is null ? $"the name of {finding.Entity}" : $"{finding.Property} of {finding.Entity}";
        var where = $"{at.Path}:{at.Line.ToString(CultureInfo.InvariantCulture)}";
        return BuiltInFacts.IsBuiltIn(at) ? $"{what}, built-in fact {where}" : $"{what}, {where}";
    }
}
