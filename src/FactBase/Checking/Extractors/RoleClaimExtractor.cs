using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Claims;
using FactBase.Checking.Mentions;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Extractors;

/// <summary>
/// Finds who holds an office: "NATO Secretary General Mark Rutte", "Ukrainian President Volodymyr Zelenskyy",
/// "President of Ukraine Volodymyr Zelenskyy", "Defense Secretary Pete Hegseth", "Rishi Sunak, Britain's prime minister,",
/// "Pete Hegseth, the US defense secretary", with "former", "ex-" and "then-".
/// </summary>
public sealed class RoleClaimExtractor : IClaimExtractor
{
    /// <summary>Words that make a title mean another office or a non-holder ("Vice President", "President-elect").</summary>
    private static readonly HashSet<string> OtherOffice = new(StringComparer.OrdinalIgnoreCase)
    {
        "vice", "deputy", "assistant", "under", "acting", "interim", "incoming", "future", "late", "would", "designate", "elect",
        "first", "shadow", "nominee", "candidate", "associate", "senior", "chief", "lady", "prospective", "potential", "next", "sub",
    };

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        var t = s.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (s.MentionAt(i) is not null)
            {
                continue;
            }

            var (length, offices) = s.Vocabulary.MatchTitle(t, i);
            if (length == 0)
            {
                continue;
            }

            var claim = TitleBeforeName(s, i, length, offices) ?? NameBeforeTitle(s, i, length, offices);
            if (claim is not null)
            {
                yield return claim;
            }

            i += length - 1;
        }
    }

    // [former|then-] [Qualifier] Title [of Qualifier] [,] Person
    private static Claim? TitleBeforeName(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var end = title + length;
        if (IsOtherOffice(s, title - 1) || (s.TokenAt(end)?.Is('-') == true && IsOtherOffice(s, end + 1)))
        {
            return null;
        }

        var qualifier = s.MentionEndingBefore(title) is { } q && q.Entity.Type != EntityType.Person ? q : null;
        if (qualifier is null && s.IsWordAt(end, "of"))
        {
            var k = s.IsWordAt(end + 1, "the") ? end + 2 : end + 1;
            if (s.MentionStartingAt(k) is { } after && after.Entity.Type != EntityType.Person)
            {
                qualifier = after;
                end = after.End;
            }
        }

        if (s.TokenAt(end)?.Is(',') == true && qualifier is not null)
        {
            end++;
        }

        if (s.MentionStartingAt(end) is not { } person || person.Entity.Type != EntityType.Person || s.TokenAt(title - 1)?.IsPossessive == true && qualifier is null)
        {
            return null;
        }

        // Without a qualifier only a capitalized title before a name is a title ("President Trump", not "the president Trump said").
        if (qualifier is null && !s.Tokens[title].IsCapitalized)
        {
            return null;
        }

        var tense = Tense(s, qualifier?.First < title ? qualifier.First : title);
        return Make(s, person, qualifier?.Entity, offices, tense);
    }

    // Person, [the|a] [former] Qualifier['s] title
    private static Claim? NameBeforeTitle(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        if (s.MentionEndingBefore(title) is not { } qualifier || qualifier.Entity.Type == EntityType.Person || IsOtherOffice(s, qualifier.First - 1))
        {
            return null;
        }

        var k = qualifier.First - 1;
        var tense = RoleTense.Current;
        if (s.IsWordAt(k, "former"))
        {
            tense = RoleTense.Former;
            k--;
        }

        if (s.IsWordAt(k, "the", "a", "an"))
        {
            k--;
        }

        if (s.TokenAt(k)?.Is(',') != true || s.MentionEndingBefore(k) is not { } person || person.Entity.Type != EntityType.Person || person.IsPossessive)
        {
            return null;
        }

        return Make(s, person, qualifier.Entity, offices, tense);
    }

    private static Claim? Make(SentenceContext s, Mention person, Entity? qualifier, IReadOnlyList<PropertyDefinition> offices, RoleTense tense)
    {
        List<OfficeRef> candidates;
        if (qualifier is not null)
        {
            candidates = offices.Where(p => qualifier.GetFact(p.Name) is { IsTimeline: true }).Select(p => new OfficeRef(qualifier, p)).ToList();
        }
        else
        {
            // No qualifier: the offices with this title that this person has ever held; none means we cannot tell which is meant.
            candidates = s.KnowledgeBase.GetTermsOf(person.Entity.Id)
                .Where(term => offices.Any(p => p.Name == term.Property.Name))
                .Select(term => new OfficeRef(term.Organization, term.Property))
                .Distinct()
                .ToList();
        }

        return candidates.Count == 0 ? null : new RoleClaim(person.Span, person.Entity, candidates, tense, s.Time);
    }

    private static RoleTense Tense(SentenceContext s, int start)
    {
        // "former", "ex-", "then-" directly before the qualifier or title (possibly after a determiner).
        if (s.IsWordAt(start - 1, "former"))
        {
            return RoleTense.Former;
        }

        if (s.TokenAt(start - 1)?.Is('-') == true)
        {
            if (s.IsWordAt(start - 2, "ex"))
            {
                return RoleTense.Former;
            }

            if (s.IsWordAt(start - 2, "then"))
            {
                return RoleTense.Then;
            }
        }

        if (s.IsWordAt(start - 1, "then"))
        {
            return RoleTense.Then;
        }

        return RoleTense.Current;
    }

    private static bool IsOtherOffice(SentenceContext s, int index)
        => s.TokenAt(index) is { Kind: TokenKind.Word } token && OtherOffice.Contains(token.Text);
}
