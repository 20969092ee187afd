using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>When a person's term in an office began, or began and ended: "X, who became prime minister in 2016", "X was
/// elected president in 2020", "X was prime minister from 2010 to 2024".</summary>
/// <param name="Span">The words from the name to the last date.</param>
/// <param name="Subject">The person.</param>
/// <param name="Offices">The offices the title may mean; more than one only when no country or organisation narrowed it.</param>
/// <param name="From">When the term began, as written (a year, month or day).</param>
/// <param name="To">When it ended ("to 2024"), or <see langword="null"/> when only the start is stated.</param>
/// <param name="Chosen">Whether the date is of a choice that comes before taking office ("elected", "appointed"): the
/// term may begin up to a season later (a president elected in November takes office in January).</param>
/// <param name="Time">The sentence's time (the article's date for a term that has not ended).</param>
public sealed record TermClaim(TextSpan Span, Entity Subject, IReadOnlyList<OfficeRef> Offices, FactDate From, FactDate? To, bool Chosen, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject)
{
    /// <summary>Whether the text tells of taking office with no title ("X took office in 2017", "was sworn in in 2014",
    /// <see cref="OfficeStartReader"/>): a swearing-in while already in office starts a new term the facts may hold as one,
    /// so a date inside a term the person already held says nothing the facts can check.</summary>
    public bool Taken { get; init; }

    /// <summary>Whether the dates were written "between A and B": the term they name, or some time within one, so only dates
    /// that no term of the person touches are wrong.</summary>
    public bool Within { get; init; }
}
