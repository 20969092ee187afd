using System;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The organization a sentence speaks of without naming it: "Spain, alone among the other 30 allies, ..." after a
/// paragraph about NATO. The one organization with members referred to earlier in the paragraph, else in the document;
/// none when two or more fit at the nearest level that has any (a text about NATO and the EU says whose allies). A person
/// who holds an office of such an organization at the article's date stands for it ("Von der Leyen must now ask the 27
/// member states": the facts give the Commission's presidency as an office of the EU); a person holding offices of two
/// counts as two.
/// </summary>
internal static class OrganizationInContext
{
    /// <summary>The one entity satisfying <paramref name="accept"/> referred to before the current sentence.</summary>
    /// <param name="state">What the document referred to so far; the current sentence's own entries are skipped.</param>
    /// <param name="accept">Which entities count (those with members).</param>
    /// <param name="paragraphOnly">Whether to look only in the current paragraph.</param>
    /// <param name="knowledgeBase">The offices of the people named, or <see langword="null"/> to count named organizations only.</param>
    /// <returns>The entity, or <see langword="null"/> when none or several fit.</returns>
    public static Entity? Find(DocumentMentionState state, Func<Entity, bool> accept, bool paragraphOnly, Knowledge.KnowledgeBase? knowledgeBase = null)
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
                    if (entry.Entity.Type == EntityType.Person && knowledgeBase is not null && state.AsOf.Year != 0 && !Led(entry.Entity, knowledgeBase, state.AsOf, accept, ref one))
                    {
                        return null;
                    }

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

    // The organizations (with members) whose office the person holds at the date, added to the one found so far; false
    // when that makes two.
    private static bool Led(Entity person, Knowledge.KnowledgeBase knowledgeBase, FactDate at, Func<Entity, bool> accept, ref Entity? one)
    {
        var terms = knowledgeBase.GetTermsOf(person.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var organization = terms[t].Organization;
            if (!terms[t].Covers(at) || !accept(organization))
            {
                continue;
            }

            if (one is null)
            {
                one = organization;
            }
            else if (!string.Equals(one.Id, organization.Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
