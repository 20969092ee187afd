using System;
using System.Collections.Generic;
using System.Text;
using FactBase.Knowledge;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Role;

/// <summary>Checks when a person's term in an office began (and ended) against the office's timeline.</summary>
/// <remarks>Silent (<see langword="null"/>) when the person never held the office (the role reading says so), when the facts
/// list no holder of the office as early as the date written (an earlier term may be missing from them), and, for a range,
/// when the term is still running and the end written is not yet past.</remarks>
public sealed class TermClaimVerifier : IClaimVerifier
{
    /// <summary>How long after an election or appointment the term may begin, in days (a president elected in November
    /// takes office in January; a secretary general is appointed months ahead).</summary>
    private const int ChosenAhead = 160;

    /// <summary>How long after the end of a year written alone ("elected in 2020") the term may begin, in days.</summary>
    private const int ChosenAheadOfYear = 90;

    /// <inheritdoc/>
    public Type ClaimType => typeof(TermClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((TermClaim)claim, context);

    private static ClaimVerdict? Verify(TermClaim c, VerificationContext v)
    {
        var terms = RoleClaimVerifier.TermsIn(v.KnowledgeBase.GetTermsOf(c.Subject.Id), c.Offices);

        if (terms.Count == 0)
        {
            return null;
        }

        var office = new OfficeRef(terms[0].Organization, terms[0].Property);
        var fact = office.Organization.GetFact(office.Property.Name)!;
        for (var t = 0; t < terms.Count; t++)
        {
            if (Began(c, terms[t]))
            {
                if (c.To is not { } to)
                {
                    return v.Supported(office.Organization, office.Property.Name, terms[t].Fact.Location, $"{c.Subject.Name} became {Wording.Office(office.Property, office.Organization)} {v.Words.On(terms[t].From)}");
                }

                for (var e = 0; e < terms.Count; e++)
                {
                    if (terms[e].From >= terms[t].From && Ended(terms[e], to))
                    {
                        return v.Supported(office.Organization, office.Property.Name, terms[e].Fact.Location, $"{c.Subject.Name} was {Wording.Office(office.Property, office.Organization)} from {v.Words.Date(terms[t].From)} to {v.Words.Date(terms[e].To!.Value)}");
                    }

                    if (terms[e].From >= terms[t].From && terms[e].To is null && to.LastDayNumber >= c.Time.AsOf.DayNumber)
                    {
                        // Still in office, and the end written is not past yet: nothing to say of it.
                        return null;
                    }
                }
            }
        }

        // Only one office meant, and the facts know its holders at the date written: else an earlier term may be missing.
        // An election or appointment while already in office is a re-election the facts may hold as one term ("President
        // Putin, who was elected in 2024"): nothing to say of it.
        // "between 2010 and 2013" of a term from 2009 to 2014: some time within it, true as far as it goes.
        if (!IsOneOffice(c.Offices) || !Recorded(fact, c.From) || ((c.Chosen || c.Taken) && HeldBefore(terms, c.From)) || (c.Within && Overlaps(terms, c.From, c.To!.Value)))
        {
            return null;
        }

        var held = Held(terms, v.Words);
        var title = Wording.Office(office.Property, office.Organization);
        var written = c.To is not { } end ? v.Words.On(c.From)
            : c.Within ? $"between {v.Words.Date(c.From)} and {v.Words.Date(end)}" : $"from {v.Words.Date(c.From)} to {v.Words.Date(end)}";
        string message;
        if (c.To is not null)
        {
            message = $"{c.Subject.Name} was {title} {held}, not {written}";
        }
        else if (terms.Count == 1)
        {
            message = c.Chosen
                ? $"{c.Subject.Name} took office as {title} {v.Words.On(terms[0].From)}: an election or appointment {written} does not fit"
                : $"{c.Subject.Name} became {title} {v.Words.On(terms[0].From)}, not {written}";
        }
        else
        {
            message = $"{c.Subject.Name} was {title} {held}: no term began {written}";
        }

        return ClaimVerdict.Contradicted(message, held, null, office.Organization, office.Property.Name, terms[0].Fact.Location);
    }

    // Whether a term runs at some time from the first date written to the last.
    private static bool Overlaps(List<OfficeTerm> terms, FactDate from, FactDate to)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].From.DayNumber <= to.LastDayNumber && (terms[t].To is not { } end || end.DayNumber > from.DayNumber))
            {
                return true;
            }
        }

        return false;
    }

    // A term that began before the date written and had not ended by its start.
    private static bool HeldBefore(List<OfficeTerm> terms, FactDate at)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].From.DayNumber < at.DayNumber && (terms[t].To is not { } to || to.DayNumber >= at.DayNumber))
            {
                return true;
            }
        }

        return false;
    }

    // The start written matches the term's start (or another accepted start); for an election or appointment, the term
    // may begin a season after it.
    private static bool Began(TermClaim c, OfficeTerm term)
    {
        if (MatchesAny(c.From, term.From, term.Entry?.AlsoFrom ?? default, out _))
        {
            return true;
        }

        // A year alone ends on 31 December: a choice made late in it leads to a term that begins by spring ("elected in
        // 2020", in office in January 2021), not by summer ("elected in 2018" for a term that began in May 2019).
        var ahead = c.From.Precision == DatePrecision.Year ? ChosenAheadOfYear : ChosenAhead;
        return c.Chosen && term.EarliestFromDay >= c.From.DayNumber && term.EarliestFromDay <= c.From.LastDayNumber + ahead;
    }

    // The end written matches the first day out of office or the last day in it.
    internal static bool Ended(OfficeTerm term, FactDate written)
    {
        if (term.To is not { } to)
        {
            return false;
        }

        if (MatchesAny(written, to, term.Entry?.AlsoTo ?? default, out _))
        {
            return true;
        }

        return to.Precision == DatePrecision.Day && SameAtPrecision(written, FactDate.FromDateTime(new DateTime(to.Year, to.Month, to.Day).AddDays(-1)));
    }

    internal static bool IsOneOffice(IReadOnlyList<OfficeRef> offices)
    {
        for (var i = 1; i < offices.Count; i++)
        {
            if (offices[i] != offices[0])
            {
                return false;
            }
        }

        return offices.Count > 0;
    }

    // Whether the timeline of the office has a holder on or before the date written: the facts cover that time.
    internal static bool Recorded(Fact fact, FactDate written)
    {
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            if (fact.Timeline[i].From.DayNumber <= written.DayNumber)
            {
                return true;
            }
        }

        return false;
    }

    // "from 14 October 2010 to 2 July 2024", "from 1996 to 1999 and from 2009 to 2021": the person's terms as the facts give them.
    internal static string Held(List<OfficeTerm> terms, Wording words)
    {
        var text = new StringBuilder();
        for (var t = 0; t < terms.Count; t++)
        {
            if (t > 0)
            {
                text.Append(t == terms.Count - 1 ? " and " : ", ");
            }

            text.Append("from ").Append(words.Date(terms[t].From));
            if (terms[t].To is { } to)
            {
                text.Append(" to ").Append(words.Date(to));
            }
        }

        return terms.Count == 1 && terms[0].To is null ? $"since {words.Date(terms[0].From)}" : text.ToString();
    }
}
