using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Model;
using FactBase.Model.PropertyKinds;

namespace FactBase.Parsing;

/// <summary>
/// Parses one fact file (format v1). The only parser: the source generator and the run-time
/// loader both call it, so the same files give the same knowledge base either way.
/// </summary>
/// <remarks>
/// It never throws on bad input: every problem becomes a located <see cref="FactDiagnostic"/>
/// and the broken part (a document, an entity, a fact, a period) is left out.
/// </remarks>
public static partial class FactFileParser
{
    /// <summary>Files larger than this are refused: fact files are small, and the limit bounds memory.</summary>
    public const int MaxFileLength = FactBaseLimits.MaxFactFileLength;

    private static readonly string[] EntityKeys = { "id", "type", "name", "aliases", "adjectives", "the", "descriptions", "sources", "facts", "examples" };
    private static readonly string[] PropertyKeys = { "kind", "verbs", "nouns", "titles", "age", "value_type", "head_of_government", "tenure_verbs", "examples" };
    private static readonly string[] EntryKeys = { "value", "from", "to", "also_from", "also_to", "note", "source" };
    private static readonly string[] SingleValueKeys = { "value", "also", "note" };
    private static readonly string[] SourceKeys = { "url", "retrieved", "about" };

    /// <summary>Parses the text of a fact file.</summary>
    /// <param name="path">The file's path, used in locations.</param>
    /// <param name="text">The file's content.</param>
    /// <returns>The entities, vocabulary and diagnostics of the file.</returns>
    public static FactFile Parse(string path, string text)
    {
        var context = new Context(path);
        if (text.Length > MaxFileLength)
        {
            context.Report(FactDiagnosticIds.LimitExceeded, $"the file is larger than {MaxFileLength / (1024 * 1024)} MB (see docs/limits.md)", 1, 1);
            return context.ToFile();
        }

        // A byte-order mark left in the text (read without BOM detection) is not part of the first key.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var (documents, error) = YamlTreeReader.Read(path, text);
        if (error is not null)
        {
            // A YAML error stops the reader; documents read before it are still good.
            context.Diagnostics.Add(error);
        }

        foreach (var document in documents)
        {
            switch (document)
            {
                case null:
                    break;
                case YamlScalar { IsNull: true }:
                    break;
                case YamlMapping mapping when mapping.Entries.Any(e => e.Key.Value == "properties"):
                    ParseVocabulary(mapping, context);
                    break;
                case YamlMapping mapping:
                    ParseEntity(mapping, context);
                    break;
                default:
                    context.Report(FactDiagnosticIds.InvalidValue, "a fact document must be a mapping with id, type and name, or with properties", document);
                    break;
            }
        }

        return context.ToFile();
    }

    private static void ParseVocabulary(YamlMapping document, Context context)
    {
        foreach (var entry in document.Entries)
        {
            if (entry.Key.Value != "properties")
            {
                context.Report(FactDiagnosticIds.UnknownKey, $"unknown key '{entry.Key.Value}' in a vocabulary document; only 'properties' is allowed", entry.Key);
                continue;
            }

            if (entry.Value is not YamlMapping properties)
            {
                context.Report(FactDiagnosticIds.InvalidValue, "'properties' must be a mapping of property names to definitions", entry.Value);
                continue;
            }

            foreach (var property in properties.Entries)
            {
                ParseProperty(property.Key, property.Value, context);
            }
        }
    }

