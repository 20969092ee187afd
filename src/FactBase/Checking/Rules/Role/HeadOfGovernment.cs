using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Which office heads a country's government at a time, as the vocabulary's <c>head_of_government</c> says
/// (<see cref="PropertyDefinition.HeadOfGovernment"/>): the country's office marked <c>true</c> (a prime minister, a
/// chancellor), else, where the country has none with a holder, or after that office's last term ended (abolished), its
/// office marked <c>fallback</c> (a president).
/// </summary>
internal static class HeadOfGovernment
{
    /// <summary>The office heading <paramref name="country"/>'s government at <paramref name="at"/>, or
    /// <see langword="null"/> when the vocabulary marks none, several fit, or the facts do not reach back that far.</summary>
    public static OfficeRef? Of(Entity country, FactDate at, IReadOnlyList<PropertyDefinition> properties)
    {
        var first = Office(country, 1, properties);
        if (first is { Office: null })
        {
            return null; // two offices marked true
        }

        if (first is { } head)
        {
            var timeline = head.Fact!.Timeline;
            var ended = true;
            var recorded = false;
            foreach (var entry in timeline)
            {
                recorded |= entry.From.DayNumber <= at.LastDayNumber;
                ended &= entry.To is { } to && to.DayNumber <= at.DayNumber;
            }

            if (!recorded)
            {
                return null; // before the facts' first holder: an earlier one may be missing
            }

            if (!ended)
            {
                return head.Office;
            }
        }

        return Office(country, 2, properties) is { Office: { } fallback } ? fallback : null;
    }

    /// <summary>The offices of the terms that headed their country's government when the person's term in
    /// them began.</summary>
    public static List<OfficeRef> HeldBy(IReadOnlyList<Knowledge.OfficeTerm> terms, IReadOnlyList<PropertyDefinition> properties)
    {
        var found = new List<OfficeRef>();
        foreach (var term in terms)
        {
            var office = new OfficeRef(term.Organization, term.Property);
            if (term.Property.HeadOfGovernment > 0 && !found.Contains(office) && Of(term.Organization, term.From, properties) == office)
            {
                found.Add(office);
            }
        }

        return found;
    }

    // The country's office of this rank with a holder in the facts; Office null when two are.
    private static (OfficeRef? Office, Fact? Fact)? Office(Entity country, int rank, IReadOnlyList<PropertyDefinition> properties)
    {
        (OfficeRef? Office, Fact? Fact)? found = null;
        foreach (var property in properties)
        {
            if (property.HeadOfGovernment != rank || country.GetFact(property.Name) is not { IsTimeline: true } fact || fact.Timeline.Count == 0)
            {
                continue;
            }

            if (found is not null)
            {
                return (null, null);
            }

            found = (new OfficeRef(country, property), fact);
        }

        return found;
    }
}
