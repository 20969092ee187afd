using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// "the post" in a relative clause after a name with no title before it: "taking over from X, who had held the post since
/// 2012", "replacing X, who had been in office since 2020", "X, who has held the job since 2019". The post is the office the
/// sentence is about, which the clause does not name, so the claim is about any office the facts give the person and is only
/// confirmed: the person's unbroken run in an office held at the sentence's time began by the date written.
/// </summary>
/// <remarks>After a title ("Chancellor X, who has held the post since 2021") <see cref="RelativeTermReader"/> reads the clause
/// for the office the title names.</remarks>
internal static class HeldPostReader
{
    private static readonly string[] OfficeNouns = { "post", "office", "job", "role", "position", "presidency", "premiership" };

    /// <summary>The claim of the clause after <paramref name="person"/>, or <see langword="null"/>.</summary>
    public static Claim? After(SentenceContext s, Mention person)
    {
        var k = person.End;
        if (person.IsPossessive || s.TokenAt(k)?.Is(',') != true || !s.IsWordAt(k + 1, "who") || !s.IsWordAt(k + 2, "has", "had")
            || (person.First > 0 && (s.CuesAt(person.First - 1) & TokenCues.Title) != 0))
        {
            return null;
        }

        k += 3;
        if (s.IsWordAt(k, "held", "occupied") && s.IsWordAt(k + 1, "the") && s.IsWordAt(k + 2, OfficeNouns))
        {
            k += 3;
        }
        else if (s.IsWordAt(k, "been") && s.IsWordAt(k + 1, "in") && s.IsWordAt(k + 2, "office", "power"))
        {
            k += 3;
        }
        else
        {
            return null;
        }

        if (!s.IsWordAt(k, "since") || DateExpression.Read(s.TokenSpan, k + 1) is not { } date || !SinceReader.HasYear(s, k + 1, date.Length)
            || (s.TokenAt(k + 1 + date.Length) is { } next && !(next.Is(',') || next.Is('.') || next.Is(';') || next.IsWord("and"))))
        {
            return null;
        }

        var terms = s.KnowledgeBase.GetTermsOf(person.Entity.Id);
        if (terms.Count == 0)
        {
            return null;
        }

        var offices = new List<OfficeRef>(terms.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            var office = new OfficeRef(terms[t].Organization, terms[t].Property);
            if (!offices.Contains(office))
            {
                offices.Add(office);
            }
        }

        var last = s.TokenSpan[k + date.Length];
        return new SinceClaim(new TextSpan(person.Span.Start, last.Span.End - person.Span.Start), person.Entity, offices, date.Date, s.Time) { ConfirmOnly = true };
    }
}
