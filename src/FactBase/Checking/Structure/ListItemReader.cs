using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules;
using FactBase.Checking.Rules.Date;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Structure;

/// <summary>
/// Reads the items of a Markdown list (or the rows of a pipe table) under a lead-in as claims: under "NATO members and
/// the year they joined:", the item "Estonia (2004)" says Estonia joined NATO in 2004. The lead-in is the heading or
/// paragraph right before the list; it must name exactly one organisation with members, say "member" (or another noun
/// of its members property), and speak of joining (a verb of the property, or "joined", "since", "year"). An item
/// gives a claim only when it names one other entity and one year, and nothing else that could be a verb of its own.
/// </summary>
internal sealed class ListItemReader
{
    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase) { "joined", "since", "year", "years", "accession", "joining" };

    private readonly VocabularyIndex _vocabulary;

    public ListItemReader(VocabularyIndex vocabulary)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>Whether a block is a list item: only a list marker ("-", "*", "+", "1.") stands before it on its line.</summary>
    public static bool IsListItem(string original, TextSpan block)
    {
        var k = block.Start - 1;
        while (k >= 0 && original[k] is ' ' or '\t')
        {
            k--;
        }

        if (k < 0)
        {
            return false;
        }

        if (original[k] is '-' or '*' or '+')
        {
            k--;
        }
        else if (original[k] is '.' or ')' && k > 0 && char.IsDigit(original[k - 1]))
        {
            k--;
            while (k >= 0 && char.IsDigit(original[k]))
            {
                k--;
            }
        }
        else
        {
            return false;
        }

        while (k >= 0 && original[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || original[k] == '\n';
    }

    /// <summary>The organisation and members property a lead-in sentence introduces, or <see langword="null"/>.</summary>
    public (Entity Organization, PropertyDefinition Property)? LeadIn(IReadOnlyList<Token> tokens, IReadOnlyList<Mention>? mentions)
    {
        if (mentions is null)
        {
            return null;
        }

        Entity? organization = null;
        PropertyDefinition? property = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind is MentionKind.Adjective or MentionKind.Surname)
            {
                continue;
            }

            var members = Members(mention.Entity);
            if (members is null)
            {
                continue;
            }

            if (organization is not null && organization.Id != mention.Entity.Id)
            {
                return null; // two organisations: whose list it is is unclear
            }

            organization = mention.Entity;
            property = members;
        }

        if (organization is null || property is null)
        {
            return null;
        }

        var saysMember = false;
        var saysJoining = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (length, nouns) = _vocabulary.MatchNoun(tokens, i);
            saysMember |= length > 0 && nouns.Contains(property);
            var (verbLength, verbs) = _vocabulary.MatchVerb(tokens, i);
            saysJoining |= (verbLength > 0 && verbs.Contains(property)) || (tokens[i].Kind == TokenKind.Word && JoiningWords.Contains(tokens[i].Text));
        }

        return saysMember && saysJoining ? (organization, property) : null;
    }

    /// <summary>The joining-date claim of a list item or table row ("Estonia (2004)", "| Estonia | 2004 |").</summary>
    public Claim? Item(IReadOnlyList<Token> tokens, IReadOnlyList<Mention>? mentions, Entity organization, PropertyDefinition property)
    {
        if (mentions is null || mentions.Count != 1 || mentions[0].Kind != MentionKind.Name || mentions[0].IsPossessive
            || mentions[0].Entity.Id == organization.Id)
        {
            return null;
        }

        var member = mentions[0];
        var yearAt = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i >= member.First && i < member.End)
            {
                continue;
            }

            var token = tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                if (yearAt >= 0 || i < member.End || !IsYear(token.Text))
                {
                    return null; // a second number, a number before the name, or one that is no year
                }

                yearAt = i;
            }
            else if (token.Kind == TokenKind.Word)
            {
                // Words other than the name (a note such as "founding member", "left in 1966") make it a sentence of its
                // own, which the rules read as such.
                return null;
            }
        }

        if (yearAt < 0)
        {
            return null;
        }

        var year = tokens[yearAt];
        var span = new TextSpan(year.Span.Start, year.Text.Length);
        return new JoinDateClaim(span, member.Entity, organization, property, new FactDate(int.Parse(year.Text, CultureInfo.InvariantCulture)));
    }

    private static bool IsYear(string text)
        => text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 2999;

    private PropertyDefinition? Members(Entity entity)
    {
        foreach (var p in _vocabulary.MemberProperties)
        {
            if (p.Kind == PropertyKind.Members && entity.GetFact(p.Name) is { IsTimeline: true })
            {
                return p;
            }
        }

        return null;
    }
}
