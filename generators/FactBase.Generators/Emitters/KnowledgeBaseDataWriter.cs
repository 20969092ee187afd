using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Knowledge;
using FactBase.Model;
using static FactBase.Generators.GeneratedCode;

namespace FactBase.Generators;

/// <summary>
/// Writes <c>Facts.KnowledgeBase.g.cs</c>, the knowledge-base data: the whole knowledge base as constructor calls, one
/// method per entity, built lazily and thread-safely on first use, so nothing parses YAML at run time.
/// </summary>
internal static class KnowledgeBaseDataWriter
{
    /// <summary>The hint name of the knowledge-base data.</summary>
    public const string HintName = "Facts.KnowledgeBase.g.cs";

    private const string KnowledgeBaseTypeName = "global::FactBase.Knowledge.KnowledgeBase";
    private const string DataClassName = "__FactBaseData";

    /// <summary>The paths of the entities' and properties' files, each with its constant (<c>Path_0</c>...), in order of first use.</summary>
    public static Dictionary<string, string> PathConstants(KnowledgeBaseBuildResult result)
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
    public static EquatableArray<PathConstant> PathsOf(Entity entity, Dictionary<string, string> paths)
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

    /// <summary>Facts.KnowledgeBase.g.cs up to the first entity method, and after the last.</summary>
    public static (string Prefix, string Suffix) Frame(KnowledgeBaseBuildResult result, GeneratorOptions options, int fileCount, Dictionary<string, string> paths)
    {
        var w = new CodeWriter();
        WriteHeader(w, fileCount, options);
        OpenNamespace(w, options);

        w.Line($"{options.Visibility} static partial class {FactsClassPlanner.ClassName}");
        w.Open();
        w.Line($"private static readonly global::System.Lazy<{KnowledgeBaseTypeName}> s_knowledgeBase =");
        w.Indent();
        w.Line($"new global::System.Lazy<{KnowledgeBaseTypeName}>({DataClassName}.Create, global::System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);");
        w.Unindent();
        w.Line();
        w.Summary("The whole knowledge base compiled from the fact files: every entity with its aliases, adjectives, descriptions, sources, facts and their locations, and the property vocabulary.");
        w.Remarks("Built on first use from compiled data, once and thread-safely; nothing is parsed at run time.");
        w.Line($"public static {KnowledgeBaseTypeName} KnowledgeBase => s_knowledgeBase.Value;");
        w.Line();
        w.Line(AttributeLine);
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
            w.Line($"{MethodName(entity)}(),");
        }

        w.Close(",");
        w.Line("new global::FactBase.Model.PropertyDefinition[]");
        w.Open();
        foreach (var property in result.Properties)
        {
            w.Line($"new global::FactBase.Model.PropertyDefinition({CSharpLiterals.String(property.Name)}, global::FactBase.Model.PropertyKind.{property.Kind}, {Strings(property.Verbs)}, {Strings(property.Nouns)}, {Strings(property.Titles)}, {(property.Age ? "true" : "false")}, {At(property.Location, paths)})" + Initializers(property) + ",");
        }

        w.Close(");");
        w.Unindent();
        w.Unindent();
        var prefix = w.ToString();

