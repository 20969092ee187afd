namespace FactBase.Model;

/// <summary>A place in a fact file: path and 1-based line and column.</summary>
/// <remarks>Plain data, so models that carry it stay value-equatable (unlike Roslyn locations).</remarks>
/// <param name="Path">The fact file's path as it was given to the parser.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>No known place.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <inheritdoc/>
    public override string ToString() => $"{Path}({Line},{Column})";
}
