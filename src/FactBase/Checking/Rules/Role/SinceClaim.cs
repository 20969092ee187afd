using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>That a person has held an office without a break since a date: "Mateusz Morawiecki, prime minister since
/// 2017", "Erdoğan, Turkey's president since 2014".</summary>
/// <param name="Span">The words from the name to the date.</param>
/// <param name="Subject">The person.</param>
/// <param name="Offices">The offices the title may mean.</param>
/// <param name="Since">The date written after "since" (with its year).</param>
/// <param name="Time">The time the sentence speaks of: the term must run then.</param>
public sealed record SinceClaim(TextSpan Span, Entity Subject, IReadOnlyList<OfficeRef> Offices, FactDate Since, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject)
{
    /// <summary>Whether the run is told in the past perfect ("X, who had been prime minister since 2008, resigned"): it
    /// reaches up to the time spoken of, and may have ended just before it.</summary>
    public bool Perfect { get; init; }

    /// <summary>For "in power since": the office the text ties the person to (a title before the name, or the one office
    /// <see cref="NamedOffice"/> gives), while <see cref="Offices"/> holds all of the person's offices, whose terms one
    /// after another make the run. <see langword="null"/> for any other run.</summary>
    public OfficeRef? InPowerAs { get; init; }
}
