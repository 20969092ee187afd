using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules;
using FactBase.Checking.Rules.Date;
using FactBase.Checking.Time;
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

        return k < 0 || original[k] is '\n' or '\r';
    }

    /// <summary>The organisation and members property a lead-in sentence introduces, and the date it says its members joined
    /// ("In 2004 seven countries joined NATO:", "Joined on 1 May 2004"), or <see langword="null"/>.</summary>
    /// <param name="tokens">The lead-in's tokens.</param>
    /// <param name="mentions">The entities it names.</param>
    /// <param name="inContext">The one organisation (of those accepted) the text referred to before, for a dated lead-in that
    /// names none.</param>
    public (Entity Organization, PropertyDefinition Property, FactDate? Date)? LeadIn(IReadOnlyList<Token> tokens, IReadOnlyList<Mention>? mentions, Func<Func<Entity, bool>, Entity?> inContext)
    {
        var date = JoiningDate(tokens);
        if (mentions is null)
        {
            if (date is null || inContext(e => Members(e) is not null) is not { } implied)
            {
                return null;
            }

            return (implied, Members(implied)!, date);
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
            if (date is null || inContext(e => Members(e) is not null) is not { } implied)
            {
                return null;
            }

            return (implied, Members(implied)!, date);
        }

        if (date is not null)
        {
            return (organization, property, date);
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

        return saysMember && saysJoining ? (organization, property, null) : null;
    }

    /// <summary>The one date a lead-in that speaks of joining names ("Joined on 1 May 2004", "In 2004 seven countries
    /// joined:"); none when it names none, or two.</summary>
    private FactDate? JoiningDate(IReadOnlyList<Token> tokens)
    {
        var joining = false;
        FactDate? date = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && (token.IsWord("joined") || token.IsWord("joining") || token.IsWord("acceded")))
            {
                joining = true;
            }

            if ((token.Kind == TokenKind.Number || DateExpression.MonthOf(token) > 0) && DateExpression.Read(tokens, i) is { } read)
            {
                if (date is not null)
                {
                    return null;
                }

                date = read.Date;
                i += read.Length - 1;
            }
        }

        return joining ? date : null;
    }

    /// <summary>The joining-date claim of a list item or table row ("Estonia (2004)", "| Estonia | 2004 |"), or of an item
    /// that is only a name under a dated lead-in ("- Estonia" under "Joined on 1 May 2004").</summary>
    public Claim? Item(IReadOnlyList<Token> tokens, IReadOnlyList<Mention>? mentions, Entity organization, PropertyDefinition property, FactDate? leadInDate = null)
    {
        if (mentions is null || mentions.Count != 1 || mentions[0].Kind != MentionKind.Name || mentions[0].IsPossessive
            || mentions[0].Entity.Id == organization.Id)
        {
            return null;
        }

        if (leadInDate is { } date && mentions[0].Entity.Type != EntityType.Person && OnlyTheName(tokens, mentions[0]))
        {
            var name = mentions[0];
            var nameSpan = new TextSpan(tokens[name.First].Span.Start, tokens[name.End - 1].Span.Start + tokens[name.End - 1].Text.Length - tokens[name.First].Span.Start);
            // The span is the name, not the date: nothing there to rewrite (read as a relative time is, never fixed).
            return new JoinDateClaim(nameSpan, name.Entity, organization, property, date) { Reading = TimeReading.Relative };
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

    /// <summary>Whether the item is the name and nothing else but punctuation.</summary>
    private static bool OnlyTheName(IReadOnlyList<Token> tokens, Mention name)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i < name.First || i >= name.End) && tokens[i].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
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