    private static void ParseProperty(YamlScalar name, YamlNode node, Context context)
    {
        if (!IsValidPropertyName(name.Value))
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"property name '{name.Value}' must match [a-z][a-z0-9_]*", name);
            return;
        }

        if (node is not YamlMapping map)
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"property '{name.Value}' must be a mapping such as {{ kind: date, verbs: [founded] }}", node);
            return;
        }

        CheckKeys(map, PropertyKeys, "a property definition", context);
        var kindNode = Get(map, "kind");
        if (kindNode is null)
        {
            context.Report(FactDiagnosticIds.MissingKey, $"property '{name.Value}' needs a 'kind' ({PropertyKindDefinition.KeywordChoice})", map);
            return;
        }

        var kindText = Scalar(kindNode, context, "kind");
        if (!PropertyKindDefinition.TryParse(kindText, out var kindDefinition))
        {
            context.Report(FactDiagnosticIds.InvalidValue, "'kind' must be one of " + PropertyKindDefinition.Keywords + NearestNames.DidYouMean(kindText ?? string.Empty, PropertyKindDefinition.All.Select(k => k.Keyword)), kindNode);
            return;
        }

        var age = false;
        if (Get(map, "age") is { } ageNode)
        {
            var ageText = Scalar(ageNode, context, "age");
            if (ageText is "true" or "false")
            {
                age = ageText == "true";
            }
            else if (ageText is not null)
            {
                context.Report(FactDiagnosticIds.InvalidValue, "'age' must be true or false", ageNode);
            }
        }

        context.Properties.Add(new PropertyDefinition(
            name.Value,
            kindDefinition.Kind,
            Words(map, "verbs", name.Value, context),
            Words(map, "nouns", name.Value, context),
            Words(map, "titles", name.Value, context),
            age,
            name.At(context.Path))
        {
            ValueTypes = ValueTypes(Get(map, "value_type"), name.Value, kindDefinition, context),
            HeadOfGovernment = HeadOfGovernment(Get(map, "head_of_government"), name.Value, kindDefinition, context),
            TenureVerbs = TenureVerbs(map, name.Value, kindDefinition, context),
        });
        ParseExamples(Get(map, "examples"), name.Value, context);
    }

    /// <summary>A property's verbs, nouns or titles, each once: prose is matched without regard to case, so "Director" and
    /// "director" are one title, and listing both would make every claim about the office look ambiguous.</summary>
    private static EquatableArray<string> Words(YamlMapping map, string key, string property, Context context)
    {
        var node = Get(map, key);
        var words = StringList(node, key, context);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (seen.Add(word))
            {
                kept.Add(word);
                continue;
            }

            var first = kept.First(k => string.Equals(k, word, StringComparison.OrdinalIgnoreCase));
            context.Warn(FactDiagnosticIds.RepeatedWord, $"'{word}' is listed twice in the {key} of '{property}' (as '{first}' and '{word}'; prose is matched in any case): it counts once, as '{first}'", node!);
        }

        return kept.Count == words.Count ? words : kept.ToEquatableArray();
    }

    /// <summary><c>head_of_government: true</c> (the office heads its country's government) or <c>fallback</c> (it does where
    /// the country has no office marked <c>true</c> at that time); only for offices.</summary>
    private static int HeadOfGovernment(YamlNode? node, string property, PropertyKindDefinition kind, Context context)
    {
        if (node is null)
        {
            return 0;
        }

        if (kind.Kind != PropertyKind.Office)
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"'head_of_government' applies to offices (kind: office), not to '{property}' (kind: {kind.Keyword})", node);
            return 0;
        }

        switch (Scalar(node, context, "head_of_government"))
        {
            case "true":
                return 1;
            case "fallback":
                return 2;
            case "false":
                return 0;
            case { } other:
                context.Report(FactDiagnosticIds.InvalidValue, $"'head_of_government' of '{property}' must be true, false or fallback, not '{other}'", node);
                return 0;
            default:
                return 0;
        }
    }

    /// <summary><c>tenure_verbs: [reigned, ruled]</c>: verbs that tell of holding the office without its title; only for
    /// offices.</summary>
    private static EquatableArray<string> TenureVerbs(YamlMapping map, string property, PropertyKindDefinition kind, Context context)
    {
        if (Get(map, "tenure_verbs") is not { } node)
        {
            return EquatableArray<string>.Empty;
        }

        if (kind.Kind != PropertyKind.Office)
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"'tenure_verbs' applies to offices (kind: office), not to '{property}' (kind: {kind.Keyword})", node);
            return EquatableArray<string>.Empty;
        }

        return Words(map, "tenure_verbs", property, context);
    }

    /// <summary><c>value_type: person</c> or <c>value_type: [country, organization]</c>: the entity types a property of
    /// entities (office, members) takes.</summary>
    private static EquatableArray<string> ValueTypes(YamlNode? node, string property, PropertyKindDefinition kind, Context context)
    {
        if (node is null)
        {
            return EquatableArray<string>.Empty;
        }

        if (kind.Kind is not (PropertyKind.Office or PropertyKind.Members))
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"'value_type' applies to properties whose values are entities (kind: office or members), not to '{property}' (kind: {kind.Keyword})", node);
            return EquatableArray<string>.Empty;
        }

        var words = node is YamlScalar one ? new List<string> { one.Value } : StringList(node, "value_type", context).ToList();
        var types = new List<string>();
        foreach (var word in words)
        {
            if (EntityTypes.TryParse(word, out _))
            {
                types.Add(word);
            }
            else
            {
                context.Report(FactDiagnosticIds.InvalidValue, $"'value_type' of '{property}': '{word}' is not an entity type ({EntityTypes.Keywords}){NearestNames.DidYouMean(word, EntityTypes.Keywords.Split(new[] { ", " }, StringSplitOptions.None))}", node);
            }
        }

        return types.ToEquatableArray();
    }

    /// <summary>An optional <c>true</c> or <c>false</c>.</summary>
    private static bool? Boolean(YamlNode? node, string key, Context context)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        context.Report(FactDiagnosticIds.InvalidValue, $"'{key}' must be true or false", node);
        return null;
    }

    private static void ParseEntity(YamlMapping map, Context context)
    {
        CheckKeys(map, EntityKeys, "an entity", context);
        var id = RequiredScalar(map, "id", context);
        if (id is not null && !IsValidId(id))
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"id '{id}' must match [a-z0-9-]+ (lowercase letters, digits and hyphens)", Get(map, "id")!);
            id = null;
        }

        var typeText = RequiredScalar(map, "type", context);
        EntityType type = default;
        if (typeText is not null && !EntityTypes.TryParse(typeText, out type))
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"type '{typeText}' must be one of {EntityTypes.Keywords}{NearestNames.DidYouMean(typeText, EntityTypes.Keywords.Split(new[] { ", " }, StringSplitOptions.None))}", Get(map, "type")!);
            typeText = null;
        }

        var name = RequiredScalar(map, "name", context);
        if (id is null || typeText is null || name is null)
        {
            // Without identity the entity cannot be referenced or generated; its other errors are still reported.
            ParseFacts(Get(map, "facts"), context);
            return;
        }

        var entity = new Entity(
            id,
            type,
            name,
            StringList(Get(map, "aliases"), "aliases", context),
            StringList(Get(map, "adjectives"), "adjectives", context),
            ParseSources(Get(map, "sources"), context),
            ParseFacts(Get(map, "facts"), context),
            map.At(context.Path))
        {
            Descriptions = StringList(Get(map, "descriptions"), "descriptions", context),
            TakesThe = Boolean(Get(map, "the"), "the", context),
        };
        context.Entities.Add(entity);
        ParseExamples(Get(map, "examples"), id, context);
    }

    private static EquatableArray<SourceReference> ParseSources(YamlNode? node, Context context)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return EquatableArray<SourceReference>.Empty;
        }

        if (node is not YamlSequence sequence)
        {
            context.Report(FactDiagnosticIds.InvalidValue, "'sources' must be a list of { url, retrieved, about }", node);
            return EquatableArray<SourceReference>.Empty;
        }

        var sources = new List<SourceReference>();
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } url:
                    sources.Add(new SourceReference(url.Value, null));
                    break;
                case YamlMapping map:
                    CheckKeys(map, SourceKeys, "a source", context);
                    var urlText = RequiredScalar(map, "url", context);
                    FactDate? retrieved = null;
                    if (Get(map, "retrieved") is { } retrievedNode)
                    {
                        retrieved = ParseDate(retrievedNode, "retrieved", context);
                    }

                    var about = StringList(Get(map, "about"), "about", context);
                    if (urlText is not null)
                    {
                        sources.Add(new SourceReference(urlText, retrieved, about));
                    }

                    break;
                default:
                    context.Report(FactDiagnosticIds.InvalidValue, "a source must be a URL or { url, retrieved, about }", item);
                    break;
            }
        }

        return sources.ToEquatableArray();
    }

    private static EquatableArray<Fact> ParseFacts(YamlNode? node, Context context)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return EquatableArray<Fact>.Empty;
        }

        if (node is not YamlMapping map)
        {
            context.Report(FactDiagnosticIds.InvalidValue, "'facts' must be a mapping of property names to values", node);
            return EquatableArray<Fact>.Empty;
        }

        var facts = new List<Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var property = entry.Key.Value;
            if (!IsValidPropertyName(property))
            {
                context.Report(FactDiagnosticIds.InvalidValue, $"property name '{property}' must match [a-z][a-z0-9_]*", entry.Key);
                continue;
            }

            if (!seen.Add(property))
            {
                context.Report(FactDiagnosticIds.DuplicateId, $"property '{property}' is given twice", entry.Key);
                continue;
            }

            switch (entry.Value)
            {
                case YamlScalar { IsNull: true }:
                    context.Report(FactDiagnosticIds.InvalidValue, $"property '{property}' has no value", entry.Key);
                    break;
                case YamlScalar scalar:
                    facts.Add(new Fact(property, scalar.Value, EquatableArray<TimelineEntry>.Empty, scalar.At(context.Path)));
                    break;
                case YamlSequence sequence:
                    facts.Add(new Fact(property, null, ParseTimeline(property, sequence, context), sequence.At(context.Path)));
                    break;
                case YamlMapping single:
                    if (ParseSingleWithAlternatives(property, single, context) is { } fact)
                    {
                        facts.Add(fact);
                    }

                    break;
                default:
                    context.Report(FactDiagnosticIds.InvalidValue, $"property '{property}' must be a single value, {{ value, also, note }}, or a list of {{ value, from, to }}", entry.Value);
                    break;
            }
        }

        return facts.ToEquatableArray();
    }

    /// <summary>A single date with the other dates a convention gives: <c>{ value: 1949-08-24, also: [1949-04-04], note: ... }</c>.</summary>
    private static Fact? ParseSingleWithAlternatives(string property, YamlMapping map, Context context)
    {
        CheckKeys(map, SingleValueKeys, $"the value of '{property}'", context);
        var value = RequiredScalar(map, "value", context);
        var also = ParseDateList(Get(map, "also"), "also", context);
        var note = Get(map, "note") is { } noteNode ? Scalar(noteNode, context, "note") : null;
        if (value is null || also is null)
        {
            return null;
        }

        if (also.Value.Count > 0)
        {
            if (!FactDate.TryParse(value, out var primary))
            {
                context.Report(FactDiagnosticIds.BadDate, $"'{value}' is not a date: 'also' lists other dates, so 'value' must be one (YYYY, YYYY-MM or YYYY-MM-DD)", Get(map, "value")!);
                return null;
            }

            if (!Distinct(primary, also.Value, "also", Get(map, "also")!, context))
            {
                return null;
            }
        }

        return new Fact(property, value, EquatableArray<TimelineEntry>.Empty, map.At(context.Path)) { AlsoDates = also.Value, Note = note };
    }

    /// <summary>The dates of <c>also</c>, <c>also_from</c> or <c>also_to</c>: one date or a list; null after an error.</summary>
    private static EquatableArray<FactDate>? ParseDateList(YamlNode? node, string key, Context context)
    {
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return EquatableArray<FactDate>.Empty;
            case YamlScalar scalar:
                return ParseDate(scalar, key, context) is { } one ? new EquatableArray<FactDate>(new[] { one }) : null;
            case YamlSequence sequence:
                var dates = new List<FactDate>();
                var ok = true;
                foreach (var item in sequence.Items)
                {
                    if (ParseDate(item, key, context) is { } date)
                    {
                        dates.Add(date);
                    }
                    else
                    {
                        ok = false;
                    }
                }

                return ok ? dates.ToEquatableArray() : null;
            default:
                context.Report(FactDiagnosticIds.InvalidValue, $"'{key}' must be a date or a list of dates, e.g. [1949-04-04]", node);
                return null;
        }
    }

    /// <summary>Whether the other accepted dates differ from the primary and from each other; reports the first repeat.</summary>
    private static bool Distinct(FactDate primary, EquatableArray<FactDate> also, string key, YamlNode node, Context context)
    {
        var seen = new HashSet<FactDate> { primary };
        foreach (var date in also)
        {
            if (!seen.Add(date))
            {
                context.Report(FactDiagnosticIds.InvalidValue, $"'{key}' repeats {date}: list only other dates than the first", node);
                return false;
            }
        }

        return true;
    }

    /// <summary>The source of one period: a URL, or <c>{ url, retrieved }</c>.</summary>
    private static SourceReference? ParseEntrySource(YamlNode node, Context context)
    {
        switch (node)
        {
            case YamlScalar { IsNull: false } url:
                return new SourceReference(url.Value, null);
            case YamlMapping map:
                CheckKeys(map, SourceKeys, "a source", context);
                var urlText = RequiredScalar(map, "url", context);
                FactDate? retrieved = null;
                if (Get(map, "retrieved") is { } retrievedNode && (retrieved = ParseDate(retrievedNode, "retrieved", context)) is null)
                {
                    return null;
                }

                return urlText is null ? null : new SourceReference(urlText, retrieved);
            default:
                context.Report(FactDiagnosticIds.InvalidValue, "'source' must be a URL or { url, retrieved }", node);
                return null;
        }
    }

    private static EquatableArray<TimelineEntry> ParseTimeline(string property, YamlSequence sequence, Context context)
    {
        var entries = new List<TimelineEntry>();
        var bareReported = false;
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar bare)
            {
                // "founded: [1990]" or "members: [france, spain]": one error per list, showing both ways to write what was meant.
                if (bareReported)
                {
                    continue;
                }

                bareReported = true;
                context.Report(FactDiagnosticIds.InvalidValue, $"'{bare.Value}' in the list of '{property}' is not a period: write a single value without brackets ('{property}: {bare.Value}'), or each period as {{ value: {bare.Value}, from: YYYY-MM-DD }}", item);
                continue;
            }

            if (item is not YamlMapping map)
            {
                context.Report(FactDiagnosticIds.InvalidValue, $"each period of '{property}' must be {{ value, from, to?, also_from?, also_to?, note?, source? }}", item);
                continue;
            }

            CheckKeys(map, EntryKeys, "a period", context);
            var value = RequiredScalar(map, "value", context);
            var fromNode = Get(map, "from");
            if (fromNode is null)
            {
                context.Report(FactDiagnosticIds.MissingKey, $"a period of '{property}' needs 'from'", map);
                continue;
            }

            var from = ParseDate(fromNode, "from", context);
            FactDate? to = null;
            var toNode = Get(map, "to");
            if (toNode is not null && toNode is not YamlScalar { IsNull: true })
            {
                to = ParseDate(toNode, "to", context);
                if (to is null)
                {
                    continue;
                }
            }

            SourceReference? source = null;
            if (Get(map, "source") is { } sourceNode && (source = ParseEntrySource(sourceNode, context)) is null)
            {
                continue;
            }

            var alsoFromNode = Get(map, "also_from");
            var alsoToNode = Get(map, "also_to");
            var alsoFrom = ParseDateList(alsoFromNode, "also_from", context);
            var alsoTo = ParseDateList(alsoToNode, "also_to", context);
            var note = Get(map, "note") is { } noteNode ? Scalar(noteNode, context, "note") : null;
            if (value is null || from is null || alsoFrom is null || alsoTo is null)
            {
                continue;
            }

            if (alsoTo.Value.Count > 0 && to is null)
            {
                context.Report(FactDiagnosticIds.MissingKey, $"'also_to' gives other ends of a period of '{property}' that has no 'to'", alsoToNode!);
                continue;
            }

            if ((alsoFrom.Value.Count > 0 && !Distinct(from.Value, alsoFrom.Value, "also_from", alsoFromNode!, context))
                || (to is { } primaryEnd && alsoTo.Value.Count > 0 && !Distinct(primaryEnd, alsoTo.Value, "also_to", alsoToNode!, context)))
            {
                continue;
            }

            if (to is { } end && end.Earliest.DayNumber <= from.Value.Earliest.DayNumber)
            {
                context.Report(FactDiagnosticIds.EndBeforeStart, $"'to' ({end}) must be after 'from' ({from}) in a period of '{property}'", toNode!);
                continue;
            }

            if (to is { } last && AcceptedDates.EarliestDay(last, alsoTo.Value) <= AcceptedDates.LatestDay(from.Value, alsoFrom.Value))
            {
                // Every reading must leave the value holding for at least a day, or "held on day D" has no answer.
                context.Report(FactDiagnosticIds.EndBeforeStart, $"every end ('to', 'also_to') must be after every start ('from', 'also_from') in a period of '{property}'", (alsoToNode ?? alsoFromNode ?? toNode)!);
                continue;
            }

            entries.Add(new TimelineEntry(value, from.Value, to, source?.Url, map.At(context.Path))
            {
                AlsoFrom = alsoFrom.Value,
                AlsoTo = alsoTo.Value,
                Note = note,
                SourceRetrieved = source?.Retrieved,
            });
        }

        return entries.ToEquatableArray();
    }

    private static FactDate? ParseDate(YamlNode node, string key, Context context)
    {
        var text = Scalar(node, context, key);
        if (text is null)
        {
            return null;
        }

        if (FactDate.TryParse(text, out var date))
        {
            return date;
        }

        context.Report(FactDiagnosticIds.BadDate, $"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", node);
        return null;
    }

    private static EquatableArray<string> StringList(YamlNode? node, string key, Context context)
    {
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return EquatableArray<string>.Empty;
            case YamlSequence sequence:
                var items = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
                    {
                        items.Add(scalar.Value.Trim());
                    }
                    else
                    {
                        context.Report(FactDiagnosticIds.InvalidValue, $"each item of '{key}' must be a non-empty text", item);
                    }
                }

                return items.ToEquatableArray();
            default:
                context.Report(FactDiagnosticIds.InvalidValue, $"'{key}' must be a list, e.g. [a, b]", node);
                return EquatableArray<string>.Empty;
        }
    }

    private static string? RequiredScalar(YamlMapping map, string key, Context context)
    {
        var node = Get(map, key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            context.Report(FactDiagnosticIds.MissingKey, $"missing required key '{key}'", map);
            return null;
        }

        return Scalar(node, context, key);
    }

    private static string? Scalar(YamlNode node, Context context, string key)
    {
        if (node is YamlScalar scalar && !scalar.IsNull)
        {
            return scalar.Value;
        }

        context.Report(FactDiagnosticIds.InvalidValue, $"'{key}' must be a single value", node);
        return null;
    }

    private static YamlNode? Get(YamlMapping map, string key)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    private static void CheckKeys(YamlMapping map, string[] allowed, string what, Context context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (Array.IndexOf(allowed, entry.Key.Value) < 0)
            {
                var near = NearestNames.DidYouMean(entry.Key.Value, allowed);
                context.Report(FactDiagnosticIds.UnknownKey, near.Length > 0 ? $"unknown key '{entry.Key.Value}' in {what}{near}" : $"unknown key '{entry.Key.Value}' in {what}; expected one of {string.Join(", ", allowed)}", entry.Key);
            }
            else if (!seen.Add(entry.Key.Value))
            {
                context.Report(FactDiagnosticIds.InvalidValue, $"key '{entry.Key.Value}' is given twice", entry.Key);
            }
        }
    }

    internal static bool IsValidId(string id)
        => id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && id[0] != '-' && id[id.Length - 1] != '-';

    private static bool IsValidPropertyName(string name)
        => name.Length > 0 && name[0] is >= 'a' and <= 'z' && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    private sealed class Context
    {
        public Context(string path) => Path = path;

        public string Path { get; }

        public List<Entity> Entities { get; } = new();

        public List<PropertyDefinition> Properties { get; } = new();

        public List<FactDiagnostic> Diagnostics { get; } = new();

        public List<FactExample> Examples { get; } = new();

        public void Report(string id, string message, YamlNode node) => Report(id, message, node.Line, node.Column);

        public void Warn(string id, string message, YamlNode node)
            => Diagnostics.Add(new FactDiagnostic(id, FactDiagnosticSeverity.Warning, message, new SourceLocation(Path, node.Line, node.Column)));

        public void Report(string id, string message, int line, int column)
            => Diagnostics.Add(new FactDiagnostic(id, FactDiagnosticSeverity.Error, message, new SourceLocation(Path, line, column)));

        public FactFile ToFile() => new(Path, Entities.ToEquatableArray(), Properties.ToEquatableArray(), Diagnostics.ToEquatableArray()) { Examples = Examples.ToEquatableArray() };
    }
}
