using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads a plural title shared by the names after it: "Former presidents George W. Bush, Bill Clinton and Barack Obama",
/// "former prime ministers X and Y": one role claim per name, each checked like "Former President X".
/// </summary>
internal static class SharedTitleReader
{
    /// <summary>The claims when <paramref name="person"/> is the first name after a plural title.</summary>
    public static void Read(SentenceContext s, Mention person, ref List<Claim>? claims)
    {
        var before = person.First - 1;
        if (before < 0 || person.Entity.Type != EntityType.Person || s.TokenSpan[before] is not { Kind: TokenKind.Word } plural
            || plural.Text.Length < 4 || plural.Text[plural.Text.Length - 1] != 's' || plural.IsPossessive || s.MentionAt(before) is not null)
        {
            return;
        }

        // The title with its last word made singular, ending right before the name.
        var start = Math.Max(0, before - 3);
        var window = s.TokenSpan.Slice(start, before - start + 1).ToArray();
        window[window.Length - 1] = plural with { Text = plural.Text.Substring(0, plural.Text.Length - 1) };
        for (var i = 0; i < window.Length; i++)
        {
            var (length, offices) = s.Vocabulary.MatchTitle(window, i);
            if (length != window.Length - i)
            {
                continue;
            }

            var title = start + i;
            if (RoleClaimExtractor.IsOtherOfficeWord(s.TokenSpan[title].Text) || (title > 0 && RoleClaimExtractor.IsOtherOfficeWord(s.TokenSpan[title - 1].Text)))
            {
                return;
            }

            foreach (var named in Names(s, person))
            {
                if (RoleClaimExtractor.SharedTitleClaim(s, title, named, offices) is { } claim)
                {
                    (claims ??= new List<Claim>()).Add(claim);
                }
            }

            return;
        }
    }

    // "X, Y and Z", "X and Y": the names of a list that starts with the first; a list that goes on with anything else
    // ("X and the queen") is not read.
    private static List<Mention> Names(SentenceContext s, Mention first)
    {
        var names = new List<Mention> { first };
        var k = first.End;
        while (true)
        {
            if (ExtractorHelpers.NextConjunct(s, k) is not ({ IsPossessive: false } more, var and) || more.Entity.Type != EntityType.Person)
            {
                return names.Count > 1 && !s.IsWordAt(k - 1, "and") ? names : new List<Mention>();
            }

            names.Add(more);
            k = more.End;
            if (and)
            {
                return names;
            }
        }
    }
}
