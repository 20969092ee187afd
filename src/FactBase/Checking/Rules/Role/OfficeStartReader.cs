using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Taking office told with no title: "since Trump took office in January 2017", "Macron, who took office in 2017, ...",
/// "X came to power in 2003", "Löfven was sworn in in 2014", "She took office in 2014 and ..." (a subject pronoun the
/// resolver gave a person), "Since taking office in 2017, Macron has ...", "X took up the post in 2009", "X assumed the role
/// in 2009", and the end of a term: "X left office in 2014", "X left the job in 2014". The office is the one of the person's offices
/// the sentence or its paragraph names by a title (<see cref="NamedOffice"/>), else the one office the facts give the
/// person; the claim is when a term in it began (<see cref="TermClaim"/>, checked by <see cref="TermClaimVerifier"/>).
/// </summary>
/// <remarks>Silent: a person of several offices when the text names none of them or more than one; a title after the
/// date ("took office in 2008 as mayor": another office); a time to come ("will take office", "takes office"); a date
/// inside a term the person already held (a new term the facts may hold as one, <see cref="TermClaim.Taken"/>).</remarks>
internal static class OfficeStartReader
{
    /// <summary>Adds the claims of the sentence's takings of office to <paramref name="claims"/>.</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        for (var m = 0; m < s.Mentions.Count; m++)
        {
            var person = s.Mentions[m];
            if (person.Entity.Type != EntityType.Person || person.IsPossessive
                || person.Kind is not (MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun))
            {
                continue;
            }

            if (After(s, person) is { } claim)
            {
                (claims ??= new List<Claim>()).Add(claim);
            }
        }

