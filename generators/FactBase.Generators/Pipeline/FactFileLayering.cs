using System.Collections.Generic;
using System.Linq;
using FactBase.Loading;
using FactBase.Parsing;

namespace FactBase.Generators;

/// <summary>
/// The order in which the generator gives parsed files to the knowledge-base builder: the files the package brings
/// (standard vocabulary, starter facts) first, less what the project's own files define again, then the project's
/// files. The same layering as the CLI's <c>--facts</c> over its built-in facts (<see cref="FactLayers"/>).
/// </summary>
internal static class FactFileLayering
{
    /// <summary>The layered files.</summary>
    /// <param name="ordered">The parsed files, in the generator's order (by display path).</param>
    /// <returns>The files to build the knowledge base from.</returns>
    public static IReadOnlyList<FactFile> Files(IReadOnlyList<ParsedFactFile> ordered)
        => FactLayers.OnTop(ordered.Where(f => f.IsStandard).Select(f => f.File), ordered.Where(f => !f.IsStandard).Select(f => f.File).ToList());
}
