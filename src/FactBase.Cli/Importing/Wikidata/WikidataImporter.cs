using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Model;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// Turns Wikidata entities into FactBase entities by a <see cref="WikidataMapping"/> (docs/import.md).
/// </summary>
/// <remarks>
/// The input is read once, keeping of each item only what becomes a fact (dates, periods) and its names; items that
/// other items' statements name but that have no facts of their own (a country named by a position, an organization
/// named by "member of") are then looked up in the mapping, and only if neither has them, in a second read of the
/// input. Memory grows with what is imported, not with the size of the input.
/// <para>
/// Ranks: deprecated statements are never used. A date is taken from the preferred statements if there are any,
/// else from the normal ones; when those disagree, only what they agree on is kept (1952-10-07 and 1952-10-17 give
/// 1952-10), and nothing when even the year differs or the best statement says the value is unknown. Periods of a
/// timeline come from every statement that is not deprecated; where they contradict each other, the better rank wins
/// (<see cref="TimelineCleaner"/>).
/// </para>
/// </remarks>
internal sealed class WikidataImporter
{
    private const string ItemUrl = "https://www.wikidata.org/wiki/";

    private readonly WikidataMapping _mapping;
    private readonly FactDate _retrieved;
    private readonly Dictionary<string, WikidataItem> _items = new(StringComparer.Ordinal);

    /// <summary>Creates an importer.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="retrieved">The retrieval date written in each entity's source.</param>
    public WikidataImporter(WikidataMapping mapping, FactDate retrieved)
    {
        _mapping = mapping;
        _retrieved = retrieved;
    }

    /// <summary>What was left out and why.</summary>
    public ImportNotes Notes { get; } = new();

    /// <summary>How many entities the input held.</summary>
    public long EntitiesRead { get; private set; }

    /// <summary>Reads the inputs and returns the entities to write, ordered by item number.</summary>
    /// <param name="inputs">Input files.</param>
    /// <returns>The imported entities.</returns>
    /// <exception cref="WikidataImportException">An input cannot be read.</exception>
    public IReadOnlyList<ImportedEntity> Import(IReadOnlyList<string> inputs)
    {
        var parser = new WikidataEntityParser(_mapping.Languages, _mapping.Properties);
        foreach (var input in inputs)
        {
            WikidataInputReader.Read(input, parser, entity => Collect(entity, referenced: false));
        }

        // Items that statements name, without facts of their own: from the mapping, else from a second read.
        var wanted = _items.Values.SelectMany(i => i.Claims).SelectMany(c => new[] { c.Organization, c.Value })
            .Where(q => !_items.ContainsKey(q) && !(_mapping.Items.TryGetValue(q, out var m) && m.Type is not null && m.Name is not null))
            .ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > 0)
        {
            var names = new WikidataEntityParser(_mapping.Languages, new[] { WikidataMapping.InstanceOf }.Concat(_mapping.Adjectives));
            foreach (var input in inputs)
            {
                WikidataInputReader.Read(input, names, entity =>
                {
                    if (wanted.Contains(entity.Id) && !_items.ContainsKey(entity.Id))
                    {
                        Collect(entity, referenced: true);
                    }
                });
            }
        }

