using System.Text;
using FactBase.Benchmarks.Workloads;

namespace FactBase.Benchmarks;

/// <summary>Dictionaries for the tools FactBase is compared with: <c>grep -F -f names.txt</c> and textlint + prh.</summary>
internal static class ExternalTools
{
    public static void Export(int size, string directory)
    {
        Directory.CreateDirectory(directory);
        var names = WorkloadStore.Kb(size).AllNames().Distinct(StringComparer.Ordinal).ToList();
        File.WriteAllLines(Path.Combine(directory, "names.txt"), names);

        // prh: one rule per name; prh matches the expected spelling case-insensitively and flags other casings,
        // the closest it has to "known names, case variants". It has no notion of dates, offices or misspellings.
        var yaml = new StringBuilder("version: 1\nrules:\n");
        foreach (var name in names)
        {
            yaml.Append("  - expected: \"").Append(name).Append("\"\n");
        }

        File.WriteAllText(Path.Combine(directory, "prh.yml"), yaml.ToString());
        Console.WriteLine($"{names.Count:N0} names of the {size:N0}-entity knowledge base written to {directory} (names.txt, prh.yml)");
    }
}
