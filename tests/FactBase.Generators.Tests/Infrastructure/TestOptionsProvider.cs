using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>
/// Analyzer options as MSBuild would pass them: global ones (<c>build_property.*</c>) and, per additional file, its
/// item metadata (<c>build_metadata.AdditionalFiles.*</c>).
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? globalOptions = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
    {
        GlobalOptions = new DictionaryOptions(globalOptions ?? new Dictionary<string, string>());
        _files = fileOptions ?? new Dictionary<string, IReadOnlyDictionary<string, string>>();
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values)
            => _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);

        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
