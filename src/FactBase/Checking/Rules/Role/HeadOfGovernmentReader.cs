using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// The head of a government told without the office's title: "X led the Italian government from 2006 to 2008", "X, who
/// headed Italy's government in 2010,", "X had run the government since 2014", "X, the head of government," and "served in
/// X's government in 2007", "a minister in X's cabinet in 2010" (X headed it then). Which office heads a country's
/// government is the vocabulary's <c>head_of_government</c> (<see cref="HeadOfGovernment"/>); the country is the one
/// written ("the Italian government", "Italy's government"), else the one whose head of government the person was.
/// </summary>
/// <remarks>Silent: a person who headed no government in the facts, or several, when no country is written; a government
/// of a party, region or city ("the Bavarian government" names no country of the facts); "led the government's
/// response" (a word after "government"); no time for the possessive government; quoted words.</remarks>
internal static class HeadOfGovernmentReader
{
    /// <summary>The nouns every reading needs ("led the government", "head of government", "in X's cabinet"): the gate.</summary>
    internal static readonly Vocabulary.WordSet Nouns = new(["government", "cabinet", "administration"]);

    private static readonly string[] Verbs = { "led", "headed", "ran", "leads", "heads", "runs" };

    /// <summary>Adds the sentence's claims to <paramref name="claims"/>.</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        if (!s.HasWordOf(Nouns))
        {
            return;
        }

