using System.Collections.Generic;
using System.Linq;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Generators;

/// <summary>
/// Plans and joins the two generated files: <see cref="TypedFactsWriter"/> writes the typed API (<c>Facts.g.cs</c>),
/// <see cref="KnowledgeBaseDataWriter"/> the knowledge-base data (<c>Facts.KnowledgeBase.g.cs</c>); this class splits
/// both into the knowledge-wide frame and one cacheable piece per entity, and joins the pieces back.
/// </summary>
internal static class FactsSourceEmitter
{
    /// <summary>
    /// Splits the two files into what depends on the whole knowledge base (<see cref="EmissionFrame"/>: headers,
    /// the entity list, the vocabulary, helpers) and one <see cref="EntityEmitInput"/> per entity holding all its
    /// text depends on, so the generator can cache each entity's text and re-emit only the entities an edit changed.
    /// </summary>
    /// <param name="result">The built knowledge base.</param>
    /// <param name="classes">The planned entity classes.</param>
    /// <param name="options">Namespace and visibility.</param>
    /// <param name="fileCount">How many fact files went in (for the header).</param>
    /// <returns>The frame and the per-entity inputs, in knowledge-base order.</returns>
    public static (EmissionFrame Frame, EquatableArray<EntityEmitInput> Entities) Plan(KnowledgeBaseBuildResult result, IReadOnlyList<EntityClass> classes, GeneratorOptions options, int fileCount)
    {
        var paths = KnowledgeBaseDataWriter.PathConstants(result);
        var (typedPrefix, typedSuffix) = TypedFactsWriter.Frame(result, options, fileCount);
        var (dataPrefix, dataSuffix) = KnowledgeBaseDataWriter.Frame(result, options, fileCount, paths);

        var inputs = new List<EntityEmitInput>(result.Entities.Count);
        var next = 0;
        foreach (var entity in result.Entities)
        {
            // The classes are in knowledge-base order, without the entities whose class name clashed.
            var entityClass = next < classes.Count && ReferenceEquals(classes[next].Entity, entity) ? classes[next++] : null;
            var members = entityClass?.Members.ToEquatableArray() ?? EquatableArray<TypedMember>.Empty;
            inputs.Add(new EntityEmitInput(
                entity,
                entityClass?.Identifier,
                members,
                members.Select(m => m.Kind is TypedMemberKind.EntityTimeline or TypedMemberKind.NumberTimeline ? TypedFactsWriter.TimelineSummary(entity, m, result.KnowledgeBase) : string.Empty).ToEquatableArray(),
                KnowledgeBaseDataWriter.PathsOf(entity, paths),
                options));
        }

        return (new EmissionFrame(typedPrefix, typedSuffix, dataPrefix, dataSuffix), inputs.ToEquatableArray());
    }

    /// <summary>The text of one entity in both files: its nested class (if it has one) and its data method.</summary>
    /// <param name="input">All the entity's text depends on.</param>
    /// <returns>The two pieces of text.</returns>
    public static EntityText EmitEntity(EntityEmitInput input)
        => new(TypedFactsWriter.EntityClass(input), KnowledgeBaseDataWriter.EntityMethod(input));

    /// <summary>Joins the frame and the entities' text into the two files, exactly as one writer would have written them.</summary>
    /// <param name="frame">The knowledge-wide parts.</param>
    /// <param name="entities">Every entity's text, in knowledge-base order.</param>
    /// <returns>The generated files.</returns>
    public static IReadOnlyList<GeneratedSource> Assemble(EmissionFrame frame, IReadOnlyList<EntityText> entities)
    {
        // string.Concat of an array allocates the result once, at its final length, and copies each part once:
        // at 10,000 entities each file is over 10 M characters, so a growing buffer and a final copy cost as much again.
        var typed = new List<string>((entities.Count * 2) + 2) { frame.TypedPrefix };
        var data = new string[entities.Count + 2];
        data[0] = frame.DataPrefix;
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Typed is { } text)
            {
                if (typed.Count > 1)
                {
                    typed.Add("\n");
                }

                typed.Add(text);
            }

            data[i + 1] = entities[i].Data;
        }

        typed.Add(frame.TypedSuffix);
        data[data.Length - 1] = frame.DataSuffix;
        return new[]
        {
            new GeneratedSource(TypedFactsWriter.HintName, string.Concat(typed.ToArray())),
            new GeneratedSource(KnowledgeBaseDataWriter.HintName, string.Concat(data)),
        };
    }
}
