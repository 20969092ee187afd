using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Knowledge;
using FactBase.Model;
using static FactBase.Generators.GeneratedCode;

namespace FactBase.Generators;

/// <summary>
/// Writes <c>Facts.g.cs</c>, the typed API: one nested class per entity with its id and name as constants and its
/// facts as typed members (dates, timelines, text), documented with where each fact is written and its sources.
/// </summary>
internal static class TypedFactsWriter
{
    /// <summary>The hint name of the typed facts.</summary>
    public const string HintName = "Facts.g.cs";

    private const int MaxSourcesInDocs = 5;

    /// <summary>Facts.g.cs up to the first entity class, and after the last.</summary>
    public static (string Prefix, string Suffix) Frame(KnowledgeBaseBuildResult result, GeneratorOptions options, int fileCount)
    {
        var w = new CodeWriter();
        WriteHeader(w, fileCount, options);
        OpenNamespace(w, options);

        w.Summary("Typed facts from the project's fact files (YAML): one nested class per entity, with its id and name as constants and its facts as typed members.");
        w.Remarks(CSharpLiterals.XmlText($"{Count(result.Entities.Count, "entity", "entities")}, {Count(result.Properties.Count, "declared property", "declared properties")}. The whole knowledge base, for the checker and for queries, is Facts.KnowledgeBase."));
        w.Line(AttributeLine);
        w.Line($"{options.Visibility} static partial class {FactsClassPlanner.ClassName}");
        w.Open();
        var prefix = w.ToString();

        var end = new CodeWriter();
        Indent(end, NamespaceDepth(options) + 1);
        end.Close();
        CloseNamespace(end, options);
        return (prefix, end.ToString());
    }

    /// <summary>An entity's nested class, indented for its place in the file, or <see langword="null"/> when it gets none (a name clash).</summary>
    /// <param name="input">All the entity's text depends on.</param>
    /// <returns>The class's text.</returns>
    public static string? EntityClass(EntityEmitInput input)
    {
        if (input.ClassIdentifier is not { } identifier)
        {
            return null;
        }

        var options = input.Options;
        var w = new CodeWriter();
        Indent(w, NamespaceDepth(options) + 1);
        WriteEntityClass(w, input.Entity, identifier, input.Members, input.TimelineSummaries, QualifiedFactsClass(options), options);
        return w.ToString();
    }

    /// <summary>The documentation summary of a timeline member; it names other entities, so it is planned with the whole knowledge base.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="member">A timeline member of its class.</param>
    /// <param name="knowledgeBase">The knowledge base, to name the latest holder.</param>
    /// <returns>The summary (XML text).</returns>
    public static string TimelineSummary(Entity entity, TypedMember member, KnowledgeBase knowledgeBase)
    {
        var fact = member.Fact;
        var kind = member.Definition?.KindDefinition.Keyword ?? "undeclared";
        var text = $"<c>{CSharpLiterals.XmlText(fact.Property)}</c> of {CSharpLiterals.XmlText(entity.Name)} over time ({kind}): {Count(fact.Timeline.Count, "period", "periods")}";
        var latest = fact.Timeline.OrderBy(e => e.From).LastOrDefault();
        if (latest is null)
        {
            return text + ".";
        }

        var value = knowledgeBase.TryGetEntity(latest.Value, out var holder) && member.Kind == TypedMemberKind.EntityTimeline
            ? $"{CSharpLiterals.XmlText(holder.Name)} (<c>{CSharpLiterals.XmlText(holder.Id)}</c>)"
            : CSharpLiterals.XmlText(latest.Value);
        var label = member.Definition?.KindDefinition.LatestLabel ?? "latest";
        return $"{text}; {label}: {value} from {latest.From}{(latest.To is { } to ? " to " + to : string.Empty)}.";
    }

    private static void WriteEntityClass(CodeWriter w, Entity entity, string identifier, EquatableArray<TypedMember> members, EquatableArray<string> timelineSummaries, string factsClass, GeneratorOptions options)
    {
        var name = CSharpLiterals.XmlText(entity.Name);
        var aliases = entity.Aliases.Count > 0 ? " Also written: " + CSharpLiterals.XmlText(string.Join(", ", entity.Aliases)) + "." : string.Empty;
        w.Summary($"{name} (<c>{CSharpLiterals.XmlText(entity.Id)}</c>), {TypeWord(entity.Type)}.{aliases}");
        w.Remarks(Where(entity.Location) + SourcesText(entity.Sources.Select(s => s.Url)));
        w.Line($"public static class {identifier}");
        w.Open();

        w.Summary($"The id of {name} in the knowledge base: <c>{CSharpLiterals.XmlText(entity.Id)}</c>.");
        w.Line($"public const string Id = {CSharpLiterals.String(entity.Id)};");
        w.Line();
        w.Summary($"The canonical name: {name}.");
        w.Line($"public const string Name = {CSharpLiterals.String(entity.Name)};");
        w.Line();
        w.Summary($"What {name} is: {TypeWord(entity.Type)}.");
        w.Line($"public const global::FactBase.Model.EntityType Type = global::FactBase.Model.EntityType.{entity.Type};");
        w.Line();
        w.Summary($"{name} as an entity of the knowledge base, with its aliases, sources and all its facts.");
        w.Line($"public static {EntityTypeName} Entity => {factsClass}.KnowledgeBase[Id];");

        for (var i = 0; i < members.Count; i++)
        {
            w.Line();
            WriteMember(w, entity, identifier, members[i], timelineSummaries[i], factsClass, options);
        }

        w.Close();
    }

