using System.Collections.Generic;

namespace FactBase.Checking.Mentions;

/// <summary>The tables of <see cref="PersonNames"/> as plain data, which a compiled snapshot keeps: people by their place in
/// the knowledge base, each list in the knowledge base's order.</summary>
/// <param name="BySurname">Each surname (case ignored) and the people whose name or an alias of more than one word ends with it.</param>
/// <param name="ByGivenName">Each given name (case ignored) and the people whose name or an alias starts with it.</param>
/// <param name="AllWords">Every word of a person's name or alias.</param>
/// <param name="Holders">Each office property and the people who have held it anywhere.</param>
internal sealed record PersonNamesData(
    IReadOnlyList<(string Key, int[] People)> BySurname,
    IReadOnlyList<(string Key, int[] People)> ByGivenName,
    IReadOnlyList<string> AllWords,
    IReadOnlyList<(string Key, int[] People)> Holders);
