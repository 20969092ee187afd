using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// The body a title names by itself: "Commission President", "President of the European Commission" and "Commission chief"
/// are each a general title ("President", "chief") narrowed by words of one body, and the facts give that office to one
/// entity only, so "European Commission President X" is about that entity's office though no name of it is written.
/// </summary>
/// <remarks>A title of its own ("Chancellor", "Defence Secretary", "Secretary of State") names no body: many governments
/// have one that the facts do not list, so it is never taken as the one office the facts hold ("Chancellor Rishi Sunak" was
/// the British chancellor of the exchequer).</remarks>
internal static class OwnBodyTitle
{
    /// <summary>The one office among <paramref name="offices"/> whose titles name its body, with the one entity the facts
    /// give it to; <see langword="null"/> when none or several fit.</summary>
    public static OfficeRef? Of(SentenceContext s, IReadOnlyList<PropertyDefinition> offices)
    {
        OfficeRef? found = null;
        for (var i = 0; i < offices.Count; i++)
        {
            if (!NamesItsBody(offices[i], s.KnowledgeBase.Properties))
            {
                continue;
            }

            var body = OnlyBodyOf(s, offices[i]);
            if (body is null || (found is { } other && other.Organization.Id != body.Id))
            {
                return null;
            }

            found = new OfficeRef(body, offices[i]);
        }

        return found;
    }

    /// <summary>Whether a capitalized word before the title belongs to the name of the body the title names ("European"
    /// of the European Union before "Commission President").</summary>
    public static bool IsWordOfBody(Entity body, string word)
    {
        if (WholeWords.Contain(body.Name, word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var alias in body.Aliases)
        {
            if (WholeWords.Contain(alias, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Every title of the office holds, as whole words and with more words around it, a title of another office.
    private static bool NamesItsBody(PropertyDefinition office, IReadOnlyList<PropertyDefinition> vocabulary)
    {
        if (office.Kind != PropertyKind.Office || office.Titles.Count == 0)
        {
            return false;
        }

        foreach (var title in office.Titles)
        {
            var narrows = false;
            foreach (var other in vocabulary)
            {
                if (other.Kind != PropertyKind.Office || other.Name == office.Name)
                {
                    continue;
                }

                foreach (var general in other.Titles)
                {
                    narrows |= general.Length < title.Length && WholeWords.Contain(title, general, StringComparison.OrdinalIgnoreCase);
                }
            }

            if (!narrows)
            {
                return false;
            }
        }

        return true;
    }

    // The entity whose timeline of the office lists its holders, when the holders held it of one entity only.
    private static Entity? OnlyBodyOf(SentenceContext s, PropertyDefinition office)
    {
        Entity? body = null;
        var holders = PersonNames.Of(s.KnowledgeBase).HoldersOf(office.Name);
        for (var h = 0; h < holders.Count; h++)
        {
            var terms = s.KnowledgeBase.GetTermsOf(holders[h].Id);
            for (var t = 0; t < terms.Count; t++)
            {
                if (terms[t].Property.Name != office.Name)
                {
                    continue;
                }

                if (body is null)
                {
                    body = terms[t].Organization;
                }
                else if (body.Id != terms[t].Organization.Id)
                {
                    return null;
                }
            }
        }

        return body;
    }
}
