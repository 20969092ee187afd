using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// Finds ages: "the 75-year-old NATO", "Trump, 78,", "Putin (72)", "X, aged 58", "X, 58 years old",
/// "NATO's 75th anniversary", "the 75th anniversary of NATO".
/// </summary>
public sealed class AgeClaimExtractor : IClaimExtractor
{
    /// <summary>Words that end the noun phrase after "N-year-old": prepositions, conjunctions, determiners, common verbs.</summary>
    private static readonly WordSet NotInNounPhrase = new(new[]
    {
        "of", "in", "on", "at", "near", "for", "from", "with", "by", "to", "into", "about", "against", "after", "before", "since",
        "over", "under", "between", "behind", "outside", "inside", "like", "than", "as", "and", "or", "but", "nor", "that", "which",
        "who", "whom", "whose", "where", "when", "while", "the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "said", "says", "say",
        "told", "tells", "met", "meets", "saw", "sees", "gave", "took", "made", "went", "came", "left", "won", "lost", "beat",
        "hit", "sent", "spoke", "wrote", "called", "asked", "urged", "thanked", "praised", "criticised", "criticized", "joined",
    });

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        // Every age is of an entity the sentence names, and is a number or an ordinal token.
        if (s.Mentions.Count == 0)
        {
            // Except an age after a surname the text never gives in full ("Stoltenberg, 64,"), which names no entity.
            return LoneSurnameAges(s);
        }

        if (!s.HasCue(TokenCues.Number) && !s.HasWordOf(Centenaries))
        {
            return Array.Empty<Claim>();
        }

        List<Claim>? claims = null; // most sentences state no age: allocate on the first claim only
        var t = s.TokenSpan;
        for (var i = 0; i < t.Length; i++)
        {
            if ((s.CuesAt(i) & TokenCues.Number) == 0)
            {
                // "celebrates its centenary": a word that is an ordinal anniversary of its own.
                if (t[i].Text.Length is >= 9 and <= 13 && (t[i].Text[0] | 0x20) is 'c' or 'b' && CentenaryOf(t[i]) is > 0 and var years && Subject(s, i, i, 1, null) is { } honoured
                    && AgeProperty(s, honoured.Entity) is { } dated)
                {
                    (claims ??= new List<Claim>()).Add(Dated(s, new AgeClaim(SpanOf(s.Tokens, i, i), honoured.Entity, dated, years, IsAnniversary: true, s.Time)));
                }

                continue;
            }

            // A number in digits or words ("75", "seventy-five", "75th", "seventy-fifth"); its last token is j.
            if (NumberWords.Read(t, i) is not { } number)
            {
                continue;
            }

            var first = i;
            var j = i + number.Length - 1;
            i = j; // "seventy-five" is one number: its "five" is not read again
            if (IsThenAgeWithoutTime(s, first))
            {
                continue;
            }

            Claim? claim = null;
            var n = number.Value;
            if (!number.Ordinal && n is > 0 and < 1000)
            {
                claim = YearOld(s, first, j, n) ?? Appositive(s, first, j, n) ?? YearsOld(s, first, j, n) ?? Aged(s, first, j, n) ?? Copula(s, first, j, n) ?? PastCopulaAge.Read(s, first, j, n)
                        ?? Turned(s, first, j, n) ?? MarkedYears(s, first, j, n) ?? AgeAtEventReader.Read(s, first, j, n) ?? WhenClauseAge.Read(s, first, j, n) ?? DescribedPersonAge.Read(s, first, j, n);
            }
            else if (number.Ordinal)
            {
                claim = Anniversary(s, first, j, n);
            }

            if (claim is not null)
            {
                (claims ??= new List<Claim>()).Add(claim);
            }
        }

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    // "the then 45-year-old king", "the then-45-year-old": an age at a past time, which the sentence must name (or the
    // narrative carry); read at the article's date it would be the wrong age, and its fix a wrong number.
    private static bool IsThenAgeWithoutTime(SentenceContext s, int first)
    {
        var before = s.TokenAt(first - 1)?.Is('-') == true ? first - 2 : first - 1;
        return s.IsWordAt(before, "then") && s.Time.Narrative is null && s.Time.Others.Count == 0 && s.Time.Primary.Equals(s.Time.AsOf);
    }

