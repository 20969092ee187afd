using System;
using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The one entity named lately that fits what a phrase says of it: named in this sentence before the phrase, or in the
/// sentences just before it. Readers that lean on the facts to find what an unnamed phrase means ("the 65-year-old",
/// "The Nordic country joined NATO last April") use it, and stay silent when two different entities fit.
/// </summary>
internal static class OneEntityNamedLately
{
    /// <summary>The one entity that fits, or <see langword="null"/> when none or two different ones do.</summary>
    /// <param name="mentions">The sentence's mentions, or <see langword="null"/>.</param>
    /// <param name="before">Only this sentence's mentions that end by this token count.</param>
    /// <param name="state">What the document named before this sentence, or <see langword="null"/>.</param>
    /// <param name="reach">How many sentences back an entity may be named; <see langword="null"/> for any.</param>
    /// <param name="adjectives">Whether an adjective ("Finnish") names its entity here.</param>
    /// <param name="fits">What the entity must be.</param>
    /// <returns>The entity.</returns>
    public static Entity? Find(IReadOnlyList<Mention>? mentions, int before, DocumentMentionState? state, int? reach, bool adjectives, Func<Entity, bool> fits)
    {
        Entity? found = null;
        bool Consider(Entity e)
        {
            if ((found is not null && found.Id == e.Id) || !fits(e))
            {
                return true;
            }

            if (found is not null)
            {
                return false; // two fit: which one is meant is not known
            }

            found = e;
            return true;
        }

        if (mentions is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.End <= before && (adjectives || mention.Kind != MentionKind.Adjective) && !Consider(mention.Entity))
                {
                    return null;
                }
            }
        }

        if (state is not null)
        {
            for (var k = state.Salience.Count - 1; k >= 0; k--)
            {
                var entry = state.Salience[k];
                if (entry.Sentence >= state.Sentence)
                {
                    continue; // this sentence's own: its mentions above
                }

                if (reach is { } r && entry.Sentence < state.Sentence - r)
                {
                    break;
                }

                if ((adjectives || entry.Kind != MentionKind.Adjective) && !Consider(entry.Entity))
                {
                    return null;
                }
            }
        }

        return found;
    }
}
