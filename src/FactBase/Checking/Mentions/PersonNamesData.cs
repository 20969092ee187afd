using System.Collections.Generic;
using FactBase.Memory;

namespace FactBase.Checking.Mentions;

/// <summary>The tables of <see cref="PersonNames"/> as plain data, which a compiled snapshot keeps and uses where it lies:
/// people by their place in the knowledge base, each list in the knowledge base's order.</summary>
/// <param name="BySurname">Each surname (case ignored) and the people whose name or an alias of more than one word ends with it.</param>
/// <param name="ByGivenName">Each given name (case ignored) and the people whose name or an alias starts with it.</param>
/// <param name="AllWords">Every word of a person's name or alias (with empty lists).</param>
/// <param name="Holders">Each office property and the people who have held it anywhere.</param>
/// <param name="HolderSurnames">The holders' surnames by office (numbered as in <paramref name="Holders"/>), first letter and length.</param>
internal sealed record PersonNamesData(
    WordLists BySurname,
    WordLists ByGivenName,
    WordLists AllWords,
    IReadOnlyList<(string Key, NumberBlock<int> People)> Holders,
    HolderSurnames HolderSurnames);