        var end = new CodeWriter();
        Indent(end, NamespaceDepth(options) + 2);
        EmitDataSuffix(end, options);
        return (prefix, end.ToString());
    }

    /// <summary>An entity's data method, with the blank line before it, indented for its place in the file.</summary>
    /// <param name="input">All the entity's text depends on.</param>
    /// <returns>The method's text.</returns>
    public static string EntityMethod(EntityEmitInput input)
    {
        var w = new CodeWriter();
        Indent(w, NamespaceDepth(input.Options) + 2);
        w.Line();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in input.Paths)
        {
            paths[path.Path] = path.Constant;
        }

        WriteEntityMethod(w, input.Entity, paths);
        return w.ToString();
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
        w.Line($"private static {EntityTypeName} {MethodName(entity)}() => new {EntityTypeName}(");
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
                w.Line($"new global::FactBase.Model.SourceReference({CSharpLiterals.String(source.Url)}, {Date(source.Retrieved)}{(source.About.Count > 0 ? ", " + Strings(source.About) : string.Empty)}){(i < entity.Sources.Count - 1 ? "," : "),")}");
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

        // Descriptions and "the" are init properties, written only when given, so entities without them read as before.
        var init = new List<string>();
        if (entity.Descriptions.Count > 0)
        {
            init.Add("Descriptions = " + Strings(entity.Descriptions));
        }

        if (entity.TakesThe is { } takesThe)
        {
            init.Add("TakesThe = " + (takesThe ? "true" : "false"));
        }

        w.Line(At(entity.Location, paths) + (init.Count == 0 ? ");" : ") { " + string.Join(", ", init) + " };"));
        w.Unindent();
    }

    private static void WriteFact(CodeWriter w, Fact fact, Dictionary<string, string> paths, string suffix)
    {
        if (!fact.IsTimeline)
        {
            w.Line($"Value({CSharpLiterals.String(fact.Property)}, {CSharpLiterals.String(fact.Value)}, {At(fact.Location, paths)}){FactAlternatives(fact)}{suffix}");
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
            w.Line($"Period({CSharpLiterals.String(entry.Value)}, {Date(entry.From)}, {Date(entry.To)}, {CSharpLiterals.String(entry.Source)}, {At(entry.Location, paths)}){EntryExtras(entry)}{end}");
        }

        w.Unindent();
    }

    /// <summary>The other accepted dates of a single value and their note, as a <c>with</c> expression; nothing for most facts,
    /// so knowledge bases without them are written as before.</summary>
    private static string FactAlternatives(Fact fact)
    {
        var parts = new List<string>(2);
        if (fact.AlsoDates.Count > 0)
        {
            parts.Add("AlsoDates = " + Dates(fact.AlsoDates));
        }

        if (fact.Note is not null)
        {
            parts.Add("Note = " + CSharpLiterals.String(fact.Note));
        }

        return With(parts);
    }

    /// <summary>A period's other accepted starts and ends, note and source date, as a <c>with</c> expression; nothing for most periods.</summary>
    private static string EntryExtras(TimelineEntry entry)
    {
        var parts = new List<string>(4);
        if (entry.AlsoFrom.Count > 0)
        {
            parts.Add("AlsoFrom = " + Dates(entry.AlsoFrom));
        }

        if (entry.AlsoTo.Count > 0)
        {
            parts.Add("AlsoTo = " + Dates(entry.AlsoTo));
        }

        if (entry.Note is not null)
        {
            parts.Add("Note = " + CSharpLiterals.String(entry.Note));
        }

        if (entry.SourceRetrieved is { } retrieved)
        {
            parts.Add("SourceRetrieved = " + Date(retrieved));
        }

        return With(parts);
    }

    private static string With(List<string> parts) => parts.Count == 0 ? string.Empty : " with { " + string.Join(", ", parts) + " }";

    private static string Dates(EquatableArray<FactDate> dates)
        => "Items(" + string.Join(", ", dates.Select(d => Date(d))) + ")";

    private static string MethodName(Entity entity) => "Entity_" + FactNames.ToIdentifier(entity.Id);

    // " { ValueTypes = ..., HeadOfGovernment = 1, TenureVerbs = ... }": the fields beyond the constructor's, only those that are set.
    private static string Initializers(PropertyDefinition property)
    {
        var set = new List<string>(2);
        if (property.ValueTypes.Count > 0)
        {
            set.Add("ValueTypes = " + Strings(property.ValueTypes));
        }

        if (property.HeadOfGovernment != 0)
        {
            set.Add("HeadOfGovernment = " + property.HeadOfGovernment.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (property.TenureVerbs.Count > 0)
        {
            set.Add("TenureVerbs = " + Strings(property.TenureVerbs));
        }

        return set.Count == 0 ? string.Empty : " { " + string.Join(", ", set) + " }";
    }

    private static string Strings(EquatableArray<string> items)
        => items.Count == 0 ? "Items<string>()" : "Items(" + string.Join(", ", items.Select(CSharpLiterals.String)) + ")";

    private static string Date(FactDate? date)
        => date is { } d ? $"Date({DateArguments(d)})" : "null";

    private static string At(SourceLocation location, Dictionary<string, string> paths)
    {
        // A location whose file is not among the entities' and properties' files (it cannot happen for valid data) is written out in full.
        var path = paths.TryGetValue(location.Path, out var constant) ? constant : CSharpLiterals.String(location.Path);
        return $"At({path}, {location.Line}, {location.Column})";
    }
}
