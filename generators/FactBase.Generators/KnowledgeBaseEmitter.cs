using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Generators;

/// <summary>
/// Writes the C# for a built knowledge base: <c>Facts.g.cs</c> (typed constants and members, one
/// nested class per entity) and <c>Facts.KnowledgeBase.g.cs</c> (the whole knowledge base as
/// constructor calls, built lazily, so nothing parses YAML at run time).
/// </summary>
internal static class KnowledgeBaseEmitter
{
    /// <summary>The hint name of the typed facts.</summary>
    public const string FactsHintName = "Facts.g.cs";

    /// <summary>The hint name of the knowledge-base data.</summary>
    public const string DataHintName = "Facts.KnowledgeBase.g.cs";

    private const string EntityTypeName = "global::FactBase.Model.Entity";
    private const string FactDateTypeName = "global::FactBase.Model.FactDate";
    private const string KnowledgeBaseTypeName = "global::FactBase.Knowledge.KnowledgeBase";
    private const string DataClassName = "__FactBaseData";
    private const int MaxSourcesInDocs = 5;

    private static readonly string GeneratorVersion =
        typeof(KnowledgeBaseEmitter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(KnowledgeBaseEmitter).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>The <c>[GeneratedCode]</c> attribute the generated classes carry.</summary>
    public static string GeneratedCodeAttribute { get; } =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"FactBase.Generators\", {CSharpLiterals.String(GeneratorVersion)})]";

    /// <summary>Emits both files in one go (<see cref="Plan"/>, <see cref="EmitEntity"/> for every entity, <see cref="Assemble"/>).</summary>
    /// <param name="result">The built knowledge base.</param>
    /// <param name="classes">The planned entity classes.</param>
    /// <param name="options">Namespace and visibility.</param>
    /// <param name="fileCount">How many fact files went in (for the header).</param>
    /// <returns>The generated files.</returns>
    public static IReadOnlyList<GeneratedSource> Emit(KnowledgeBaseBuildResult result, IReadOnlyList<EntityClass> classes, GeneratorOptions options, int fileCount)
    {
        var (frame, entities) = Plan(result, classes, options, fileCount);
        return Assemble(frame, entities.Select(EmitEntity).ToList());
    }

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
        var paths = PathConstants(result);
        var (typedPrefix, typedSuffix) = EmitTypedFrame(result, options, fileCount);
        var (dataPrefix, dataSuffix) = EmitDataFrame(result, options, fileCount, paths);

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
                members.Select(m => m.Kind is TypedMemberKind.EntityTimeline or TypedMemberKind.NumberTimeline ? TimelineSummary(entity, m, result.KnowledgeBase) : string.Empty).ToEquatableArray(),
                PathsOf(entity, paths),
                options));
        }

        return (new EmissionFrame(typedPrefix, typedSuffix, dataPrefix, dataSuffix), inputs.ToEquatableArray());
    }

    /// <summary>The text of one entity in both files: its nested class (if it has one) and its data method.</summary>
    /// <param name="input">All the entity's text depends on.</param>
    /// <returns>The two pieces of text.</returns>
    public static EntityText EmitEntity(EntityEmitInput input)
    {
        var options = input.Options;
        var depth = options.Namespace.Length > 0 ? 1 : 0;
        string? typed = null;
        if (input.ClassIdentifier is { } identifier)
        {
            using var t = new CodeWriter();
            Indent(t, depth + 1);
            WriteEntityClass(t, input.Entity, identifier, input.Members, input.TimelineSummaries, QualifiedFactsClass(options), options);
            typed = t.ToString();
        }

        using var d = new CodeWriter();
        Indent(d, depth + 2);
        d.Line();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in input.Paths)
        {
            paths[path.Path] = path.Constant;
        }

        WriteEntityMethod(d, input.Entity, paths);
        return new EntityText(typed, d.ToString());
    }

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
            new GeneratedSource(FactsHintName, string.Concat(typed.ToArray())),
            new GeneratedSource(DataHintName, string.Concat(data)),
        };
    }

    private static void Indent(CodeWriter w, int levels)
    {
        for (var i = 0; i < levels; i++)
        {
            w.Indent();
        }
    }

    /// <summary>The paths of the entities' and properties' files, each with its constant (<c>Path_0</c>...), in order of first use.</summary>
    private static Dictionary<string, string> PathConstants(KnowledgeBaseBuildResult result)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in result.Entities.Select(e => e.Location).Concat(result.Properties.Select(p => p.Location)))
        {
            if (!paths.ContainsKey(location.Path))
            {
                paths.Add(location.Path, "Path_" + paths.Count);
            }
        }

        return paths;
    }

    /// <summary>The path constants an entity's locations use (normally just its own file's).</summary>
    private static EquatableArray<PathConstant> PathsOf(Entity entity, Dictionary<string, string> paths)
    {
        // Almost always one file: the entity's own.
        var used = new List<PathConstant>(1);
        Add(used, entity.Location, paths);
        foreach (var fact in entity.Facts)
        {
            Add(used, fact.Location, paths);
            foreach (var entry in fact.Timeline)
            {
                Add(used, entry.Location, paths);
            }
        }

        return used.ToEquatableArray();

        static void Add(List<PathConstant> used, SourceLocation location, Dictionary<string, string> paths)
        {
            foreach (var path in used)
            {
                if (string.Equals(path.Path, location.Path, StringComparison.Ordinal))
                {
                    return;
                }
            }

            if (paths.TryGetValue(location.Path, out var constant))
            {
                used.Add(new PathConstant(location.Path, constant));
            }
        }
    }

    /// <summary>Facts.g.cs up to the first entity class, and after the last.</summary>
    private static (string Prefix, string Suffix) EmitTypedFrame(KnowledgeBaseBuildResult result, GeneratorOptions options, int fileCount)
    {
        using var w = new CodeWriter();
        WriteHeader(w, fileCount, options);
        OpenNamespace(w, options);

        w.Summary("Typed facts from the project's fact files (YAML): one nested class per entity, with its id and name as constants and its facts as typed members.");
        w.Remarks(CSharpLiterals.XmlText($"{Count(result.Entities.Count, "entity", "entities")}, {Count(result.Properties.Count, "declared property", "declared properties")}. The whole knowledge base, for the checker and for queries, is Facts.KnowledgeBase."));
        w.Line(GeneratedCodeAttribute);
        w.Line($"{options.Visibility} static partial class {FactsClassPlanner.ClassName}");
        w.Open();
        var prefix = w.ToString();

        using var end = new CodeWriter();
        Indent(end, (options.Namespace.Length > 0 ? 1 : 0) + 1);
        end.Close();
        CloseNamespace(end, options);
        return (prefix, end.ToString());
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
            WriteMember(w, entity, members[i], timelineSummaries[i], factsClass, options);
        }

        w.Close();
    }

    private static void WriteMember(CodeWriter w, Entity entity, TypedMember member, string timelineSummary, string factsClass, GeneratorOptions options)
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
                WriteTimeline(w, member, remarks, EntityTypeName, "GetEntityTimeline", entity, timelineSummary, factsClass, options);
                break;
            case TypedMemberKind.NumberTimeline:
                WriteTimeline(w, member, remarks, "int", "GetNumberTimeline", entity, timelineSummary, factsClass, options);
                break;
        }
    }

    private static void WriteTimeline(CodeWriter w, TypedMember member, string remarks, string valueType, string getter, Entity entity, string summary, string factsClass, GeneratorOptions options)
    {
        var timelineType = $"global::FactBase.Knowledge.Timeline<{valueType}>";
        var field = "s_" + member.Identifier;
        w.Line($"private static {timelineType}{Nullable(options)} {field};");
        w.Line();
        w.Summary(summary);
        w.Remarks(remarks);
        w.Line($"public static {timelineType} {member.Identifier}");
        w.Indent();
        w.Line($"=> global::System.Threading.LazyInitializer.EnsureInitialized(ref {field}, () => {factsClass}.KnowledgeBase.{getter}(Id, {CSharpLiterals.String(member.Fact.Property)})){NotNull(options)};");
        w.Unindent();
    }

    private static string TimelineSummary(Entity entity, TypedMember member, KnowledgeBase knowledgeBase)
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

    /// <summary>Facts.KnowledgeBase.g.cs up to the first entity method, and after the last.</summary>
    private static (string Prefix, string Suffix) EmitDataFrame(KnowledgeBaseBuildResult result, GeneratorOptions options, int fileCount, Dictionary<string, string> paths)
    {
        using var w = new CodeWriter();
        WriteHeader(w, fileCount, options);
        OpenNamespace(w, options);

        w.Line($"{options.Visibility} static partial class {FactsClassPlanner.ClassName}");
        w.Open();
        w.Line($"private static readonly global::System.Lazy<{KnowledgeBaseTypeName}> s_knowledgeBase =");
        w.Indent();
        w.Line($"new global::System.Lazy<{KnowledgeBaseTypeName}>({DataClassName}.Create, global::System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);");
        w.Unindent();
        w.Line();
        w.Summary("The whole knowledge base compiled from the fact files: every entity with its aliases, adjectives, sources, facts and their locations, and the property vocabulary.");
        w.Remarks("Built on first use from compiled data, once and thread-safely; nothing is parsed at run time.");
        w.Line($"public static {KnowledgeBaseTypeName} KnowledgeBase => s_knowledgeBase.Value;");
        w.Line();
        w.Line(GeneratedCodeAttribute);
        w.Line($"private static class {DataClassName}");
        w.Open();
        foreach (var pair in paths)
        {
            w.Line($"private const string {pair.Value} = {CSharpLiterals.String(pair.Key)};");
        }

        if (paths.Count > 0)
        {
            w.Line();
        }

        w.Line($"public static {KnowledgeBaseTypeName} Create()");
        w.Indent();
        w.Line($"=> {KnowledgeBaseTypeName}.Create(");
        w.Indent();
        w.Line($"new {EntityTypeName}[]");
        w.Open();
        foreach (var entity in result.Entities)
        {
            w.Line($"{EntityMethod(entity)}(),");
        }

        w.Close(",");
        w.Line("new global::FactBase.Model.PropertyDefinition[]");
        w.Open();
        foreach (var property in result.Properties)
        {
            w.Line($"new global::FactBase.Model.PropertyDefinition({CSharpLiterals.String(property.Name)}, global::FactBase.Model.PropertyKind.{property.Kind}, {Strings(property.Verbs)}, {Strings(property.Nouns)}, {Strings(property.Titles)}, {(property.Age ? "true" : "false")}, {At(property.Location, paths)}),");
        }

        w.Close(");");
        w.Unindent();
        w.Unindent();
        var prefix = w.ToString();

        using var end = new CodeWriter();
        Indent(end, (options.Namespace.Length > 0 ? 1 : 0) + 2);
        EmitDataSuffix(end, options);
        return (prefix, end.ToString());
    }

    private static void EmitDataSuffix(CodeWriter w, GeneratorOptions options)
    {
        w.Line();
        w.Line("private static global::FactBase.Model.EquatableArray<T> Items<T>(params T[] items)");
        w.Indent();
        w.Line("where T : global::System.IEquatable<T> => new global::FactBase.Model.EquatableArray<T>(items);");
        w.Unindent();
        w.Line();
        w.Line($"private static {FactDateTypeName} Date(int year, int month = 0, int day = 0) => new {FactDateTypeName}(year, month, day);");
        w.Line();
        w.Line("private static global::FactBase.Model.SourceLocation At(string path, int line, int column) => new global::FactBase.Model.SourceLocation(path, line, column);");
        w.Line();
        w.Line("private static global::FactBase.Model.Fact Value(string property, string value, global::FactBase.Model.SourceLocation location)");
        w.Indent();
        w.Line("=> new global::FactBase.Model.Fact(property, value, global::FactBase.Model.EquatableArray<global::FactBase.Model.TimelineEntry>.Empty, location);");
        w.Unindent();
        w.Line();
        w.Line("private static global::FactBase.Model.Fact Timeline(string property, global::FactBase.Model.SourceLocation location, params global::FactBase.Model.TimelineEntry[] periods)");
        w.Indent();
        w.Line("=> new global::FactBase.Model.Fact(property, null, Items(periods), location);");
        w.Unindent();
        w.Line();
        w.Line($"private static global::FactBase.Model.TimelineEntry Period(string value, {FactDateTypeName} from, {FactDateTypeName}? to, string{Nullable(options)} source, global::FactBase.Model.SourceLocation location)");
        w.Indent();
        w.Line("=> new global::FactBase.Model.TimelineEntry(value, from, to, source, location);");
        w.Unindent();
        w.Close();
        w.Close();
        CloseNamespace(w, options);
    }

    private static void WriteEntityMethod(CodeWriter w, Entity entity, Dictionary<string, string> paths)
    {
        w.Line($"private static {EntityTypeName} {EntityMethod(entity)}() => new {EntityTypeName}(");
        w.Indent();
        w.Line(CSharpLiterals.String(entity.Id) + ",");
        w.Line($"global::FactBase.Model.EntityType.{entity.Type},");
        w.Line(CSharpLiterals.String(entity.Name) + ",");
        w.Line(Strings(entity.Aliases) + ",");
        w.Line(Strings(entity.Adjectives) + ",");
        if (entity.Sources.Count == 0)
        {
            w.Line("Items<global::FactBase.Model.SourceReference>(),");
        }
        else
        {
            w.Line("Items(");
            w.Indent();
            for (var i = 0; i < entity.Sources.Count; i++)
            {
                var source = entity.Sources[i];
                w.Line($"new global::FactBase.Model.SourceReference({CSharpLiterals.String(source.Url)}, {Date(source.Retrieved)}){(i < entity.Sources.Count - 1 ? "," : "),")}");
            }

            w.Unindent();
        }

        if (entity.Facts.Count == 0)
        {
            w.Line("Items<global::FactBase.Model.Fact>(),");
        }
        else
        {
            w.Line("Items(");
            w.Indent();
            for (var i = 0; i < entity.Facts.Count; i++)
            {
                WriteFact(w, entity.Facts[i], paths, i < entity.Facts.Count - 1 ? "," : "),");
            }

            w.Unindent();
        }

        w.Line(At(entity.Location, paths) + ");");
        w.Unindent();
    }

    private static void WriteFact(CodeWriter w, Fact fact, Dictionary<string, string> paths, string suffix)
    {
        if (!fact.IsTimeline)
        {
            w.Line($"Value({CSharpLiterals.String(fact.Property)}, {CSharpLiterals.String(fact.Value)}, {At(fact.Location, paths)}){suffix}");
            return;
        }

        if (fact.Timeline.Count == 0)
        {
            w.Line($"Timeline({CSharpLiterals.String(fact.Property)}, {At(fact.Location, paths)}){suffix}");
            return;
        }

        w.Line($"Timeline({CSharpLiterals.String(fact.Property)}, {At(fact.Location, paths)},");
        w.Indent();
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            var entry = fact.Timeline[i];
            var end = i < fact.Timeline.Count - 1 ? "," : ")" + suffix;
            w.Line($"Period({CSharpLiterals.String(entry.Value)}, {Date(entry.From)}, {Date(entry.To)}, {CSharpLiterals.String(entry.Source)}, {At(entry.Location, paths)}){end}");
        }

        w.Unindent();
    }

    private static string EntityMethod(Entity entity) => "Entity_" + FactNames.ToIdentifier(entity.Id);

    private static string Strings(EquatableArray<string> items)
        => items.Count == 0 ? "Items<string>()" : "Items(" + string.Join(", ", items.Select(CSharpLiterals.String)) + ")";

    private static string Date(FactDate? date)
        => date is { } d ? $"Date({DateArguments(d)})" : "null";

    /// <summary><c>1949</c>, <c>1949, 4</c> or <c>1949, 4, 4</c>: as many parts as the date's precision has.</summary>
    private static string DateArguments(FactDate date) => date.Precision switch
    {
        DatePrecision.Year => CSharpLiterals.Int(date.Year),
        DatePrecision.Month => $"{CSharpLiterals.Int(date.Year)}, {CSharpLiterals.Int(date.Month)}",
        _ => $"{CSharpLiterals.Int(date.Year)}, {CSharpLiterals.Int(date.Month)}, {CSharpLiterals.Int(date.Day)}",
    };

    private static string At(SourceLocation location, Dictionary<string, string> paths)
    {
        // A location whose file is not among the entities' and properties' files (it cannot happen for valid data) is written out in full.
        var path = paths.TryGetValue(location.Path, out var constant) ? constant : CSharpLiterals.String(location.Path);
        return $"At({path}, {location.Line}, {location.Column})";
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

    private static string Count(int count, string one, string many) => $"{CSharpLiterals.Int(count)} {(count == 1 ? one : many)}";

    private static string QualifiedFactsClass(GeneratorOptions options)
        => "global::" + (options.Namespace.Length > 0 ? options.Namespace + "." : string.Empty) + FactsClassPlanner.ClassName;

    private static void WriteHeader(CodeWriter w, int fileCount, GeneratorOptions options)
    {
        w.Line("// <auto-generated/>");
        w.Line($"// Generated by FactBase.Generators from {Count(fileCount, "fact file", "fact files")}. Do not edit: change the fact files (YAML) instead.");
        if (options.Nullable)
        {
            w.Line("#nullable enable");
        }

        w.Line();
    }

    /// <summary><c>?</c> on a reference type where the project's C# version has nullable annotations.</summary>
    private static string Nullable(GeneratorOptions options) => options.Nullable ? "?" : string.Empty;

    /// <summary>The null-forgiving <c>!</c> where the project's C# version has it.</summary>
    private static string NotNull(GeneratorOptions options) => options.Nullable ? "!" : string.Empty;

    private static void OpenNamespace(CodeWriter w, GeneratorOptions options)
    {
        if (options.Namespace.Length > 0)
        {
            w.Line("namespace " + options.Namespace);
            w.Open();
        }
    }

    private static void CloseNamespace(CodeWriter w, GeneratorOptions options)
    {
        if (options.Namespace.Length > 0)
        {
            w.Close();
        }
    }
}