        for (var m = 0; m < s.Mentions.Count; m++)
        {
            var person = s.Mentions[m];
            if (person.Entity.Type != EntityType.Person || person.Kind is not (MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun))
            {
                continue;
            }

            // Quotation is asked last: it reads the sentence from its start.
            var claim = person.IsPossessive ? Possessive(s, person, person.End) : Led(s, person) ?? Apposed(s, person);
            if (claim is not null && !s.IsQuotedAt(person.First))
            {
                (claims ??= new List<Claim>()).Add(claim);
            }
        }
    }

    // "X led the Italian government from 2006 to 2008", "X, who had run the government since 2014".
    private static Claim? Led(SentenceContext s, Mention person)
    {
        var k = PredicateStart.After(s, person); // "X, 66, ran the government", "X, who had run"

        var perfect = false;
        var present = false;
        if (s.IsWordAt(k, "had", "has"))
        {
            perfect = s.IsWordAt(k, "had");
            present = !perfect;
            k++;
        }

        if (!s.IsWordAt(k, Verbs))
        {
            return null;
        }

        present |= s.IsWordAt(k, "leads", "heads", "runs");
        if (Government(s, k + 1) is not { } government)
        {
            return null;
        }

        var (country, end) = government;
        TextSpan Span(int last) => new(person.Span.Start, s.TokenSpan[last - 1].Span.End - person.Span.Start);

        if (!present && TermDates.Range(s, end) is { } range)
        {
            if (Office(s, person.Entity, country, range.From) is not { } office)
            {
                return null;
            }

            // A person who held the office: when the term began and ended; one who never did: not the head then.
            return Held(s, person.Entity, office)
                ? new TermClaim(Span(range.End), person.Entity, new[] { office }, range.From, range.To, false, s.Time)
                : new RoleClaim(Span(range.End), person.Entity, new[] { office }, RoleTense.Then, new TimeContext(range.From, new[] { range.To }, s.Time.AsOf));
        }

        if (s.IsWordAt(end, "since") && (perfect || present) && DateExpression.Read(s.TokenSpan, end + 1) is { } since && SinceReader.HasYear(s, end + 1, since.Length)
            && EndsClause(s, end + 1 + since.Length))
        {
            if (Office(s, person.Entity, country, s.Time.Primary) is not { } office)
            {
                return null;
            }

            return new SinceClaim(Span(end + 1 + since.Length), person.Entity, new[] { office }, since.Date, s.Time) { Perfect = perfect };
        }

        if (!present && !perfect && s.IsWordAt(end, "in") && DateExpression.Read(s.TokenSpan, end + 1) is { } at && SinceReader.HasYear(s, end + 1, at.Length)
            && EndsClause(s, end + 1 + at.Length))
        {
            // "X headed the government in 2010": in office then.
            if (Office(s, person.Entity, country, at.Date) is not { } office)
            {
                return null;
            }

            return new RoleClaim(Span(end + 1 + at.Length), person.Entity, new[] { office }, RoleTense.Then, new TimeContext(at.Date, System.Array.Empty<FactDate>(), s.Time.AsOf));
        }

        return null;
    }

    // "X, the head of government," / "X, Italy's head of government,": the head of government now.
    private static Claim? Apposed(SentenceContext s, Mention person)
    {
        var k = person.End;
        if (person.IsPossessive || s.TokenAt(k)?.Is(',') != true)
        {
            return null;
        }

        k++;
        Entity? country = null;
        if (s.IsWordAt(k, "the"))
        {
            k++;
        }

        if (s.MentionStartingAt(k) is { } q && q.Entity.Type == EntityType.Country)
        {
            country = q.Entity;
            k = q.End;
        }

        if (!s.IsWordAt(k, "head") || !s.IsWordAt(k + 1, "of") || !s.IsWordAt(k + 2, "government")
            || (s.TokenAt(k + 3) is { } next && !next.Is(',') && !next.Is('.') && !next.Is(';')))
        {
            return null;
        }

        if (Office(s, person.Entity, country, s.Time.Primary) is not { } office)
        {
            return null;
        }

        var span = new TextSpan(person.Span.Start, s.TokenSpan[k + 2].Span.End - person.Span.Start);
        var (nearby, own) = s.NearbyPastYears();
        return new RoleClaim(span, person.Entity, new[] { office }, RoleTense.Current, s.Time) { NearbyYears = nearby, SentenceYears = own };
    }

    // "in X's government in 2007", "in the X cabinet" is read from the possessive name: X headed the government then.
    private static Claim? Possessive(SentenceContext s, Mention person, int k)
    {
        if (!s.IsWordAt(k, "government", "cabinet", "administration") || !s.IsWordAt(person.First - 1, "in", "under", "joined")
            || UnderTime(s, person.First - 1, k + 1) is not { } at || Office(s, person.Entity, null, at) is not { } office)
        {
            return null;
        }

        var span = new TextSpan(person.Span.Start, s.TokenSpan[k].Span.End - person.Span.Start);
        return new RoleClaim(span, person.Entity, new[] { office }, RoleTense.Then, new TimeContext(at, System.Array.Empty<FactDate>(), s.Time.AsOf));
    }

    // The time of "in X's government": a date right after it or right before it, else the sentence's one time.
    private static FactDate? UnderTime(SentenceContext s, int before, int end)
    {
        if (s.IsWordAt(end, "in") && DateExpression.Read(s.TokenSpan, end + 1) is { } after && SinceReader.HasYear(s, end + 1, after.Length)
            && EndsClause(s, end + 1 + after.Length))
        {
            return after.Date;
        }

        var time = s.Time;
        return (time.Carried || time.Primary != time.AsOf) && time.Others.Count == 0 ? time.Primary : null;
    }

    // "the government", "the Italian government", "Italy's government", "the government of Italy": the country written, if
    // any, and the index after the phrase; null when something else follows ("the government's response", "the
    // government bond").
    private static (Entity? Country, int End)? Government(SentenceContext s, int k)
    {
        Entity? country = null;
        if (s.MentionStartingAt(k) is { Entity.Type: EntityType.Country, IsPossessive: true } owner)
        {
            country = owner.Entity;
            k = owner.End;
        }
        else if (s.IsWordAt(k, "the", "a"))
        {
            k++;
            if (s.MentionStartingAt(k) is { } adjective)
            {
                if (adjective.Entity.Type != EntityType.Country || adjective.Kind != MentionKind.Adjective)
                {
                    return null;
                }

                country = adjective.Entity;
                k = adjective.End;
            }
        }
        else
        {
            return null;
        }

        if (!s.IsWordAt(k, "government") || (s.TokenAt(k + 1) is { Kind: TokenKind.Word } next && !next.IsWord("from") && !next.IsWord("since")
            && !next.IsWord("in") && !next.IsWord("of") && !next.IsWord("and")))
        {
            return null;
        }

        k++;
        if (s.IsWordAt(k, "of") && country is null && s.MentionStartingAt(k + 1) is { Entity.Type: EntityType.Country } of)
        {
            country = of.Entity;
            k = of.End;
        }
        else if (s.IsWordAt(k, "of"))
        {
            return null;
        }

        return (country, k);
    }

    // The head-of-government office meant: of the country written, else the one the person headed.
    private static OfficeRef? Office(SentenceContext s, Entity person, Entity? country, FactDate at)
    {
        var properties = s.KnowledgeBase.Properties;
        if (country is not null)
        {
            return HeadOfGovernment.Of(country, at, properties);
        }

        var held = HeadOfGovernment.HeldBy(s.KnowledgeBase.GetTermsOf(person.Id), properties);
        return held.Count == 1 ? held[0] : null;
    }

    private static bool Held(SentenceContext s, Entity person, OfficeRef office)
    {
        foreach (var term in s.KnowledgeBase.GetTermsOf(person.Id))
        {
            if (term.Organization.Id == office.Organization.Id && term.Property.Name == office.Property.Name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a date ending at <paramref name="end"/> ends what the clause says of the office ("in 2010, ...", "in
    /// 2010 before ..."); "in 2010 talks" dates something else.</summary>
    internal static bool EndsClause(SentenceContext s, int end)
        => s.TokenAt(end) is not { } next || (next.Kind == TokenKind.Punctuation && !next.Is('-')) || next.IsWord("and") || next.IsWord("before")
           || next.IsWord("after") || next.IsWord("when") || next.IsWord("until");
}
