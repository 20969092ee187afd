using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactBase.Benchmarks.Generator;

/// <summary>A fact file held in memory, as the compiler passes an additional file to a generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        Content = text;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    /// <summary>The text as a string, to derive an edited version from.</summary>
    public string Content { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