    // The ages after a lone surname in a sentence that names no entity.
    private static IEnumerable<Claim> LoneSurnameAges(SentenceContext s)
    {
        List<Claim>? claims = null;
        if (DescribedPersonAge.MayStart(s.TokenSpan))
        {
            // "The former welder, 62, now has a week": a description of a person named before (only ages read it).
            for (var i = 1; i < s.TokenSpan.Length && i < 12; i++)
            {
                if (s.TokenSpan[i].Kind == TokenKind.Number && int.TryParse(s.TokenSpan[i].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age)
                    && DescribedPersonAge.Read(s, i, i, age) is { } described)
                {
                    (claims ??= new List<Claim>()).Add(described);
                }
            }
        }

        for (var i = 2; i < s.TokenSpan.Length; i++)
        {
            if ((s.CuesAt(i) & TokenCues.Number) != 0 && s.TokenSpan[i].Kind == TokenKind.Number && int.TryParse(s.TokenSpan[i].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && LoneSurnameAge.Read(s, i, i, n) is { } claim)
            {
                (claims ??= new List<Claim>()).Add(claim);
            }
        }

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    // "the 75-year-old NATO", "the 75-year-old military alliance NATO".
    private static Claim? YearOld(SentenceContext s, int i, int j, int n)
    {
        if (!(s.TokenAt(j + 1)?.Is('-') == true && s.IsWordAt(j + 2, "year") && s.TokenAt(j + 3)?.Is('-') == true && s.IsWordAt(j + 4, "old")))
        {
            return null;
        }

        // "Attal, the 34-year-old education minister,": the person the description stands beside, whoever else the sentence names.
        // Not when a verb follows ("After a victory against X, the 41-year-old became president"): the description is then
        // the subject of the main clause, and the name ends the clause before it.
        if (s.IsWordAt(i - 1, "the") && s.TokenAt(i - 2)?.Is(',') == true && s.MentionEndingBefore(i - 2) is { IsPossessive: false } beside
            && beside.Entity.Type == EntityType.Person && !(s.TokenAt(j + 5) is { Kind: TokenKind.Word } next && PredicateWords.Contains(next.Text)))
        {
            return Make(s, beside.Entity, i, j, n);
        }

        // "The 41-year-old said": a back-reference to a person named just before (Mentions/AgedPersonReference).
        if (s.MentionStartingAt(j + 4) is { Kind: MentionKind.Description } aged)
        {
            return Make(s, aged.Entity, i, j, n) is { } claim ? claim with { ConfirmOnly = claim.ConfirmOnly || aged.Tentative } : null;
        }

        // The name ends the noun phrase the age describes: "the 75-year-old [military alliance] NATO",
        // "the 72-year-old [Russian leader] Vladimir Putin"; a verb or preposition ends it first
        // ("the 75-year-old building near NATO", "a 78-year-old man met Trump").
        for (var k = j + 5; k < j + 9 && k < s.TokenSpan.Length; k++)
        {
            if (s.MentionStartingAt(k) is { } m)
            {
                if (m.Kind == MentionKind.Adjective && !m.IsPossessive)
                {
                    k = m.End - 1;
                    continue;
                }

                // "the 75-year-old alliance's history" is the alliance's age; "the 30-year-old Putin's daughter" may
                // be the daughter's, so a person's possessive stays silent.
                return m.IsPossessive && m.Entity.Type == EntityType.Person ? null : Make(s, m.Entity, i, j, n);
            }

            var token = s.TokenSpan[k];
            if (token.Kind != TokenKind.Word || token.IsPossessive || NotInNounPhrase.Contains(token.Text)
                || (token.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !token.IsCapitalized))
            {
                break;
            }
        }

        // "Putin, a 72-year-old former spy": the appositive subject before.
        if (s.IsWordAt(i - 1, "a") && s.TokenAt(i - 2)?.Is(',') == true && s.MentionEndingBefore(i - 2) is { IsPossessive: false } before)
        {
            return Make(s, before.Entity, i, j, n);
        }

        // "their 34-year-old transport minister, Sanna Marin,": a short noun phrase, then the person's name in apposition.
        for (var k = j + 5; k < j + 9 && k + 1 < s.TokenSpan.Length; k++)
        {
            var token = s.TokenSpan[k];
            if (token.Is(',') && k > j + 5 && s.MentionStartingAt(k + 1) is { IsPossessive: false, Kind: MentionKind.Name } named
                && named.Entity.Type == EntityType.Person && (s.TokenAt(named.End) is not { } end || end.Is(',') || end.Is('.')))
            {
                return Make(s, named.Entity, i, j, n);
            }

            if (token.Kind != TokenKind.Word || token.IsCapitalized || NotInNounPhrase.Contains(token.Text) || s.MentionAt(k) is not null)
            {
                break;
            }
        }

        return null;
    }

    // "Donald Trump, 78, did not attend", "Putin (72)", "Trump, now 78,", "Trump, who is 78,", "At 78, Trump ...".
    private static Claim? Appositive(SentenceContext s, int i, int j, int n)
    {
        var before = i - 1;
        if (s.IsWordAt(before, "now"))
        {
            before--;
        }
        else if (s.IsWordAt(before, "is") && s.IsWordAt(before - 1, "who"))
        {
            before -= 2;
        }

        var open = s.TokenAt(before);
        var close = s.TokenAt(j + 1);
        var comma = open?.Is(',') == true && (close is not { } next || next.Is(',') || next.Is('.') || next.Is(';'));
        var paren = open?.Is('(') == true && close?.Is(')') == true && before == i - 1;
        if (n > 130)
        {
            return null;
        }

        if ((comma || paren) && s.MentionEndingBefore(before) is { IsPossessive: false } m && m.Entity.Type == EntityType.Person)
        {
            return Make(s, m.Entity, i, j, n);
        }

        if ((comma || paren) && before == i - 1 && s.MentionAt(before - 1) is null && LoneSurnameAge.Read(s, i, j, n) is { } lone)
        {
            return lone;
        }

        // "At 78, Trump is the oldest ...": a sentence-initial age phrase and a subject in the present tense after it
        // ("At 16, Trump went to school" speaks of another time).
        if (i == 1 && s.IsWordAt(0, "at") && close?.Is(',') == true && s.MentionStartingAt(j + 2) is { IsPossessive: false } after
            && after.Entity.Type == EntityType.Person && s.IsWordAt(after.End, "is", "remains"))
        {
            return Make(s, after.Entity, i, j, n);
        }

        return null;
    }

    // "Trump, 78 years old," / "Trump is 78 years old".
    private static Claim? YearsOld(SentenceContext s, int i, int j, int n)
    {
        if (!(s.IsWordAt(j + 1, "years") && s.IsWordAt(j + 2, "old")))
        {
            return null;
        }

        var k = i - 1;
        if (s.IsWordAt(k, "was") && s.Time.Primary == s.Time.AsOf && s.Time.Others.Count == 0)
        {
            // "Trump was 70 years old when he took office": an age at a time the sentence does not date.
            return null;
        }

        if (s.TokenAt(k)?.Is(',') == true || s.IsWordAt(k, "is", "was", "now"))
        {
            k--;
        }

        if (s.IsWordAt(k, "who") && s.TokenAt(k - 1)?.Is(',') == true)
        {
            k -= 2;
        }

        return s.MentionEndingBefore(k + 1) is { IsPossessive: false } m ? Make(s, m.Entity, i, j, n) : null;
    }

    // "Macron is 46.", "the Ukrainian premier, Oleksiy Honcharuk, is 35.": a person's name, "is" and the number, which ends
    // the clause (not "is 35 points ahead", "is 16th in line").
    private static Claim? Copula(SentenceContext s, int i, int j, int n)
    {
        if (n is < 16 or > 120 || !s.IsWordAt(i - 1, "is") || s.TokenAt(j + 1) is { } next && !(next.Is('.') || next.Is(',') || next.Is(';'))
            || s.TokenSpan[j].Kind != TokenKind.Number)
        {
            return null;
        }

        // "The former prime minister is 65": a description the resolver gave one person (never a tentative one) is as good
        // as the name.
        var k = s.TokenAt(i - 2)?.Is(',') == true ? i - 3 : i - 2;
        return s.MentionEndingBefore(k + 1) is { IsPossessive: false, Tentative: false, Kind: MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun or MentionKind.Description } m && m.Entity.Type == EntityType.Person
            ? Make(s, m.Entity, i, j, n)
            : null;
    }

    // "Trump, aged 78," / "aged 78, Trump".
    private static Claim? Aged(SentenceContext s, int i, int j, int n)
    {
        if (!s.IsWordAt(i - 1, "aged"))
        {
            return null;
        }

        var k = i - 2;
        if (s.TokenAt(k)?.Is(',') == true || (s.TokenAt(k)?.Is('(') == true && s.TokenAt(j + 1)?.Is(')') == true))
        {
            // "Trump, aged 78," and "Rutte (aged 58)".
            k--;
        }

        if (s.MentionEndingBefore(k + 1) is { IsPossessive: false } m)
        {
            return Make(s, m.Entity, i, j, n);
        }

        if (s.TokenAt(j + 1)?.Is(',') == true && s.MentionStartingAt(j + 2) is { } after)
        {
            return Make(s, after.Entity, i, j, n);
        }

        // "died in Rome on Friday aged 97": the age at death of the person named before.
        return AgeAtEventReader.ReadAgedAtDeath(s, i, j, n);
    }

    // "NATO's 75th anniversary" / "the 75th anniversary of NATO" / "NATO marked its 75th anniversary": an ordinal before
    // a noun of a date property (the vocabulary's `nouns`, e.g. founded: [anniversary]). "The 20th anniversary of its
    // enlargement" or "of NATO's summit" is another event's.
    private static Claim? Anniversary(SentenceContext s, int i, int j, int nth)
    {
        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, j + 1);
        if (length == 0)
        {
            // "the alliance's 74th birthday", "his 60th birthday": an anniversary of the date an age counts from.
            if (!s.IsWordAt(j + 1, "birthday") || Subject(s, i, j, 1, null) is not { } born || AgeProperty(s, born.Entity) is not { } dated)
            {
                return null;
            }

            return Dated(s, new AgeClaim(SpanOf(s.Tokens, i, j), born.Entity, dated, nth, IsAnniversary: true, s.Time));
        }

        var subject = Subject(s, i, j, length, nouns);
        if (subject is null || DatedBy(subject.Entity, nouns) is not { } property)
        {
            return null;
        }

        return Dated(s, new AgeClaim(SpanOf(s.Tokens, i, j), subject.Entity, property, nth, IsAnniversary: true, MarkedNow(s, i) ?? s.Time));
    }

    /// <summary>Words of a time at the article's date: "this week", "today", "on Thursday".</summary>
    private static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    // "NATO marks its 75th anniversary this week", "the UN celebrated its 80th anniversary on Friday": a verb of marking and
    // a time at the article's date, in a sentence that names no other time, put the anniversary in the article's year (or,
    // in the first or last fortnight of a year, the neighbouring one), not "the recent or the coming one". Null otherwise.
    private static TimeContext? MarkedNow(SentenceContext s, int ordinal)
    {
        var time = s.Time;
        if (time.Primary != time.AsOf || time.Others.Count > 0 || time.Narrative is not null || time.AsOf.Precision != DatePrecision.Day
            || !s.IsWordAt(ordinal - 2, Celebrating) || s.IsWordAt(ordinal - 3, "will", "to", "would"))
        {
            return null;
        }

        var now = false;
        for (var k = 0; k < s.TokenSpan.Length; k++)
        {
            if (s.IsWordAt(k, "next", "will", "coming", "upcoming", "until"))
            {
                // "marks its 76th next year": another anniversary in the sentence.
                return null;
            }
        }

        for (var k = 0; k + 1 < s.TokenSpan.Length && !now; k++)
        {
            now = (s.IsWordAt(k, "this") && s.IsWordAt(k + 1, "week"))
                  || s.IsWordAt(k, "today")
                  || (s.IsWordAt(k, "on") && s.IsWordAt(k + 1, Weekdays));
        }

        if (!now && !s.IsWordAt(s.TokenSpan.Length - 1, "today"))
        {
            return null;
        }

        var years = new List<FactDate> { new(time.AsOf.Year) };
        if (time.AsOf.Month == 1 && time.AsOf.Day <= 14)
        {
            years.Add(new FactDate(time.AsOf.Year - 1));
        }
        else if (time.AsOf.Month == 12 && time.AsOf.Day >= 18)
        {
            years.Add(new FactDate(time.AsOf.Year + 1));
        }

        return new TimeContext(time.AsOf, years, time.AsOf);
    }

    /// <summary>Whose anniversary the words <paramref name="i"/>..<paramref name="j"/> and the noun after them (of
    /// <paramref name="length"/> tokens) are: "NATO's", "of NATO", or "its" after a verb of marking ("NATO marked its");
    /// with <paramref name="nouns"/> null, any entity with a date an age counts from.</summary>
    private static Mention? Subject(SentenceContext s, int i, int j, int length, IReadOnlyList<PropertyDefinition>? nouns)
        => s.MentionEndingBefore(i) is { IsPossessive: true } m ? m
            : s.IsWordAt(j + 1 + length, "of") ? AnniversaryOf(s, SkipDeterminer(s, j + 2 + length))
            : s.IsWordAt(i - 1, "its", "his", "her") && s.IsWordAt(i - 2, Celebrating)
                ? SubjectDatedBefore(s, i - 2, nouns)
            : null;

    // Apart from Subject, whose every call would otherwise make the lambda's closure (it captures the sentence and nouns).
    private static Mention? SubjectDatedBefore(SentenceContext s, int index, IReadOnlyList<PropertyDefinition>? nouns)
        => SubjectBefore(s, index, e => nouns is null ? AgeProperty(s, e) is not null : DatedBy(e, nouns) is not null);

    /// <summary>The years a word for an anniversary stands for ("centenary": 100, "bicentenary": 200), or 0.</summary>
    /// <summary>The words <see cref="CentenaryOf"/> knows; a trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Centenaries = new(["centenary", "centennial", "bicentenary", "bicentennial"]);

    private static int CentenaryOf(Token token)
        => token.IsWord("centenary") || token.IsWord("centennial") ? 100 : token.IsWord("bicentenary") || token.IsWord("bicentennial") ? 200 : 0;

    // The entity after "anniversary of": "of NATO", "of NATO's founding", but not "of its enlargement".
    private static Mention? AnniversaryOf(SentenceContext s, int k)
    {
        if (s.MentionStartingAt(k) is not { } named)
        {
            return null;
        }

        return !named.IsPossessive || s.IsWordAt(named.End, "founding", "foundation", "creation", "birth") ? named : null;
    }

    // "Trump turned 70 on Saturday", "Putin, who turns 72 next week,", "Biden will turn 82": an event that states an
    // age; "turns" and "will turn" may speak of the coming birthday.
    private static Claim? Turned(SentenceContext s, int i, int j, int n)
    {
        var verb = i - 1;
        var past = s.IsWordAt(verb, "turned");
        if (!past && !s.IsWordAt(verb, "turns", "turning") && !(s.IsWordAt(verb, "turn") && s.IsWordAt(verb - 1, "will")))
        {
            return null;
        }

        // The number ends the phrase ("turned 70 on Saturday", "turned 70."), not "turned 180 degrees".
        if (s.TokenAt(j + 1) is { } next && next.Kind != TokenKind.Punctuation && !next.IsWord("on") && !next.IsWord("in")
            && !next.IsWord("last") && !next.IsWord("this") && !next.IsWord("and") && !next.IsWord("years") && !next.IsWord("earlier")
            && !next.IsWord("at") && !next.IsWord("next"))
        {
            return null;
        }

        var subjectVerb = s.IsWordAt(verb, "turn") ? verb - 1 : verb;
        if (SubjectWithAgeBefore(s, subjectVerb) is not { } subject
            || (subject.Entity.Type == EntityType.Person && n > 130) || AgeProperty(s, subject.Entity) is not { } property)
        {
            return null;
        }

        if (BirthdayPeriod.Read(s, j + 1, past) is { } period)
        {
            // "turned 81 in June", "turns 70 next month": the birthday falls in that month or year.
            return new AgeClaim(SpanOf(s.Tokens, i, j), subject.Entity, property, n, IsAnniversary: false, new TimeContext(period, Array.Empty<FactDate>(), s.Time.AsOf)) { Turning = true };
        }

        return new AgeClaim(SpanOf(s.Tokens, i, j), subject.Entity, property, n, IsAnniversary: false, EventTime(s, j + 1)) { Upcoming = !past };
    }

    /// <summary>The time of an event that a time phrase right after it dates ("turned 70 on Saturday", "in June 2024",
    /// "earlier this month"): that time alone, not the others the sentence names; else the sentence's times.</summary>
    private static TimeContext EventTime(SentenceContext s, int k)
    {
        var tokens = s.TokenSpan;
        var asOf = s.Time.AsOf;
        var at = s.IsWordAt(k, "on", "in") ? k + 1 : k;
        var date = (at > k ? DateExpression.Read(tokens, at)?.Date : null)
                   ?? (RelativeTime.Read(tokens, at, asOf, s.Time.Narrative) is { Present: false } relative ? relative.Date : (FactDate?)null)
                   ?? (s.IsWordAt(k, "in") && s.Time.Others.Count == 0 ? RelativeTime.BareMonth(tokens, at, asOf, s.Time.Narrative) : null);
        return date is { } when && when.DayNumber <= asOf.LastDayNumber ? new TimeContext(when, Array.Empty<FactDate>(), asOf) : s.Time;
    }

    // "NATO marked 75 years", "the EU celebrates 30 years since its founding": a number of years since the date (not
    // "marked 20 years in the alliance", which counts from another date).
    private static Claim? MarkedYears(SentenceContext s, int i, int j, int n)
    {
        if (!s.IsWordAt(i - 1, Celebrating) || !s.IsWordAt(j + 1, "years"))
        {
            return null;
        }

        var end = j + 2;
        if (s.IsWordAt(end, "since") && s.IsWordAt(end + 1, "its") && s.IsWordAt(end + 2, "founding", "creation", "birth"))
        {
            end += 3;
        }

        if (s.TokenAt(end) is { } after && after.Kind != TokenKind.Punctuation && !after.IsWord("on") && !after.IsWord("this")
            && !after.IsWord("last") && !after.IsWord("and"))
        {
            return null;
        }

        if (SubjectWithAgeBefore(s, i - 1) is not { } subject || AgeProperty(s, subject.Entity) is not { } property)
        {
            return null;
        }

        return new AgeClaim(SpanOf(s.Tokens, i, j), subject.Entity, property, n, IsAnniversary: true, s.Time);
    }

    /// <summary>The first date property in <paramref name="nouns"/> whose date the entity has.</summary>
    private static PropertyDefinition? DatedBy(Entity entity, IReadOnlyList<PropertyDefinition> nouns)
    {
        for (var i = 0; i < nouns.Count; i++)
        {
            var p = nouns[i];
            if (p.Kind == PropertyKind.Date && entity.GetFact(p.Name)?.Date is not null)
            {
                return p;
            }
        }

        return null;
    }

    // "The alliance, founded in 1949, celebrated its 75th anniversary": the year the age counts from, named in the
    // sentence, is that date itself, not the time the age is stated at, so the sentence has no time to check the age
    // against. Another year ("founded in 1948") is a claim of its own and leaves the age checked.
    private static bool NamesItsOwnDate(SentenceContext s, Entity entity, PropertyDefinition property)
    {
        if (entity.GetFact(property.Name)?.Date is not { } date)
        {
            return false;
        }

        if (s.Time.Primary != s.Time.AsOf && s.Time.Primary.Year == date.Year)
        {
            return true;
        }

        for (var i = 0; i < s.Time.Others.Count; i++)
        {
            if (s.Time.Others[i].Year == date.Year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of an anniversary: "NATO marked its 75th anniversary", "the EU celebrates 30 years".</summary>
    private static readonly HashSet<string> Celebrating = new(StringComparer.OrdinalIgnoreCase)
    {
        "marked", "marks", "marking", "mark", "celebrated", "celebrates", "celebrating", "celebrate", "commemorated",
        "commemorates", "commemorating", "observed", "observes", "observing",
    };

    // A method of its own, so that the lambda's closure (it captures the sentence) is made only when a reader gets this far,
    // not on every entry to a reader that most numbers leave at its first test (docs/performance.md).
    private static Mention? SubjectWithAgeBefore(SentenceContext s, int index) => SubjectBefore(s, index, e => AgeProperty(s, e) is not null);

    private static Claim? Make(SentenceContext s, Entity entity, int first, int last, int n)
        => AgeProperty(s, entity) is { } property ? Dated(s, new AgeClaim(SpanOf(s.Tokens, first, last), entity, property, n, IsAnniversary: false, s.Time)) : null;

    /// <summary>The claim as read, or read at the article's time and only confirmed when the sentence names the date it
    /// counts from (<see cref="OwnDateAge"/>).</summary>
    private static AgeClaim Dated(SentenceContext s, AgeClaim claim)
        => NamesItsOwnDate(s, claim.Subject, claim.Property) ? OwnDateAge.AtArticleTime(claim) : claim;
}
