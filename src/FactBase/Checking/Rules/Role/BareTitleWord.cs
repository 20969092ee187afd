using System;
using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A title shortened to its one main word after "as": "X succeeded Y as secretary in 2015" of a defense secretary, "X
/// replaced Y as chief," of a Pentagon chief. Journalists drop the qualifier once the office is clear, so the word stands
/// for the one office of the person replaced whose longer title has that word.
/// </summary>
/// <remarks>Silent: a word that two of the person's offices share in their titles (a secretary of state and of defense),
/// a word that only qualifies ("prime", "of") or is said of many offices ("as minister"), and a word followed by more of
/// a phrase ("as secretary of the party", "as general secretary", "as secretary at the ministry"): only a clause end,
/// "and" or a date in or on may follow.</remarks>
internal static class BareTitleWord
{
    /// <summary>Words of a title that do not stand for the office alone: qualifiers, and "minister", which alone is said of
    /// any cabinet minister far more often than of a prime minister.</summary>
    private static readonly HashSet<string> NotTheOffice = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "prime", "general", "deputy", "vice", "foreign", "defense", "defence", "state", "minister",
    };

    /// <summary>The one office the facts give <paramref name="person"/> whose longer title has the word at
    /// <paramref name="k"/>, when that word ends the phrase; <see langword="null"/> when none or several.</summary>
    public static OfficeRef? Office(SentenceContext s, int k, Entity person)
    {
        if (s.TokenAt(k) is not { Kind: TokenKind.Word } word || s.MentionAt(k) is not null || NotTheOffice.Contains(word.Text) || !EndsPhrase(s, k + 1))
        {
            return null;
        }

        OfficeRef? found = null;
        var terms = s.KnowledgeBase.GetTermsOf(person.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var office = new OfficeRef(terms[t].Organization, terms[t].Property);
            if (office == found || !InLongerTitle(terms[t].Property, word.Text))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = office;
        }

        return found;
    }

    // Whether one of the office's titles of two or more words has the word as one of them ("Secretary of Defense").
    private static bool InLongerTitle(PropertyDefinition property, string word)
    {
        foreach (var title in property.Titles)
        {
            var words = title.Split(' ', '-');
            if (words.Length < 2)
            {
                continue;
            }

            foreach (var w in words)
            {
                if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool EndsPhrase(SentenceContext s, int k)
        => s.TokenAt(k) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') || next.Is(')') || next.IsWord("and")
           || TermDates.Start(s, k) is not null;
}
