using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FactBase.Cli.Configuration;
using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase explain ENTITY [--as-of DATE]</c>: what the knowledge base says about an entity — names, type, every
/// fact with its timeline (the value current at the as-of date marked), offices the entity held, and sources.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var entity = new Argument<string>("ENTITY") { Description = "An entity id (nato), name or alias (NATO, \"Mark Rutte\")." };
        var asOf = new Option<string?>("--as-of") { Description = "Mark the values that hold on this date (YYYY-MM-DD; default: the config's as-of, else today)." };
        var facts = new Option<string[]>("--facts") { Description = "A folder of YAML fact files to add to the built-in knowledge base (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var noBuiltIn = new Option<bool>("--no-builtin-facts") { Description = "Use only the facts given with --facts (or the config's facts)." };
        var config = new Option<string?>("--config") { Description = "The config file (default: the nearest .factbase.yaml)." };
        var noConfig = new Option<bool>("--no-config") { Description = "Ignore .factbase.yaml." };
        var command = new Command("explain", "Show what the knowledge base says about an entity, as of a date.") { entity, asOf, facts, noBuiltIn, config, noConfig };
        command.SetAction(parse => Run(
            parse.GetValue(entity) ?? string.Empty,
            parse.GetValue(asOf),
            parse.GetValue(facts) ?? Array.Empty<string>(),
            parse.GetValue(noBuiltIn),
            parse.GetValue(config),
            parse.GetValue(noConfig),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(string query, string? asOfText, IReadOnlyList<string> factFolders, bool noBuiltIn, string? configPath, bool noConfig, TextWriter output, TextWriter error)
    {
        FactBaseConfig? config;
        try
        {
            config = ConfigLoader.Resolve(configPath, noConfig);
        }
        catch (ConfigException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Error;
        }

        FactDate asOf;
        string asOfSource;
        if (asOfText is not null)
        {
            if (!FactDate.TryParse(asOfText, out asOf) || asOf.Precision != DatePrecision.Day)
            {
                error.WriteLine($"error: --as-of '{asOfText}' is not a date of the form YYYY-MM-DD");
                return ExitCodes.Error;
            }

            asOfSource = "option";
        }
        else if (config?.AsOf is { } configured)
        {
            (asOf, asOfSource) = (configured, "config");
        }
        else
        {
            (asOf, asOfSource) = (FactDate.FromDateTime(DateTime.Today), "today");
        }

        var folders = (config?.Facts ?? Array.Empty<string>()).Concat(factFolders).ToList();
        var knowledgeBase = KnowledgeBaseLoader.Load(folders, !noBuiltIn && config?.BuiltInFacts != false, error);
        if (knowledgeBase is null)
        {
            return ExitCodes.Error;
        }

        var matches = Find(knowledgeBase, query);
        if (matches.Count == 0)
        {
            var lower = query.Trim().ToLowerInvariant();
            var near = knowledgeBase.Entities
                .Where(e => e.Id.Contains(lower) || e.Name.IndexOf(lower, StringComparison.OrdinalIgnoreCase) >= 0
                            || new[] { e.Id, e.Name }.Concat(e.Aliases).Any(n => NearestNames.IsNear(n, lower)))
                .Take(8)
                .Select(e => $"{e.Id} ({e.Name})")
                .ToList();
            error.WriteLine($"error: no entity '{query}' in the knowledge base" + (near.Count > 0 ? $"; did you mean: {string.Join(", ", near)}?" : string.Empty));
            return ExitCodes.Error;
        }

        if (matches.Count > 1)
        {
            error.WriteLine($"error: '{query}' names {matches.Count} entities: {string.Join(", ", matches.Select(e => $"{e.Id} ({e.Name})"))}; give an id");
            return ExitCodes.Error;
        }

        Write(knowledgeBase, matches[0], asOf, asOfSource, output);
        return ExitCodes.Success;
    }

    /// <summary>An entity by id, else by name or alias (any case).</summary>
    internal static List<Entity> Find(KnowledgeBase knowledgeBase, string query)
    {
        if (knowledgeBase.TryGetEntity(query, out var byId))
        {
            return new List<Entity> { byId };
        }

        var trimmed = query.Trim();
        return knowledgeBase.Entities
            .Where(e => string.Equals(e.Id, trimmed, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(e.Name, trimmed, StringComparison.OrdinalIgnoreCase)
                        || e.Aliases.Any(a => string.Equals(a, trimmed, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private static void Write(KnowledgeBase kb, Entity entity, FactDate asOf, string asOfSource, TextWriter output)
    {
        output.WriteLine($"{entity.Name} ({entity.Id}), {entity.Type.ToString().ToLowerInvariant()}");
        if (entity.Aliases.Any())
        {
            output.WriteLine($"  aliases:    {string.Join(", ", entity.Aliases)}");
        }

        if (entity.Adjectives.Any())
        {
            output.WriteLine($"  adjectives: {string.Join(", ", entity.Adjectives)}");
        }

        if (entity.Location.Line > 0)
        {
            output.WriteLine($"  defined at: {entity.Location}");
        }

        output.WriteLine($"  as of:      {asOf} ({asOfSource}); '*' marks what holds then");
        output.WriteLine();

        if (entity.Facts.Any())
        {
            output.WriteLine("Facts");
        }

        foreach (var fact in entity.Facts)
        {
            var property = kb.FindProperty(fact.Property);
            var words = property is null ? "not in the vocabulary: not checked" : Describe(property);
            if (!fact.IsTimeline)
            {
                output.WriteLine($"  {fact.Property}: {fact.Value}{AcceptedDates.Alternatives(fact.AlsoDates, fact.Note)}{property?.KindDefinition.ValueNote(property, fact, asOf)}   [{words}]");
                continue;
            }

            output.WriteLine($"  {fact.Property}:   [{words}{property?.KindDefinition.TimelineNote(fact, asOf)}]");
            foreach (var entry in fact.Timeline.OrderByDescending(e => e.From))
            {
                var mark = entry.Covers(asOf) ? "*" : " ";
                var value = kb.TryGetEntity(entry.Value, out var holder) ? $"{holder.Name} ({holder.Id})" : entry.Value;
                var period = PeriodText(entry);
                var source = entry.Source is null ? string.Empty : $"  source: {entry.Source}";
                output.WriteLine($"    {mark} {value,-48} {period}{source}");
            }
        }

        var terms = kb.GetTermsOf(entity.Id);
        if (terms.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Offices held");
            foreach (var term in terms)
            {
                var mark = term.Covers(asOf) ? "*" : " ";
                var title = term.Property.Titles.FirstOrDefault() ?? term.Property.Name;
                var period = term.Entry is { } termEntry ? PeriodText(termEntry) : term.To is { } to ? $"from {term.From} to {to}" : $"from {term.From}";
                output.WriteLine($"    {mark} {$"{term.Organization.Name} {title}",-48} {period}");
            }
        }

        var memberships = kb.Entities
            .SelectMany(o => o.Facts.Where(f => kb.FindProperty(f.Property)?.Kind == PropertyKind.Members)
                .SelectMany(f => f.Timeline.Where(e => e.Value == entity.Id).Select(e => (Organization: o, Entry: e))))
            .ToList();
        if (memberships.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Member of");
            foreach (var (organization, entry) in memberships.OrderBy(m => m.Entry.From))
            {
                var mark = entry.Covers(asOf) ? "*" : " ";
                var period = PeriodText(entry);
                output.WriteLine($"    {mark} {$"{organization.Name} ({organization.Id})",-48} {period}");
            }
        }

        if (entity.Sources.Any())
        {
            output.WriteLine();
            output.WriteLine("Sources");
            foreach (var source in entity.Sources)
            {
                output.WriteLine(source.Retrieved is { } retrieved ? $"  - {source.Url} (retrieved {retrieved})" : $"  - {source.Url}");
            }
        }
    }

    private static string Describe(PropertyDefinition property)
    {
        var kind = property.KindDefinition.Keyword;
        var words = property.Titles.Concat(property.Verbs).Concat(property.Nouns).Take(4).ToList();
        return words.Count == 0 ? kind : $"{kind}: {string.Join(", ", words)}";
    }

    /// <summary>"from 1949-08-24 (also dated 1949-04-04: the treaty's signature) to ...": a period with its other accepted dates.</summary>
    private static string PeriodText(TimelineEntry entry)
    {
        var from = $"from {entry.From}{AcceptedDates.Alternatives(entry.AlsoFrom, entry.AlsoTo.Count == 0 ? entry.Note : null)}";
        return entry.To is { } to ? $"{from} to {to}{AcceptedDates.Alternatives(entry.AlsoTo, entry.Note)}" : from;
    }
}
