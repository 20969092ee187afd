using FactBase.Model;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// A period read from one statement, before the items it names are resolved: "<paramref name="Value"/> holds
/// <paramref name="Property"/> of <paramref name="Organization"/>" (a holder of an office, a member of an organization).
/// </summary>
/// <param name="Organization">The item whose timeline it is (a country, an organization).</param>
/// <param name="Property">The FactBase property: an office or members.</param>
/// <param name="IsOffice">Whether it is an office (one holder at a time) rather than members.</param>
/// <param name="Value">The item of the holder or member.</param>
/// <param name="From">The start time, or <see langword="null"/> when the statement gives none that is usable.</param>
/// <param name="To">The end time, or <see langword="null"/> when it still holds.</param>
/// <param name="EndUnknown">Whether it ended at a time Wikidata does not know (<c>somevalue</c>) or gives too coarsely.</param>
/// <param name="Rank">The statement's rank.</param>
/// <param name="Statement">The item whose statement it is, and the statement (<c>Q7747 P39 Q218295</c>), for notes.</param>
/// <param name="Source">The item whose statement it is: the period's source.</param>
internal sealed record TimelineClaim(
    string Organization,
    string Property,
    bool IsOffice,
    string Value,
    FactDate? From,
    FactDate? To,
    bool EndUnknown,
    WikidataRank Rank,
    string Statement,
    string Source);
