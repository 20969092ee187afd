using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactBase.Generators;

/// <summary>
/// A place in a file as plain values, so pipeline models that carry it stay value-equatable
/// (a Roslyn <see cref="Location"/> is not, and would defeat the incremental cache).
/// </summary>
/// <param name="FilePath">The file's full path, as the compiler knows it.</param>
/// <param name="TextSpan">The characters the diagnostic covers.</param>
/// <param name="LineSpan">The same span as 0-based lines and columns.</param>
internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    /// <summary>The Roslyn location of this place (an external file location).</summary>
    /// <returns>The location.</returns>
    public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);
}
