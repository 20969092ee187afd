using System;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads a term in office written after a name: "Javier Solana (1995–1999)" in a list of holders. The years say the person
/// held some office then, and the text does not say which, so the claim is about any office the facts give the person and is
/// only ever confirmed (the office may be one the facts do not list).
/// </summary>
internal static class TenureReader
{
    /// <summary>The tenure after <paramref name="person"/>: "( YEAR – YEAR )" or "( YEAR - YEAR )".</summary>
    public static Claim? After(SentenceContext s, Mention person)
    {
        var k = person.End;
        if (person.Entity.Type != EntityType.Person || person.IsPossessive || s.TokenAt(k)?.Is('(') != true
            || s.TokenAt(k + 1) is not { } from || !DateExpression.IsYear(from, out var first)
            || s.TokenAt(k + 2) is not { Kind: TokenKind.Punctuation, Text: "–" or "-" or "—" }
            || s.TokenAt(k + 3) is not { } to || !DateExpression.IsYear(to, out var last)
            || s.TokenAt(k + 4)?.Is(')') != true || last < first)
        {
            return null;
        }

        var terms = s.KnowledgeBase.GetTermsOf(person.Entity.Id);
        if (terms.Count == 0)
        {
            return null;
        }

        var offices = new System.Collections.Generic.List<OfficeRef>(terms.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            var office = new OfficeRef(terms[t].Organization, terms[t].Property);
            if (!offices.Contains(office))
            {
                offices.Add(office);
            }
        }

        // Held in the first year or the last: the term's own years, as lists of holders write them.
        var time = new TimeContext(new FactDate(first), new[] { new FactDate(last) }, s.Time.AsOf);
        var span = new TextSpan(person.Span.Start, s.TokenSpan[k + 4].Span.End - person.Span.Start);
        return new RoleClaim(span, person.Entity, offices, RoleTense.Then, time) { ConfirmOnly = true };
    }
}
