using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// "the post" after a name with no title before it: "taking over from X, who had held the post since 2012", "replacing X,
/// who had been in office since 2020", "X, who has held the job since 2019", "X has held the position since 2019". The post
/// is the office <see cref="NamedOffice"/> gives (the one of the person's offices the sentence or paragraph names, else, for
/// "the office" and "in office", their one office; "in power", <see cref="InPowerReader"/>); when it gives none, the claim is about any office the facts give the person and is only confirmed:
/// the person's unbroken run in an office held at the sentence's time began by the date written.
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
        if (s.TokenAt(k)?.Is(',') == true && s.IsWordAt(k + 1, "who"))
        {
            k += 2;
        }

        if (person.IsPossessive || !s.IsWordAt(k, "has", "had"))
        {
            return null;
        }

        // After a title RelativeTermReader reads the clause for the office the title names; "in power" is read here with it.
        var titled = person.First > 0 && (s.CuesAt(person.First - 1) & TokenCues.Title) != 0;

        var perfect = s.IsWordAt(k, "had");
        k++;
        var post = false;
        var power = false;
        if (s.IsWordAt(k, "held", "occupied") && s.IsWordAt(k + 1, "the") && s.IsWordAt(k + 2, OfficeNouns))
        {
            post = !s.IsWordAt(k + 2, "office");
            k += 3;
        }
        else if (s.IsWordAt(k, "been") && s.IsWordAt(k + 1, "in") && s.IsWordAt(k + 2, "office", "power"))
        {
            power = s.IsWordAt(k + 2, "power");
            k += 3;
        }
        else
        {
            return null;
        }

        if (titled && !power)
        {
            return null;
        }

        if (!s.IsWordAt(k, "since") || DateExpression.Read(s.TokenSpan, k + 1) is not { } date || !SinceReader.HasYear(s, k + 1, date.Length)
            || (s.TokenAt(k + 1 + date.Length) is { } next && !(next.Is(',') || next.Is('.') || next.Is(';') || next.IsWord("and"))))
        {
            return null;
        }

        var last = s.TokenSpan[k + date.Length];
        var span = new TextSpan(person.Span.Start, last.Span.End - person.Span.Start);
        if (power)
        {
            return InPowerReader.Claim(s, person, span, date.Date, perfect);
        }

        if (NamedOffice.Of(s, person.Entity, named: post) is { } named)
        {
            // The office the sentence or paragraph names for the person, or, for "the office" and "in office", the one office
            // the facts give them ("the post" may be an office named before that the facts do not list).
            return new SinceClaim(span, person.Entity, new[] { named }, date.Date, s.Time) { Perfect = perfect };
        }

        var offices = NamedOffice.OfficesOf(s, person.Entity);
        return offices.Count == 0 ? null : new SinceClaim(span, person.Entity, offices, date.Date, s.Time) { ConfirmOnly = true };
    }
}
