using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Loading;

/// <summary>
/// Puts a user's fact files on top of a base layer (the standard vocabulary, the starter knowledge base): the user's
/// files may refer to what the base defines, and an entity or property they define again replaces the base's one
/// with the same id or name instead of clashing with it (FB0006).
/// </summary>
/// <remarks>
/// The CLI's loader (built-in facts under <c>--facts</c>) and the source generator (the files the package brings under
/// the project's own) both layer with it, so both give the same knowledge base from the same files.
/// </remarks>
public static class FactLayers
{
    /// <summary>The base files first, less what the user's files redefine, then the user's files unchanged.</summary>
    /// <param name="baseFiles">The base layer's parsed files.</param>
    /// <param name="ownFiles">The user's parsed files.</param>
    /// <returns>The files to give to <see cref="Knowledge.KnowledgeBaseBuilder.Build(IEnumerable{FactFile})"/>, in order.</returns>
    public static IReadOnlyList<FactFile> OnTop(IEnumerable<FactFile> baseFiles, IReadOnlyList<FactFile> ownFiles)
    {
        var (ids, names) = Redefined(ownFiles);
        var layered = baseFiles.Select(file => Without(file, ids, names)).ToList();
        layered.AddRange(ownFiles);
        return layered;
    }

    /// <summary>One base file less what the user's files redefine (an entity by id, a property by name).</summary>
    /// <param name="baseFile">The base layer as one file.</param>
    /// <param name="ownFiles">The user's parsed files.</param>
    /// <returns>The base file to build under the user's files.</returns>
    public static FactFile Under(FactFile baseFile, IReadOnlyList<FactFile> ownFiles)
    {
        var (ids, names) = Redefined(ownFiles);
        return Without(baseFile, ids, names);
    }

    private static (HashSet<string> Ids, HashSet<string> Names) Redefined(IReadOnlyList<FactFile> ownFiles)
        => (new HashSet<string>(ownFiles.SelectMany(f => f.Entities).Select(e => e.Id), StringComparer.Ordinal),
            new HashSet<string>(ownFiles.SelectMany(f => f.Properties).Select(p => p.Name), StringComparer.Ordinal));

    private static FactFile Without(FactFile file, HashSet<string> ids, HashSet<string> names) => file with
    {
        Entities = file.Entities.Where(e => !ids.Contains(e.Id)).ToEquatableArray(),
        Properties = file.Properties.Where(p => !names.Contains(p.Name)).ToEquatableArray(),
    };

    /// <summary>A knowledge base that is already built, as one base file.</summary>
    /// <param name="knowledgeBase">The knowledge base (the built-in one, or its vocabulary alone).</param>
    /// <returns>A file named <c>&lt;built-in&gt;</c> with its entities and properties.</returns>
    public static FactFile AsFile(Knowledge.KnowledgeBase knowledgeBase)
        => new("<built-in>", knowledgeBase.Entities.ToEquatableArray(), knowledgeBase.Properties.ToEquatableArray(), EquatableArray<FactDiagnostic>.Empty);
}
