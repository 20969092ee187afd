using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Generators;

/// <summary>
/// The project's own fact files, as the article checker needs them: equal by content (so the incremental cache
/// keeps every article's result while the facts do not change), with the <see cref="FactChecker"/> built from them
/// once, on first use, and not part of equality.
/// </summary>
internal sealed class CheckerKnowledge : IEquatable<CheckerKnowledge>
{
    private readonly Lazy<FactChecker> _checker;
    private readonly Lazy<DiagnosticLocator> _locator;
    private readonly object _gate = new();

    /// <summary>Wraps parsed fact files, in the generator's order (by display path).</summary>
    /// <param name="files">The parsed fact files.</param>
    public CheckerKnowledge(EquatableArray<ParsedFactFile> files)
    {
        Files = files;

        // The same builder and the same order as the Facts class and the CLI's loader, so the build checks
        // articles against exactly the knowledge base the CLI would load from these files.
        _checker = new Lazy<FactChecker>(() => new FactChecker(KnowledgeBaseBuilder.Build(FactFileLayering.Files(Files)).KnowledgeBase));
        _locator = new Lazy<DiagnosticLocator>(() => new DiagnosticLocator(Files));
    }

    /// <summary>No facts (the project has no articles, so none are needed).</summary>
    public static CheckerKnowledge None { get; } = new(EquatableArray<ParsedFactFile>.Empty);

    /// <summary>The fact files.</summary>
    public EquatableArray<ParsedFactFile> Files { get; }

    /// <summary>The checker over these facts.</summary>
    public FactChecker Checker => _checker.Value;

    /// <summary>Orders the parsed files as the generator does and wraps them.</summary>
    /// <param name="files">The parsed fact files in any order.</param>
    /// <returns>The knowledge.</returns>
    public static CheckerKnowledge From(IEnumerable<ParsedFactFile> files)
        => new(files.OrderBy(f => f.File.Path, StringComparer.Ordinal).ThenBy(f => f.FullPath, StringComparer.Ordinal).ToEquatableArray());

    /// <summary>Where a fact is written, as a location in its YAML file (for a diagnostic's related location).</summary>
    /// <param name="location">The fact's display path, line and column.</param>
    /// <returns>The location, or <see langword="null"/>.</returns>
    public LocationInfo? Locate(SourceLocation? location)
    {
        if (location is null || location.Path.Length == 0)
        {
            return null;
        }

        lock (_gate)
        {
            return _locator.Value.Locate(location);
        }
    }

    /// <inheritdoc/>
    public bool Equals(CheckerKnowledge? other) => other is not null && Files.Equals(other.Files);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CheckerKnowledge);

    /// <inheritdoc/>
    public override int GetHashCode() => Files.GetHashCode();
}
