using System.Collections.Generic;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The surnames of the people who have held one office, each with the person's place in the knowledge base: a word after
/// a title ("Prime Minister Starmar") is compared with these strings, and only a person whose surname is close is made.
/// </summary>
/// <remarks>
/// Made from the surname table of <see cref="PersonNames"/> (surnames as keys, case ignored), so making it reads no entity:
/// a compiled snapshot's knowledge base would otherwise make every holder of the office (tens of thousands in a large
/// knowledge base) to read their surnames for one title in one article.
/// </remarks>
internal sealed class OfficeHolderSurnames
{
    private readonly string[] _surnames;
    private readonly int[] _places;

    private OfficeHolderSurnames(string[] surnames, int[] places)
    {
        _surnames = surnames;
        _places = places;
    }

    /// <summary>The number of (surname, holder) pairs.</summary>
    public int Count => _surnames.Length;

    /// <summary>A surname (as the surname table keeps it; case ignored) of a holder.</summary>
    public string Surname(int index) => _surnames[index];

    /// <summary>The place in the knowledge base of the holder with <see cref="Surname"/>.</summary>
    public int Place(int index) => _places[index];

    /// <summary>The pairs of the people in <paramref name="holders"/> (places) found in <paramref name="bySurname"/>, in
    /// the table's order.</summary>
    public static OfficeHolderSurnames Of(IReadOnlyList<(string Key, int[] People)> bySurname, int[] holders, int entityCount)
    {
        var held = new bool[entityCount];
        foreach (var place in holders)
        {
            held[place] = true;
        }

        var surnames = new List<string>(holders.Length);
        var places = new List<int>(holders.Length);
        foreach (var (key, people) in bySurname)
        {
            foreach (var person in people)
            {
                if ((uint)person < (uint)held.Length && held[person])
                {
                    surnames.Add(key);
                    places.Add(person);
                }
            }
        }

        return new OfficeHolderSurnames(surnames.ToArray(), places.ToArray());
    }
}