    private static void WriteMember(CodeWriter w, Entity entity, string entityIdentifier, TypedMember member, string timelineSummary, string factsClass, GeneratorOptions options)
    {
        var fact = member.Fact;
        var property = CSharpLiterals.XmlText(fact.Property);
        var remarks = Where(fact.Location)
            + SourcesText(entity.Sources.Select(s => s.Url).Concat(fact.Timeline.Select(e => e.Source).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!)))
            + (member.Definition is null ? " The property is not declared in any vocabulary; its type is inferred." : string.Empty);
        switch (member.Kind)
        {
            case TypedMemberKind.Date:
                var date = fact.Date!.Value;
                w.Summary($"<c>{property}</c> of {CSharpLiterals.XmlText(entity.Name)}: {date} (precision: {date.Precision.ToString().ToLowerInvariant()}).");
                w.Remarks(remarks);
                w.Line($"public static {FactDateTypeName} {member.Identifier} => new {FactDateTypeName}({DateArguments(date)});");
                break;
            case TypedMemberKind.Text:
                w.Summary($"<c>{property}</c> of {CSharpLiterals.XmlText(entity.Name)}: {CSharpLiterals.XmlText(fact.Value)}.");
                w.Remarks(remarks);
                w.Line($"public const string {member.Identifier} = {CSharpLiterals.String(fact.Value)};");
                break;
            case TypedMemberKind.EntityTimeline:
                WriteTimeline(w, member, remarks, EntityTypeName, "GetEntityTimeline", entityIdentifier, timelineSummary, factsClass, options);
                break;
            case TypedMemberKind.NumberTimeline:
                WriteTimeline(w, member, remarks, "int", "GetNumberTimeline", entityIdentifier, timelineSummary, factsClass, options);
                break;
        }
    }

    private static void WriteTimeline(CodeWriter w, TypedMember member, string remarks, string valueType, string getter, string entityIdentifier, string summary, string factsClass, GeneratorOptions options)
    {
        var timelineType = $"global::FactBase.Knowledge.Timeline<{valueType}>";
        var field = "s_" + member.Identifier;
        w.Line($"private static {timelineType}{Nullable(options)} {field};");
        w.Line();
        w.Summary(summary);
        w.Remarks(remarks);
        w.Line($"public static {timelineType} {member.Identifier}");
        w.Indent();
        // Named as the code names it, so At's exception says what was asked: "Facts.UnitedKingdom.PrimeMinister has no holder on ...".
        var name = CSharpLiterals.String($"{FactsClassPlanner.ClassName}.{entityIdentifier}.{member.Identifier}");
        w.Line($"=> global::System.Threading.LazyInitializer.EnsureInitialized(ref {field}, () => {factsClass}.KnowledgeBase.{getter}(Id, {CSharpLiterals.String(member.Fact.Property)}).Named({name})){NotNull(options)};");
        w.Unindent();
    }

    private static string Where(SourceLocation location)
        => CSharpLiterals.XmlText($"Written at {location.Path}, line {location.Line}.");

    private static string SourcesText(IEnumerable<string> urls)
    {
        var distinct = urls.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return string.Empty;
        }

        var shown = string.Join("; ", distinct.Take(MaxSourcesInDocs));
        var more = distinct.Count > MaxSourcesInDocs ? $" and {distinct.Count - MaxSourcesInDocs} more" : string.Empty;
        return CSharpLiterals.XmlText($" Sources: {shown}{more}.");
    }

    private static string TypeWord(EntityType type) => type switch
    {
        EntityType.Organization => "an organization",
        EntityType.Country => "a country",
        EntityType.Person => "a person",
        _ => "an entity",
    };

    private static string QualifiedFactsClass(GeneratorOptions options)
        => "global::" + (options.Namespace.Length > 0 ? options.Namespace + "." : string.Empty) + FactsClassPlanner.ClassName;
}
