using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Model;

namespace FactBase.Importing;

/// <summary>
/// Where hand-written facts and imported ones about the same entity disagree: one warning (<c>FB0015</c>) per
/// imported value that differs, at the hand-written fact, for <c>factbase lint</c>. The hand-written value is the
/// one used either way (<see cref="ImportedFacts"/>); the warning asks an editor to look at both.
/// </summary>
public static class ImportDisagreements
{
    /// <summary>Compares each imported entity with the hand-written one that takes precedence over it.</summary>
    /// <param name="overrides">The pairs, from <see cref="Loading.FactLoader.Load(IEnumerable{string}, Knowledge.KnowledgeBase?, int, ICollection{ImportOverride}?)"/>.</param>
    /// <param name="properties">The vocabulary, for the kind of each property.</param>
    /// <returns>One warning per differing value, in the order of <paramref name="overrides"/>.</returns>
    public static IEnumerable<FactDiagnostic> Find(IEnumerable<ImportOverride> overrides, IEnumerable<PropertyDefinition> properties)
    {
        var kinds = new Dictionary<string, PropertyKind>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!kinds.ContainsKey(property.Name))
            {
                kinds.Add(property.Name, property.Kind);
            }
        }

        foreach (var (imported, hand) in overrides.Where(o => o.SameId).Select(o => (o.Imported, o.HandWritten)))
        {
            if (imported.Type != hand.Type)
            {
                yield return Warning(
                    $"'{hand.Id}' is a {Describe(hand.Type)} here, but the imported file {imported.Location} describes {Article(imported.Type)} {Describe(imported.Type)} '{imported.Name}' with the same id; none of the imported facts about it are used",
                    hand.Location);
                continue;
            }

            foreach (var theirs in imported.Facts)
            {
                if (hand.GetFact(theirs.Property) is not { } mine)
                {
                    continue;
                }

                var what = $"'{theirs.Property}' of '{hand.Id}'";
                if (!mine.IsTimeline && !theirs.IsTimeline)
                {
                    if (mine.Date is { } a && theirs.Date is { } b ? !Compatible(a, b) : !string.Equals(mine.Value, theirs.Value, StringComparison.Ordinal))
                    {
                        yield return Warning($"{what} is {mine.Value} here, but the imported file {theirs.Location} says {theirs.Value}", mine.Location);
                    }

                    continue;
                }

                if (!mine.IsTimeline || !theirs.IsTimeline || !kinds.TryGetValue(theirs.Property, out var kind))
                {
                    continue;
                }

                var messages = kind switch
                {
                    PropertyKind.Office => OfficeDifferences(what, mine, theirs),
                    PropertyKind.Members => MemberDifferences(what, mine, theirs),
                    _ => Enumerable.Empty<(string, SourceLocation)>(),
                };
                foreach (var (message, location) in messages)
                {
                    yield return Warning(message, location);
                }
            }
        }
    }

    /// <summary>Whether two dates can both be right: equal at the precision both have (1949 and 1949-04-04 are).</summary>
    /// <param name="a">One date.</param>
    /// <param name="b">The other.</param>
    /// <returns><see langword="true"/> when they do not contradict each other.</returns>
    public static bool Compatible(FactDate a, FactDate b)
        => a.Year == b.Year
           && (a.Precision == DatePrecision.Year || b.Precision == DatePrecision.Year || a.Month == b.Month)
           && (a.Precision != DatePrecision.Day || b.Precision != DatePrecision.Day || a.Day == b.Day);

    private static IEnumerable<(string, SourceLocation)> OfficeDifferences(string what, Fact mine, Fact theirs)
    {
        foreach (var entry in theirs.Timeline)
        {
            var overlapping = mine.Timeline.Where(m => ImportedFacts.Overlap(m, entry)).ToList();
            var other = overlapping.FirstOrDefault(m => !string.Equals(m.Value, entry.Value, StringComparison.Ordinal));
            if (other is not null)
            {
                yield return ($"{what}: the imported file {entry.Location} has '{entry.Value}' {Span(entry)}, but here '{other.Value}' holds it {Span(other)}", other.Location);
                continue;
            }

            var same = overlapping.FirstOrDefault();
            if (same is not null && !SameSpan(same, entry))
            {
                yield return ($"{what}: '{entry.Value}' holds it {Span(same)} here, but {Span(entry)} in the imported file {entry.Location}", same.Location);
            }
        }
    }

    private static IEnumerable<(string, SourceLocation)> MemberDifferences(string what, Fact mine, Fact theirs)
    {
        foreach (var entry in theirs.Timeline)
        {
            var periods = mine.Timeline.Where(m => string.Equals(m.Value, entry.Value, StringComparison.Ordinal)).ToList();
            var overlapping = periods.FirstOrDefault(m => ImportedFacts.Overlap(m, entry));
            if (overlapping is null)
            {
                var where = periods.Count > 0 ? periods[0].Location : mine.Location;
                yield return ($"{what}: the imported file {entry.Location} lists '{entry.Value}' as a member {Span(entry)}, but the list here does not", where);
            }
            else if (!SameSpan(overlapping, entry))
            {
                yield return ($"{what}: '{entry.Value}' is a member {Span(overlapping)} here, but {Span(entry)} in the imported file {entry.Location}", overlapping.Location);
            }
        }
    }

    private static bool SameSpan(TimelineEntry a, TimelineEntry b)
        => Compatible(a.From, b.From) && (a.To is { } x ? b.To is { } y && Compatible(x, y) : b.To is null);

    private static string Span(TimelineEntry entry) => entry.To is { } to ? $"from {entry.From} to {to}" : $"from {entry.From}";

    private static string Describe(EntityType type) => type.ToString().ToLowerInvariant();

    private static string Article(EntityType type) => type is EntityType.Organization or EntityType.Other ? "an" : "a";

    private static FactDiagnostic Warning(string message, SourceLocation location)
        => new(FactDiagnosticIds.ImportDisagreement, FactDiagnosticSeverity.Warning, message, location);
}
