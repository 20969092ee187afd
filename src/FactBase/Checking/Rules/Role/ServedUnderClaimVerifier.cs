using System;
using System.Collections.Generic;
using System.Text;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>Checks that a person held an office while the possessor held theirs in the same country or organisation
/// ("X served as Chirac's prime minister"): their terms must overlap.</summary>
/// <remarks>Silent (<see langword="null"/>) when the office's timeline in the facts begins after the possessor's first term
/// there (an earlier holder may be missing), and when the terms touch only around a handover (a few weeks either way).</remarks>
public sealed class ServedUnderClaimVerifier : IClaimVerifier
{
    /// <summary>How many days two terms must share to count as served together, and how far apart they must be to count
    /// as not (a handover takes some days; a term the facts date to the year may start later in it).</summary>
    private const int HandoverDays = 30;

    /// <inheritdoc/>
    public Type ClaimType => typeof(ServedUnderClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((ServedUnderClaim)claim, context);

    private static ClaimVerdict? Verify(ServedUnderClaim c, VerificationContext v)
    {
        if (c.Subject.Id == c.Possessor.Id || c.Office.Organization.GetFact(c.Office.Property.Name) is not { } fact || fact.Timeline.Count == 0)
        {
            return null;
        }

        // A possessor who held other offices of the entity too was served in those: Chirac's prime minister served President
        // Chirac, not Prime Minister Chirac.
        var theirs = Terms(v.KnowledgeBase.GetTermsOf(c.Possessor.Id), c.Office.Organization, null);
        if (theirs.Exists(t => t.Property.Name != c.Office.Property.Name))
        {
            theirs.RemoveAll(t => t.Property.Name == c.Office.Property.Name);
        }
        var held = Terms(v.KnowledgeBase.GetTermsOf(c.Subject.Id), c.Office.Organization, c.Office.Property);
        if (theirs.Count == 0)
        {
            return null;
        }

        var office = Wording.Office(c.Office.Property, c.Office.Organization);
        var near = false;
        foreach (var mine in held)
        {
            foreach (var other in theirs)
            {
                var shared = Shared(mine, other);
                if (shared >= HandoverDays)
                {
                    return v.Supported(c.Office.Organization, c.Office.Property.Name, mine.Fact.Location, $"{c.Subject.Name} was {office} {Span(mine, v.Words)}, while {c.Possessor.Name} was {Wording.Office(other.Property, other.Organization)}");
                }

                near |= shared > -HandoverDays;
            }
        }

        if (near || !Recorded(fact, theirs[0].From))
        {
            return null;
        }

        var possessor = Describe(theirs, v.Words);
        var holders = Holders(fact, theirs, v);
        var message = held.Count == 0
            ? $"{c.Subject.Name} was never {office} by the facts; while {c.Possessor.Name} was {possessor}, {holders}"
            : $"{c.Subject.Name} was {office} {Spans(held, v.Words)}, not while {c.Possessor.Name} was {possessor}; {holders}";
        return ClaimVerdict.Contradicted(message, holders, null, c.Office.Organization, c.Office.Property.Name, fact.Timeline[0].Location);
    }

    // The terms of a person in the offices of one entity (in one office of it when property is given), by start.
    private static List<OfficeTerm> Terms(IReadOnlyList<OfficeTerm> terms, Entity organization, PropertyDefinition? property)
    {
        var found = new List<OfficeTerm>();
        foreach (var term in terms)
        {
            if (term.Organization.Id == organization.Id && (property is null || term.Property.Name == property.Name))
            {
                found.Add(term);
            }
        }

        found.Sort((a, b) => a.From.DayNumber.CompareTo(b.From.DayNumber));
        return found;
    }

    // The days two terms share (negative: the days between them); a term still running runs to the end of time.
    private static long Shared(OfficeTerm a, OfficeTerm b)
    {
        var start = Math.Max(a.From.DayNumber, b.From.DayNumber);
        var end = Math.Min(a.To?.LastDayNumber ?? int.MaxValue, b.To?.LastDayNumber ?? int.MaxValue);
        return (long)end - start;
    }

    // Whether the office's timeline has a holder on or before the date: the facts cover the possessor's time.
    private static bool Recorded(Fact fact, FactDate at)
    {
        foreach (var entry in fact.Timeline)
        {
            if (entry.From.DayNumber <= at.DayNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static string Span(OfficeTerm term, Wording words)
        => term.To is { } to ? $"from {words.Date(term.From)} to {words.Date(to)}" : $"since {words.Date(term.From)}";

    private static string Spans(List<OfficeTerm> terms, Wording words)
    {
        var text = new StringBuilder();
        for (var t = 0; t < terms.Count; t++)
        {
            text.Append(t == 0 ? string.Empty : t == terms.Count - 1 ? " and " : ", ").Append(Span(terms[t], words));
        }

        return text.ToString();
    }

    // "President of France (from 17 May 1995 to 16 May 2007)".
    private static string Describe(List<OfficeTerm> terms, Wording words)
    {
        var text = new StringBuilder();
        for (var t = 0; t < terms.Count; t++)
        {
            text.Append(t == 0 ? string.Empty : t == terms.Count - 1 ? " and " : ", ")
                .Append(Wording.Office(terms[t].Property, terms[t].Organization)).Append(" (").Append(Span(terms[t], words)).Append(')');
        }

        return text.ToString();
    }

    // "the prime ministers were Lionel Jospin, Jean-Pierre Raffarin and Dominique de Villepin": the holders of the office
    // during the possessor's terms.
    private static string Holders(Fact fact, List<OfficeTerm> theirs, VerificationContext v)
    {
        var found = new List<(int From, string Name)>();
        foreach (var entry in fact.Timeline)
        {
            foreach (var other in theirs)
            {
                var start = Math.Max(entry.From.DayNumber, other.From.DayNumber);
                var end = Math.Min(entry.To?.LastDayNumber ?? int.MaxValue, other.To?.LastDayNumber ?? int.MaxValue);
                if ((long)end - start >= HandoverDays && v.KnowledgeBase.TryGetEntity(entry.Value, out var holder) && !found.Exists(f => f.Name == holder.Name))
                {
                    found.Add((entry.From.DayNumber, holder.Name));
                }
            }
        }

        if (found.Count == 0)
        {
            return "the facts list no other holder then";
        }

        found.Sort((a, b) => a.From.CompareTo(b.From));
        var names = found.ConvertAll(f => f.Name);
        var list = new StringBuilder();
        for (var n = 0; n < names.Count; n++)
        {
            list.Append(n == 0 ? string.Empty : n == names.Count - 1 ? " and " : ", ").Append(names[n]);
        }

        return $"the office was held by {list}";
    }
}
