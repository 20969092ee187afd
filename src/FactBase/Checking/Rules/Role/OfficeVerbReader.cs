using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// An office told by a verb instead of its title: "X headed the Commission from 2014 to 2019", "X reigned from 1980 to
/// 2013", "X, who has led NATO since 2014,", "X ran the alliance for ten years", "X ruled the Netherlands until 2013", "X
/// led NATO in 2010". Which verbs tell of which offices is the vocabulary's <c>tenure_verbs</c>
/// (<see cref="PropertyDefinition.TenureVerbs"/>). The office is the one of the country or organisation written after the
/// verb that the person held and whose property lists the verb; a verb that one office alone lists ("reigned") names it
/// with no object. The frame after it makes the claim: a term ("from ... to ...", <see cref="TermClaim"/>), a run ("since",
/// <see cref="SinceClaim"/>), an end ("until", <see cref="TermEndClaim"/>), a length ("for ten years",
/// <see cref="TenureLengthClaim"/>) or a time in office ("in 2010", <see cref="RoleClaim"/>).
/// </summary>
/// <remarks>Silent: a person who held no such office of the body written (the facts may not list the office meant: "Tusk
/// led the EU" as president of the European Council), two offices that fit ("X ruled Turkey" of a prime minister who
/// became president); a verb of several offices with no body after it ("ran for president", "led from the front"); a
/// word after the body ("led the NATO delegation", "headed NATO's response", "led NATO into war"); "headed to Brussels";
/// "between 2009 and 2014" (some time within); a date that does not end the clause; quoted words.</remarks>
internal static class OfficeVerbReader
{
    /// <summary>Adds the sentence's claims to <paramref name="claims"/>; a scan of the tokens when it names a person and has
    /// no tenure verb (the verbs are the vocabulary's, so they have no bit of <see cref="TriggerWords"/>).</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        var gated = false;
        for (var m = 0; m < s.Mentions.Count; m++)
        {
            var person = s.Mentions[m];
            if (person.Entity.Type != EntityType.Person || person.IsPossessive
                || person.Kind is not (MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun))
            {
                continue;
            }

            if (!gated && !s.HasWordOf(s.Vocabulary.TenureVerbs))
            {
                return;
            }

            gated = true;

            if (After(s, person) is { } claim && !s.IsQuotedAt(person.First))
            {
                (claims ??= new List<Claim>()).Add(claim);
            }
        }
    }

    // "X reigned from ...", "X, 66, who had led NATO since ...".
    private static Claim? After(SentenceContext s, Mention person)
    {
        var k = PredicateStart.After(s, person);

        var perfect = s.IsWordAt(k, "had");
        var present = s.IsWordAt(k, "has");
        if (perfect || present)
        {
            k++;
        }

        if (s.TokenAt(k) is not { Kind: TokenKind.Word } verb || verb.IsCapitalized)
        {
            return null;
        }

        var (length, properties) = s.Vocabulary.MatchTenureVerb(s.TokenSpan, k);
        if (length == 0 || !Listed(properties[0], s.TokenSpan, k, length) || (verb.IsWord("run") && !perfect && !present))
        {
            return null;
        }

        k += length;
        var body = Body(s, ref k);
        var tied = body is null && properties.Count != 1;
        if (tied && !s.IsWordAt(k, "since", "from"))
        {
            return null; // "led from the front": a verb of several offices says which only with its body
        }

        // "X, who had ruled since 1995": with no body, the one office the text ties the person to (a title it writes, else
        // their one office in a country or organisation it names) if the verb tells of it.
        OfficeRef? tiedOffice = null;
        if (tied && (tiedOffice = TiedOffice(s, person.Entity, properties)) is null)
        {
            return null;
        }

        // With no body the run is over all the person's offices the verb tells of ("ruled" as prime minister, then as
        // president), refuted only as "in power since" is (SinceClaim.InPowerAs).
        var offices = tied ? Told(s, person.Entity, properties) : Offices(s, person.Entity, properties, body);
        if (offices.Count == 0)
        {
            return null;
        }

        TextSpan Span(int end) => new(person.Span.Start, s.TokenSpan[end - 1].Span.End - person.Span.Start);

        if (!present && TermDates.Range(s, k) is { } range && (!tied || offices.Count == 1))
        {
            // With no body, a term only of a person whose one office the verb tells of: "ruled from A to B" of someone who
            // was prime minister, then president, may span both.
            return HeadOfGovernmentReader.EndsClause(s, range.End) ? new TermClaim(Span(range.End), person.Entity, offices, range.From, range.To, false, s.Time) : null;
        }

        if (!present && !perfect && TermDates.Between(s, k) is { } between)
        {
            // "X led the alliance between 2009 and 2014": the term, or some time within one.
            return HeadOfGovernmentReader.EndsClause(s, between.End)
                ? new TermClaim(Span(between.End), person.Entity, offices, between.From, between.To, false, s.Time) { Within = true }
                : null;
        }

        if (tied && !s.IsWordAt(k, "since"))
        {
            return null;
        }

        if (s.IsWordAt(k, "since") && DateExpression.Read(s.TokenSpan, k + 1) is { } since && SinceReader.HasYear(s, k + 1, since.Length)
            && HeadOfGovernmentReader.EndsClause(s, k + 1 + since.Length))
        {
            // "who reigned since 1980" says no more than "had reigned since": a run up to the time spoken of.
            return new SinceClaim(Span(k + 1 + since.Length), person.Entity, offices, since.Date, s.Time) { Perfect = !present, InPowerAs = tiedOffice };
        }

        if (present || perfect)
        {
            return null;
        }

        if (s.IsWordAt(k, "until", "till") && DateExpression.Read(s.TokenSpan, k + 1) is { } until && SinceReader.HasYear(s, k + 1, until.Length)
            && HeadOfGovernmentReader.EndsClause(s, k + 1 + until.Length))
        {
            return new TermEndClaim(Span(k + 1 + until.Length), person.Entity, offices, until.Date, s.Time);
        }

        if (s.IsWordAt(k, "in") && DateExpression.Read(s.TokenSpan, k + 1) is { } at && SinceReader.HasYear(s, k + 1, at.Length)
            && HeadOfGovernmentReader.EndsClause(s, k + 1 + at.Length))
        {
            // "X led NATO in 2010": in office then.
            return new RoleClaim(Span(k + 1 + at.Length), person.Entity, offices, RoleTense.Then, new TimeContext(at.Date, System.Array.Empty<FactDate>(), s.Time.AsOf));
        }

        if (s.IsWordAt(k, "for") && Length(s, k + 1) is { } years)
        {
            return new TenureLengthClaim(Span(years.End), person.Entity, offices, years.Years, years.Bound, s.Time);
        }

        return null;
    }

    // The country or organisation after the verb ("NATO", "the Commission", "over Spain"), moving k past it; null when none
    // is written there (k unchanged).
    private static Entity? Body(SentenceContext s, ref int k)
    {
        var at = s.IsWordAt(k, "over") ? k + 1 : k;
        var mention = s.MentionStartingAt(at) ?? (s.IsWordAt(at, "the") ? s.MentionStartingAt(at + 1) : null);
        if (mention is null || mention.IsPossessive || mention.Kind == MentionKind.Adjective
            || mention.Entity.Type is not (EntityType.Country or EntityType.Organization))
        {
            return null;
        }

        k = mention.End;
        return mention.Entity;
    }

    // The person's offices that the verb tells of, of the body written; those of several bodies narrowed to the one the text
    // names ("Queen Elizabeth reigned" of Britain and Canada). Empty when none fits or two different offices do.
    private static List<OfficeRef> Offices(SentenceContext s, Entity person, IReadOnlyList<PropertyDefinition> properties, Entity? body)
    {
        var offices = new List<OfficeRef>();
        foreach (var office in NamedOffice.OfficesOf(s, person))
        {
            if ((body is null || office.Organization.Id == body.Id) && NamedOffice.Contains(properties, office.Property))
            {
                offices.Add(office);
            }
        }

        for (var i = 1; i < offices.Count; i++)
        {
            if (offices[i].Property.Name != offices[0].Property.Name)
            {
                offices.Clear(); // "X ruled Turkey" of a prime minister who became president: which is not said
                return offices;
            }
        }

        if (offices.Count > 1)
        {
            var referred = offices.FindAll(o => NamedOffice.Referred(s, o.Organization));
            if (referred.Count == 1)
            {
                return referred;
            }
        }

        return offices;
    }

    // The office NamedOffice gives the person, when the verb tells of it.
    private static OfficeRef? TiedOffice(SentenceContext s, Entity person, IReadOnlyList<PropertyDefinition> properties)
        => NamedOffice.Of(s, person) is { } office && NamedOffice.Contains(properties, office.Property) ? office : null;

    // All the person's offices the verb tells of, of any body.
    private static List<OfficeRef> Told(SentenceContext s, Entity person, IReadOnlyList<PropertyDefinition> properties)
        => NamedOffice.OfficesOf(s, person).FindAll(o => NamedOffice.Contains(properties, o.Property));

    // The phrase as listed, not a plural form the vocabulary's tables also take ("runs" of "run": a present tense).
    private static bool Listed(PropertyDefinition property, System.ReadOnlySpan<Token> t, int k, int length)
    {
        if (length > 1)
        {
            return true;
        }

        foreach (var verb in property.TenureVerbs)
        {
            if (t[k].IsWord(verb))
            {
                return true;
            }
        }

        return false;
    }

    // "14 years", "more than a decade", "nearly ten years" at k, ending the clause.
    private static (int Years, Numbers.CountBound Bound, int End)? Length(SentenceContext s, int k)
    {
        var t = s.TokenSpan;
        for (var u = k + 1; u < t.Length && u <= k + 4; u++)
        {
            if (!TenureLengthReader.Units.Contains(t[u].Text))
            {
                continue;
            }

            return TenureLengthReader.Length(t, u) is { } length && length.Lead == k && HeadOfGovernmentReader.EndsClause(s, u + 1) ? (length.Years, length.Bound, u + 1) : null;
        }

        return null;
    }
}
