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
/// Reads a Markdown pipe table of members and the years they joined as claims: under "| Year | New members |", the row
/// "| 2019 | North Macedonia |" says North Macedonia joined in 2019; under "| Country | In NATO since | In the EU since |",
/// the row "| Finland | 2023 | 1995 |" says Finland joined NATO in 2023 and the EU in 1995. A year column is one whose
/// header speaks of joining ("since", "joined", "year", "accession"); its organization is the one its header names, else
/// the one the table's header, the lead-in before it or (failing both) the document is about. A row gives claims only
/// when its member cell holds nothing but names of members that organization has had, and its year cell nothing but a
/// year; anything else ("not a member", "2004 (left 2020)") is left to the reader.
/// </summary>
internal sealed class TableReader
{
    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase) { "joined", "since", "year", "accession", "joining", "entry" };

    private readonly VocabularyIndex _vocabulary;

    public TableReader(VocabularyIndex vocabulary)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>Whether a block is a pipe table: it starts with "|" and its second line is the header's rule ("|---|---|").</summary>
    public static bool IsTable(string original, TextSpan block)
    {
        if (block.Length < 3 || original[block.Start] != '|')
        {
            return false;
        }

        var firstEnd = original.IndexOf('\n', block.Start);
        if (firstEnd < 0 || firstEnd >= block.End)
        {
            return false;
        }

        var secondEnd = original.IndexOf('\n', firstEnd + 1);
        var rule = original.Substring(firstEnd + 1, (secondEnd < 0 || secondEnd > block.End ? block.End : secondEnd) - firstEnd - 1).Trim();
        if (rule.Length < 3 || rule[0] != '|' || rule.IndexOf('-') < 0)
        {
            return false;
        }

        foreach (var c in rule)
        {
            if (c is not ('|' or '-' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The joining-date claims of a table's rows.</summary>
    /// <param name="original">The document's text.</param>
    /// <param name="block">The table.</param>
    /// <param name="mentions">The entities named in the table (spans in the document).</param>
    /// <param name="leadIn">The entities named in the sentence before the table, if any.</param>
    /// <param name="context">The organization the document is about, asked for only when the table and the lead-in name none.</param>
    /// <param name="claims">Where the claims go.</param>
    public void Read(string original, TextSpan block, List<Mention> mentions, IReadOnlyList<Mention>? leadIn, Func<Func<Entity, bool>, Entity?> context, List<Claim> claims)
    {
        var rows = Rows(original, block);
        if (rows.Count < 3)
        {
            return;
        }

        var header = rows[0];
        var saysJoining = false;
        var saysMember = false;
        var yearColumns = new List<int>();
        var columnOrganization = new Entity?[header.Count];
        Entity? tableOrganization = null;
        var severalOrganizations = false;
        for (var c = 0; c < header.Count; c++)
        {
            var cell = original.Substring(header[c].Start, header[c].Length);
            var joining = false;
            foreach (var word in cell.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                joining |= JoiningWords.Contains(word);
                saysMember |= word.StartsWith("member", StringComparison.OrdinalIgnoreCase) || word.StartsWith("countr", StringComparison.OrdinalIgnoreCase);
            }

            saysJoining |= joining;
            foreach (var m in MentionsIn(mentions, header[c]))
            {
                if (Members(m.Entity) is null || m.Kind is MentionKind.Adjective or MentionKind.Surname)
                {
                    continue;
                }

                if (columnOrganization[c] is { } other && other.Id != m.Entity.Id)
                {
                    joining = false; // two organizations in one header: which one is unclear
                }

                columnOrganization[c] = m.Entity;
                severalOrganizations |= tableOrganization is not null && tableOrganization.Id != m.Entity.Id;
                tableOrganization ??= m.Entity;
            }

            if (joining)
            {
                yearColumns.Add(c);
            }
        }

        if (!saysJoining || yearColumns.Count == 0)
        {
            return;
        }

        // The organization of year columns whose header names none: the lead-in's, else the document's.
        Entity? shared = null;
        if (!severalOrganizations && tableOrganization is null)
        {
            if (!saysMember)
            {
                return; // "| Year | Host |": a year of something else
            }

            shared = SoleOrganization(leadIn) ?? context(e => Members(e) is not null);
        }

        for (var r = 2; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count != header.Count)
            {
                continue;
            }

            // The member cell: the one cell that is not a year column and holds names only.
            List<Mention>? members = null;
            for (var c = 0; c < row.Count; c++)
            {
                if (yearColumns.Contains(c))
                {
                    continue;
                }

                if (NamesOnly(original, row[c], mentions) is { } names)
                {
                    if (members is not null)
                    {
                        members = null;
                        break;
                    }

                    members = names;
                }
            }

            if (members is null)
            {
                continue;
            }

            foreach (var c in yearColumns)
            {
                var organization = columnOrganization[c] ?? shared;
                if (organization is null || Members(organization) is not { } property || Year(original, row[c]) is not { } year)
                {
                    continue;
                }

                var timeline = organization.GetFact(property.Name)!.Timeline;
                foreach (var member in members)
                {
                    if (member.Entity.Id != organization.Id && timeline.Any(e => e.Value == member.Entity.Id))
                    {
                        claims.Add(new JoinDateClaim(year.Span, member.Entity, organization, property, year.Date)
                        {
                            SharedBy = members.Count > 1 ? member.Entity.Id + "/" + organization.Id : null,
                        });
                    }
                }
            }
        }
    }

    /// <summary>The cells of each line of the table (spans of their trimmed text).</summary>
    private static List<List<TextSpan>> Rows(string original, TextSpan block)
    {
        var rows = new List<List<TextSpan>>();
        var start = block.Start;
        while (start < block.End)
        {
            var end = original.IndexOf('\n', start);
            if (end < 0 || end > block.End)
            {
                end = block.End;
            }

            var line = original.Substring(start, end - start).TrimEnd('\r', ' ', '\t');
            if (line.Length == 0 || line[0] != '|')
            {
                break;
            }

            var cells = new List<TextSpan>();
            var from = start + 1;
            for (var k = start + 1; k < start + line.Length; k++)
            {
                if (original[k] == '|' && original[k - 1] != '\\')
                {
                    cells.Add(Trim(original, from, k));
                    from = k + 1;
                }
            }

            if (from < start + line.Length)
            {
                cells.Add(Trim(original, from, start + line.Length));
            }

            rows.Add(cells);
            start = end + 1;
        }

        return rows;
    }

    private static TextSpan Trim(string original, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(original[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(original[to - 1]))
        {
            to--;
        }

        return new TextSpan(from, to - from);
    }

    private static IEnumerable<Mention> MentionsIn(List<Mention> mentions, TextSpan cell)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Start >= cell.Start && m.Span.End <= cell.End)
            {
                yield return m;
            }
        }
    }

    /// <summary>The names of a cell that holds only names, commas and "and" ("Albania, Croatia"); else <see langword="null"/>.</summary>
    private static List<Mention>? NamesOnly(string original, TextSpan cell, List<Mention> mentions)
    {
        var names = new List<Mention>();
        var at = cell.Start;
        foreach (var m in MentionsIn(mentions, cell))
        {
            if (m.Kind != MentionKind.Name || m.IsPossessive || !Separator(original, at, m.Span.Start))
            {
                return null;
            }

            names.Add(m);
            at = m.Span.End;
        }

        return names.Count > 0 && Separator(original, at, cell.End) ? names : null;
    }

    private static bool Separator(string original, int from, int to)
    {
        var text = original.Substring(from, to - from).Trim();
        return text.Length == 0 || text == "," || text == "and" || text == ", and";
    }

    private static (FactDate Date, TextSpan Span)? Year(string original, TextSpan cell)
        => cell.Length == 4 && int.TryParse(original.Substring(cell.Start, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 2999
            ? (new FactDate(year), cell)
            : null;

    private Entity? SoleOrganization(IReadOnlyList<Mention>? mentions)
    {
        if (mentions is null)
        {
            return null;
        }

        Entity? sole = null;
        foreach (var m in mentions)
        {
            if (m.Kind is MentionKind.Adjective or MentionKind.Surname || Members(m.Entity) is null)
            {
                continue;
            }

            if (sole is not null && sole.Id != m.Entity.Id)
            {
                return null;
            }

            sole = m.Entity;
        }

        return sole;
    }

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
