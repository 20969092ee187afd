using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FactBase.Checking.Sentences;
using FactBase.Knowledge;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// The organization a description noun can only mean: "the 27-member bloc" in a text that names no organization with
/// members ("bloc" is a description of the EU alone in the facts). Another body may answer to the noun in the world (an
/// Asian or a Gulf bloc), so a count read through it is only ever confirmed.
/// </summary>
internal static class DescribedOrganization
{
    // Per knowledge base: description (any case) -> the one organization with members that has it, or null when several do.
    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<string, Entity?>> ByNoun = new();

    /// <summary>The one organization with members whose facts list <paramref name="noun"/> among its descriptions.</summary>
    /// <returns>The organization, or <see langword="null"/> when none or several do.</returns>
    /// <remarks>Asked only after "N-member" and a noun of an organization, with nothing named: the table is made once per
    /// knowledge base, on the first such phrase.</remarks>
    public static Entity? Find(SentenceContext s, string noun)
    {
        var table = ByNoun.GetValue(s.KnowledgeBase, _ => Build(s));
        return table.TryGetValue(noun, out var one) ? one : null;
    }

    private static Dictionary<string, Entity?> Build(SentenceContext s)
    {
        var table = new Dictionary<string, Entity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in s.KnowledgeBase.Entities)
        {
            if (entity.Descriptions.Count == 0 || !HasMembers(s, entity))
            {
                continue;
            }

            foreach (var description in entity.Descriptions)
            {
                // Two organizations with one description: it names neither.
                table[description] = !table.TryGetValue(description, out var other) || (other is not null && other.Id == entity.Id) ? entity : null;
            }
        }

        return table;
    }
}