        return Build();
    }

    private void Collect(WikidataEntity entity, bool referenced)
    {
        if (!referenced)
        {
            EntitiesRead++;
        }

        if (!entity.IsItem)
        {
            return;
        }

        var statements = entity.Statements.Where(s => s.Rank != WikidataRank.Deprecated).ToList();
        if (TypeOf(statements) is not { } type)
        {
            return;
        }

        var name = _mapping.Languages.Select(l => entity.Labels.TryGetValue(l, out var label) ? label : null).FirstOrDefault(l => l is not null);
        var aliases = _mapping.Languages.SelectMany(l => entity.Aliases.TryGetValue(l, out var list) ? list : Enumerable.Empty<string>()).ToList();
        var adjectives = statements
            .Where(s => _mapping.Adjectives.Contains(s.Property) && s.Value.Text is not null && s.Value.Language is { } language && _mapping.Languages.Contains(language))
            .Select(s => s.Value.Text!)
            .ToList();
        if (referenced)
        {
            _items[entity.Id] = new WikidataItem(entity.Id, type, name, aliases, adjectives, new Dictionary<string, FactDate>(), Array.Empty<TimelineClaim>(), entity.Revision);
            return;
        }

        var dates = new Dictionary<string, FactDate>(StringComparer.Ordinal);
        foreach (var (property, date) in _mapping.Dates)
        {
            if ((date.Types is null || date.Types.Contains(type)) && BestDate(entity.Id, property, statements.Where(s => s.Property == property).ToList()) is { } value)
            {
                dates[date.Property] = value;
            }
        }

        var claims = Claims(entity.Id, type, statements);
        if ((dates.Count > 0 || claims.Count > 0)
            && !(_items.TryGetValue(entity.Id, out var copy) && copy.Revision is { } kept && entity.Revision is { } revision && kept > revision))
        {
            // Of two copies of an item (two files, or a dump and a newer Special:EntityData), the later revision; else the later copy.
            _items[entity.Id] = new WikidataItem(entity.Id, type, name, aliases, adjectives, dates, claims, entity.Revision);
        }
    }

    private EntityType? TypeOf(List<WikidataStatement> statements)
    {
        var classes = statements.Where(s => s.Property == WikidataMapping.InstanceOf && s.Value.Item is not null).Select(s => s.Value.Item!).ToHashSet(StringComparer.Ordinal);
        foreach (var (@class, type) in _mapping.Types)
        {
            if (classes.Contains(@class))
            {
                return type;
            }
        }

        return _mapping.Otherwise;
    }

    // The date of the best-ranked statements, or only the part of it they all agree on.
    private FactDate? BestDate(string item, string property, List<WikidataStatement> statements)
    {
        if (statements.Count == 0)
        {
            return null;
        }

        var bestRank = statements.Max(s => s.Rank);
        var best = statements.Where(s => s.Rank == bestRank).ToList();
        if (best.Any(s => s.Value.Kind != WikidataSnakKind.Value))
        {
            Notes.Add("dates left out because the best-ranked statement says the value is unknown", $"{item} {property}");
            return null;
        }

        var dates = best.Select(s => s.Value.Time?.ToFactDate()).Where(d => d is not null).Select(d => d!.Value).ToList();
        if (dates.Count == 0)
        {
            Notes.Add("dates left out because they are coarser than a year, before year 1 or not a day that exists", $"{item} {property}");
            return null;
        }

        // What every date says, at the finest precision on which they all agree (same year, else nothing).
        var agreed = dates[0];
        foreach (var date in dates.Skip(1))
        {
            if (date.Year != agreed.Year)
            {
                Notes.Add("dates left out because statements of the same rank give different years", $"{item} {property}");
                return null;
            }

            var precision = date.Precision < agreed.Precision ? date.Precision : agreed.Precision;
            while (Truncate(agreed, precision) != Truncate(date, precision))
            {
                precision--;
            }

            agreed = Truncate(agreed, precision);
        }

        return agreed;
    }

    private static FactDate Truncate(FactDate date, DatePrecision precision)
        => precision switch
        {
            DatePrecision.Year => new FactDate(date.Year),
            DatePrecision.Month => new FactDate(date.Year, date.Month),
            _ => date,
        };

    private List<TimelineClaim> Claims(string item, EntityType type, List<WikidataStatement> statements)
    {
        var claims = new List<TimelineClaim>();
        foreach (var statement in statements)
        {
            if (statement.Value.Item is not { } value)
            {
                continue;
            }

            var label = $"{item} {statement.Property} {value}";
            if (statement.Property == WikidataMapping.PositionHeld)
            {
                if (type == EntityType.Person && _mapping.Positions.TryGetValue(value, out var position))
                {
                    claims.Add(Claim(position.Of, position.Office, isOffice: true, item, statement, label, item));
                }
            }
            else if (_mapping.Offices.TryGetValue(statement.Property, out var offices))
            {
                if (offices.TryGetValue(item, out var office) || offices.TryGetValue("*", out office))
                {
                    claims.Add(Claim(item, office, isOffice: true, value, statement, label, item));
                }
            }
            else if (_mapping.Memberships.TryGetValue(statement.Property, out var membership))
            {
                if (membership.Organizations is null || membership.Organizations.Contains(value))
                {
                    claims.Add(Claim(value, membership.Property, isOffice: false, item, statement, label, item));
                }
            }
        }

        return claims;
    }

    private static TimelineClaim Claim(string organization, string property, bool isOffice, string value, WikidataStatement statement, string label, string source)
    {
        var from = statement.Start is { Kind: WikidataSnakKind.Value, Time: { } start } ? start.ToFactDate() : null;
        FactDate? to = null;
        var endUnknown = false;
        switch (statement.End)
        {
            case { Kind: WikidataSnakKind.Value, Time: { } end }:
                to = end.ToFactDate();
                endUnknown = to is null;
                break;
            case { Kind: WikidataSnakKind.SomeValue }:
                endUnknown = true;
                break;
        }

        return new TimelineClaim(organization, property, isOffice, value, from, to, endUnknown, statement.Rank, label, source);
    }

    private (EntityType Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Adjectives)? Resolve(string item)
    {
        _items.TryGetValue(item, out var found);
        _mapping.Items.TryGetValue(item, out var mapped);
        var type = mapped?.Type ?? found?.Type;
        var name = mapped?.Name ?? found?.Name;
        if (type is null || name is null || !NameFilter.IsUsableName(name))
        {
            return null;
        }

        return (type.Value, name, mapped?.Aliases ?? found?.Aliases ?? Array.Empty<string>(), mapped?.Adjectives ?? found?.Adjectives ?? Array.Empty<string>());
    }

    private IReadOnlyList<ImportedEntity> Build()
    {
        // 1. Periods whose two items resolve, grouped by timeline.
        var timelines = new Dictionary<(string Organization, string Property), List<TimelineClaim>>();
        foreach (var claim in _items.Values.SelectMany(i => i.Claims))
        {
            var organization = Resolve(claim.Organization);
            var value = Resolve(claim.Value);
            if (organization is null || value is null)
            {
                Notes.Add("statements left out because they name an item that is neither in the input nor in the mapping's items (or has no usable English name)", claim.Statement);
            }
            else if (claim.IsOffice && value.Value.Type != EntityType.Person)
            {
                Notes.Add("office statements left out because the holder is not a person", claim.Statement);
            }
            else if (claim.From is null)
            {
                Notes.Add("statements left out because they have no start time (P580) of year precision or finer", claim.Statement);
            }
            else if (claim.EndUnknown)
            {
                Notes.Add("statements left out because their end time (P582) is unknown or coarser than a year", claim.Statement);
            }
            else if (claim.To is { } to && to.DayNumber <= claim.From.Value.DayNumber)
            {
                Notes.Add("statements left out because they end before they start", claim.Statement);
            }
            else
            {
                var key = (claim.Organization, claim.Property);
                if (!timelines.TryGetValue(key, out var list))
                {
                    timelines[key] = list = new List<TimelineClaim>();
                }

                list.Add(claim);
            }
        }

        var kept = timelines.ToDictionary(t => t.Key, t => TimelineCleaner.Clean(t.Value, t.Value[0].IsOffice, Notes));

        // 2. The entities: items with facts, and every item a kept period names.
        var emitted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in _items.Values.Where(i => i.Dates.Count > 0 && Resolve(i.Id) is not null))
        {
            emitted.Add(item.Id);
        }

        foreach (var ((organization, _), periods) in kept.Where(k => k.Value.Count > 0))
        {
            emitted.Add(organization);
            emitted.UnionWith(periods.Select(p => p.Value));
        }

        foreach (var item in _items.Values.Where(i => i.Dates.Count > 0 && Resolve(i.Id) is null))
        {
            Notes.Add("items left out because they have no usable name in the mapping's languages (a name has a capital letter)", item.Id);
        }

        var resolved = emitted.ToDictionary(q => q, q => Resolve(q)!.Value, StringComparer.Ordinal);
        var ids = EntityIds.Assign(resolved.Select(r => (r.Key, r.Value.Name, _mapping.Items.TryGetValue(r.Key, out var m) ? m.Id : null)));

        // 3. Names: one name for two entities is ambiguous, and an alias that is another entity's name is left out.
        var names = resolved.Values.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in resolved.GroupBy(r => r.Value.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Notes.Add("names shared by several imported entities (the checker leaves claims about such a name alone)", $"'{group.Key}' ({string.Join(", ", group.Select(g => g.Key))})");
        }

        var entities = new List<ImportedEntity>(resolved.Count);
        foreach (var (item, (type, name, aliases, adjectives)) in resolved.OrderBy(r => r.Key.Length).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var otherNames = new HashSet<string>(names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)), StringComparer.OrdinalIgnoreCase);
            var dates = _items.TryGetValue(item, out var found) ? found.Dates : new Dictionary<string, FactDate>();
            var ownTimelines = kept.Where(k => k.Key.Organization == item && k.Value.Count > 0).ToDictionary(
                k => k.Key.Property,
                k => (IReadOnlyList<ImportedPeriod>)k.Value
                    .Select(p => new ImportedPeriod(ids[p.Value], p.From!.Value, p.To, ItemUrl + p.Source))
                    .OrderByDescending(p => p.From.DayNumber).ThenBy(p => p.Value, StringComparer.Ordinal).ThenBy(p => p.To?.DayNumber ?? int.MaxValue)
                    .ToList(),
                StringComparer.Ordinal);
            entities.Add(new ImportedEntity(
                item,
                ids[item],
                type,
                name,
                NameFilter.Aliases(type, name, aliases, otherNames),
                NameFilter.Adjectives(adjectives),
                new SourceReference(ItemUrl + item, _retrieved),
                dates,
                ownTimelines));
        }

        return entities;
    }
}