        if (Opening(s) is { } opening)
        {
            (claims ??= new List<Claim>()).Add(opening);
        }
    }

    // "X took office in 2017", "X, who took office in 2017,", "X, 45, who was sworn in on 4 May 2021".
    private static Claim? After(SentenceContext s, Mention person)
    {
        var k = person.End;
        if (s.TokenAt(k)?.Is(',') == true && s.TokenAt(k + 1)?.Kind == TokenKind.Number && s.TokenAt(k + 2)?.Is(',') == true)
        {
            k += 2;
        }

        if (s.TokenAt(k)?.Is(',') == true && s.IsWordAt(k + 1, "who"))
        {
            k += 2;
        }

        var (verb, chosen) = Verb(s, k);
        if (verb == 0)
        {
            return Left(s, person, k);
        }

        var relative = false;
        if (TermDates.Start(s, k + verb) is not { } start)
        {
            // "X was sworn in on Friday": a day of the article's week, only confirmed (TermDates.RelativeDay).
            if (TermDates.RelativeDay(s, k + verb) is not { } day)
            {
                return null;
            }

            (start, relative) = (day, true);
        }

        if (!EndsClause(s, start.End))
        {
            return null;
        }

        // "took up the post": an office named before, so only a title the text writes tells which.
        var claim = Claim(s, person, person.Span.Start, start.Date, start.End, chosen, named: s.IsWordAt(k + verb - 1, PostNouns));
        return relative && claim is not null ? claim with { ConfirmOnly = true } : claim;
    }

    // "X left office in 2014", "X, who left the post in May 2019,": when a term in the office the text names ended.
    private static Claim? Left(SentenceContext s, Mention person, int k)
    {
        if (s.IsWordAt(k, "had"))
        {
            k++;
        }

        if (!s.IsWordAt(k, "left"))
        {
            return null;
        }

        var length = s.IsWordAt(k + 1, "office") ? 2 : s.IsWordAt(k + 1, "the") && s.IsWordAt(k + 2, PostNouns) ? 3 : 0;
        if (length == 0 || TermDates.Start(s, k + length) is not { } end || !EndsClause(s, end.End)
            || s.IsQuotedAt(person.First) || NamedOffice.Of(s, person.Entity, named: length == 3) is not { } office)
        {
            return null;
        }

        var last = s.TokenSpan[end.End - 1];
        return new TermEndClaim(new TextSpan(person.Span.Start, last.Span.End - person.Span.Start), person.Entity, new[] { office }, end.Date, s.Time);
    }

    // "Since taking office in 2017, Macron has ...", "After coming to power in 2003, he ...".
    private static TermClaim? Opening(SentenceContext s)
    {
        if (!s.IsWordAt(0, "since", "after", "upon", "on") || !s.IsWordAt(1, "taking", "assuming", "coming"))
        {
            return null;
        }

        var k = s.IsWordAt(1, "coming") ? (s.IsWordAt(2, "to") && s.IsWordAt(3, "power") ? 4 : 0) : (s.IsWordAt(2, "office", "power") ? 3 : 0);
        if (k == 0 || TermDates.Start(s, k) is not { } start || s.TokenAt(start.End)?.Is(',') != true
            || s.MentionStartingAt(start.End + 1) is not { } person || person.Entity.Type != EntityType.Person || person.IsPossessive
            || person.Kind is not (MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun))
        {
            return null;
        }

        return Claim(s, person, s.TokenSpan[0].Span.Start, start.Date, start.End, chosen: s.IsWordAt(1, "coming") || s.IsWordAt(2, "power"));
    }

    private static TermClaim? Claim(SentenceContext s, Mention person, int spanStart, FactDate from, int end, bool chosen, bool named = false)
    {
        if (s.IsQuotedAt(person.First) || NamedOffice.Of(s, person.Entity, named) is not { } office)
        {
            return null;
        }

        var last = s.TokenSpan[end - 1];
        var startAt = System.Math.Min(spanStart, person.Span.Start);
        var span = new TextSpan(startAt, last.Span.End - startAt);
        return new TermClaim(span, person.Entity, new[] { office }, from, null, chosen, s.Time) { Taken = true };
    }

    // The verb of taking office at k and its length; "came to power" is told of the election that led to the office as
    // often as of the office itself, so its term may begin a season later, as after "elected".
    private static (int Length, bool Chosen) Verb(SentenceContext s, int k)
    {
        if (s.IsWordAt(k, "had", "has"))
        {
            // "had taken office", "had been sworn in", "had come to power".
            var (length, chosen) = s.IsWordAt(k + 1, "been")
                ? (s.IsWordAt(k + 2, "sworn") && s.IsWordAt(k + 3, "in") ? (2, false) : (0, false))
                : Verb(s, k + 1, perfect: true);
            return length == 0 ? (0, false) : (length + (s.IsWordAt(k + 1, "been") ? 2 : 1), chosen);
        }

        if (s.IsWordAt(k, "was") && s.IsWordAt(k + 1, "sworn") && s.IsWordAt(k + 2, "in"))
        {
            return (3, false);
        }

        if (s.IsWordAt(k, "was") && s.IsWordAt(k + 1, "inaugurated"))
        {
            return (2, false);
        }

        return Verb(s, k, perfect: false);
    }

    private static (int Length, bool Chosen) Verb(SentenceContext s, int k, bool perfect)
    {
        if (s.IsWordAt(k, perfect ? "taken" : "took", "assumed", "entered") && s.IsWordAt(k + 1, "office"))
        {
            return (2, false);
        }

        // "took up the post", "took up office", "assumed the role": the office the text names, by a generic noun.
        var up = s.IsWordAt(k, perfect ? "taken" : "took") && s.IsWordAt(k + 1, "up") ? 2 : s.IsWordAt(k, "assumed") ? 1 : 0;
        if (up > 0 && s.IsWordAt(k + up, "office"))
        {
            return (up + 1, false);
        }

        if (up > 0 && s.IsWordAt(k + up, "the") && s.IsWordAt(k + up + 1, PostNouns))
        {
            return (up + 2, false);
        }

        if (s.IsWordAt(k, perfect ? "come" : "came", "swept") && s.IsWordAt(k + 1, "to") && s.IsWordAt(k + 2, "power"))
        {
            return (3, true);
        }

        return (0, false);
    }

    /// <summary>Generic nouns for an office the text names: "took up the post", "left the job".</summary>
    internal static readonly string[] PostNouns = { "post", "job", "position", "role" };

    // The date ends what the clause says of the office: "took office in 2017, ...", "was sworn in in 2014 after a vote";
    // "took office in 2008 as mayor" or "took office in 2010 of the city" is another office.
    private static bool EndsClause(SentenceContext s, int end)
        => s.TokenAt(end) is not { } next
           || (next.Kind == TokenKind.Punctuation && !next.Is('-') && !next.Is('/'))
           || next.IsWord("and") || next.IsWord("with") || next.IsWord("after") || next.IsWord("following") || next.IsWord("when")
           || next.IsWord("amid") || next.IsWord("but") || next.IsWord("promising") || next.IsWord("vowing") || next.IsWord("at");
}
