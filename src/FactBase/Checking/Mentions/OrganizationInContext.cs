using System;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The organization a sentence speaks of without naming it: "Spain, alone among the other 30 allies, ..." after a
/// paragraph about NATO. The one organization with members referred to earlier in the paragraph, else in the document;
/// none when two or more fit at the nearest level that has any (a text about NATO and the EU says whose allies).
/// </summary>
internal static class OrganizationInContext
{
    /// <summary>The one entity satisfying <paramref name="accept"/> referred to before the current sentence.</summary>
    /// <param name="state">What the document referred to so far; the current sentence's own entries are skipped.</param>
    /// <param name="accept">Which entities count (those with members).</param>
    /// <param name="paragraphOnly">Whether to look only in the current paragraph.</param>
    /// <returns>The entity, or <see langword="null"/> when none or several fit.</returns>
    public static Entity? Find(DocumentMentionState state, Func<Entity, bool> accept, bool paragraphOnly)
    {
        var salience = state.Salience;
        Entity? one = null;
        for (var level = 0; level < (paragraphOnly ? 1 : 2); level++)
        {
            for (var k = salience.Count - 1; k >= 0; k--)
            {
                var entry = salience[k];
                if (entry.Sentence == state.Sentence || entry.Kind == MentionKind.Adjective)
                {
                    continue;
                }

                if (level == 0 && entry.Paragraph != state.Paragraph)
                {
                    break;
                }

                if (!accept(entry.Entity))
                {
                    continue;
                }

                if (one is null)
                {
                    one = entry.Entity;
                }
                else if (!string.Equals(one.Id, entry.Entity.Id, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            if (one is not null)
            {
                return one;
            }
        }

        return null;
    }
}
