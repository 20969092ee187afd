using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Benchmarks.Generator;

/// <summary>
/// Analyzer options as the package's targets pass them in a real build: the global MSBuild properties
/// (<c>build_property.FactBasePathRoot</c>) and, on every additional file, the item metadata
/// <c>FactBaseKind=Fact</c> (the package marks <c>facts/**/*.yaml</c> so).
/// </summary>
internal sealed class FactFileOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());
    private static readonly Options FactFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactBaseKind"] = "Fact" });

    public FactFileOptionsProvider(IReadOnlyDictionary<string, string> globalOptions) => GlobalOptions = new Options(globalOptions);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => FactFile;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
