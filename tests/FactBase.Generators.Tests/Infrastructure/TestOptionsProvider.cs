using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>Global analyzer options as MSBuild would pass them (<c>build_property.*</c>).</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public TestOptionsProvider(IReadOnlyDictionary<string, string>? globalOptions = null)
        => GlobalOptions = new DictionaryOptions(globalOptions ?? new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values)
            => _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);

        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
