using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules.Age;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Finds who holds an office: "NATO Secretary General Mark Rutte", "Ukrainian President Volodymyr Zelenskyy",
/// "President of Ukraine Volodymyr Zelenskyy", "Defense Secretary Pete Hegseth", "Rishi Sunak, Britain's prime minister,",
/// "Pete Hegseth, the US defense secretary", with "former", "ex-" and "then-".
/// </summary>
public sealed class RoleClaimExtractor : IClaimExtractor
{
    /// <summary>Words that make a title mean another office or a non-holder ("Vice President", "President-elect").</summary>
    private static readonly WordSet OtherOffice = new(new[]
    {
        "vice", "deputy", "assistant", "under", "acting", "interim", "incoming", "future", "late", "would", "designate", "elect",
        "first", "shadow", "nominee", "candidate", "associate", "senior", "chief", "lady", "prospective", "potential", "next", "sub",
    });

    /// <summary>Whether a word before or after a title makes it another office ("Deputy", "acting", "elect").</summary>
    internal static bool IsOtherOfficeWord(string word) => OtherOffice.Contains(word);

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        // Every role claim is about a person the sentence names.
        if (s.Mentions.Count == 0)
        {
            return Array.Empty<Claim>();
        }

        List<Claim>? claims = null; // most sentences name no office: allocate on the first claim only
        var t = s.TokenSpan; // a span, not the list interface: this loop reads every token
        for (int i = 0, count = s.HasCue(TokenCues.Title) ? t.Length : 0; i < count; i++)
        {
            if ((s.CuesAt(i) & TokenCues.Title) == 0)
            {
                continue;
            }

            if (s.MentionAt(i) is { } mention)
            {
                // "Justin Trudeau, the prime minister,": the title also reads as a back-reference to the name before it, but
                // the apposition states the role in so many words.
                if (mention.First == i && ((mention.Kind == MentionKind.Description ? Apposition(s, i, mention.End) : null) ?? TitleInName(s, mention)) is { } named)
                {
                    (claims ??= new List<Claim>()).Add(named);
                }

                continue;
            }

            var (length, offices) = s.Vocabulary.MatchTitle(t, i);
            if (length == 0)
            {
                continue;
            }

            var claim = TitleBeforeName(s, i, length, offices) ?? NameBeforeTitle(s, i, length, offices) ?? AsOpening(s, i, length, offices) ?? InvestitureReader.AsTitle(s, i, length, offices) ?? OccasionAsTitleReader.Read(s, i, length, offices) ?? UnknownHolder(s, i, length, offices);
            if (claim is RoleClaim { Title: null } role && length == 1)
            {
                claim = role with { Title = t[i].Text };
            }

            if (claim is RoleClaim { Tense: RoleTense.Current } current && IsPluralTitle(t[i + length - 1].Text, offices))
            {
                // "Presidents Barack Obama and Joe Biden": the courtesy of having held the office (SharedTitleClaim).
                claim = current with { ConfirmOnly = true };
            }

            if (claim is RoleClaim { Tense: RoleTense.Current, Time.ClauseTimes: not null } inClause)
            {
                claim = inClause with { Time = OutsideClauses(inClause.Time, inClause.Span) };
            }

            if (claim is RoleClaim { Tense: RoleTense.Current } && SinceReader.EndedAfter(s, i + length))
            {
                // "X, Finland's president until last March": a term that ended, not a claim about now.
                claim = null;
            }

            if (claim is not null)
            {
                (claims ??= new List<Claim>()).Add(claim);
                if (claim is RoleClaim held && (SinceReader.After(s, i + length, held) ?? RelativeTermReader.After(s, held)) is { } since)
                {
                    claims.Add(since);
                }
            }

            i += length - 1;
        }

        // Names with a term after them or a plural title before them: a few per sentence, not every token.
        var people = false;
        for (var m = 0; m < s.Mentions.Count; m++)
        {
            var person = s.Mentions[m];
            if (person.Entity.Type != EntityType.Person || person.Kind != MentionKind.Name)
            {
                continue;
            }

            people = true;

            if ((TenureReader.After(s, person) ?? HeldPostReader.After(s, person) ?? InPowerReader.Apposed(s, person)) is { } tenure)
            {
                (claims ??= new List<Claim>()).Add(tenure);
            }

            SharedTitleReader.Read(s, person, ref claims);
        }

        if (people)
        {
            // "X succeeded Y", "his predecessor, Y": only sentences that name someone.
            SuccessionReader.Read(s, ref claims);
        }

        // "his 16 years as chancellor", "after a reign of seventy years" (the owner may be a pronoun).
        TenureLengthReader.Read(s, ref claims);

        // "since X took office in 2017", "She was sworn in in 2014": taking office with no title.
        OfficeStartReader.Read(s, ref claims);

        // "X served as Chirac's prime minister", "his prime minister, X": an office through the person it served.
        PossessorOfficeReader.Read(s, ref claims);

        // "passed in 1999 under Prime Minister X": the holder at the time the phrase speaks of.
        UnderHolderReader.Read(s, ref claims);

        // "X led the Italian government from 2006 to 2008", "in X's cabinet in 2007": the head of government, no title.
        HeadOfGovernmentReader.Read(s, ref claims);

        // "X headed the Commission from 2014 to 2019", "X reigned from 1980 to 2013": an office told by its vocabulary verb.
        OfficeVerbReader.Read(s, ref claims);

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    /// <summary>The time of a present title without the relative times of clauses set off by commas elsewhere in the
    /// sentence ("X said relations, frozen during the war last year, could"): a clause's time is that clause's. A clause
    /// right after the name (", who took office last year,") is the person's own and keeps its time.</summary>
    private static TimeContext OutsideClauses(TimeContext time, TextSpan title)
    {
        List<FactDate>? others = null;
        foreach (var (date, clause) in time.ClauseTimes!)
        {
            if (clause.Start > title.End + 1 || clause.End < title.Start)
            {
                others ??= new List<FactDate>(time.Others);
                others.Remove(date);
            }
        }

        return others is null ? time : time with { Others = others };
    }

    /// <summary>The role of one of several names after a plural title at <paramref name="title"/>: the title's qualifier
    /// and tense as for one name ("Former US presidents X and Y").</summary>
    internal static RoleClaim? SharedTitleClaim(SentenceContext s, int title, Mention person, IReadOnlyList<PropertyDefinition> offices)
    {
        var (tense, lead) = TenseBefore(s, title);
        var qualifier = s.MentionEndingBefore(lead) is { } q && q.Entity.Type != EntityType.Person ? q : null;
        if (qualifier is not null && tense == RoleTense.Current)
        {
            tense = TenseBefore(s, qualifier.First).Tense;
        }

        if (qualifier is null && !s.TokenSpan[title].IsCapitalized && tense == RoleTense.Current)
        {
            return null;
        }

        // "Presidents Barack Obama, Donald Trump and Joe Biden attended": several people cannot all hold one office now, and
        // the plural title is the courtesy of having held it, so a current plural title only ever confirms.
        return Make(s, person, qualifier?.Entity, offices, tense) is RoleClaim claim
            ? (tense == RoleTense.Current ? claim with { ConfirmOnly = true } : claim)
            : null;
    }

    // The first word of the sentence, or the first after an opening quotation mark or bracket.
    private static bool IsSentenceStart(SentenceContext s, int index)
        => index == 0 || (index == 1 && s.TokenAt(0) is { Kind: TokenKind.Punctuation });

    // "Presidents": a title word in the plural, which no title of the offices ends with.
    private static bool IsPluralTitle(string last, IReadOnlyList<PropertyDefinition> offices)
    {
        if (last.Length < 4 || (last[last.Length - 1] != 's' && last[last.Length - 1] != 'S'))
        {
            return false;
        }

        foreach (var office in offices)
        {
            foreach (var title in office.Titles)
            {
                if (title.EndsWith(last, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // [former|then-] [Qualifier['s]] [former|then-] Title [of Qualifier] [,] Person
    private static Claim? TitleBeforeName(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var end = title + length;
        if (IsOtherOffice(s, title - 1) || IsHyphenatedOtherOffice(s, title - 2) || (s.TokenAt(end)?.Is('-') == true && IsOtherOffice(s, end + 1)))
        {
            return null;
        }

        // "Ukraine's former president X": a tense marker between the qualifier and the title; "Italy's new prime minister, X":
        // a word of the present.
        var (modifier, modified) = TitleModifier.Before(s, title);
        var (tense, lead) = TenseBefore(s, modified);
        var qualifier = s.MentionEndingBefore(lead) is { } q && q.Entity.Type != EntityType.Person ? q : null;
        var apposed = false;

        // "The Italian prime minister at the time, X, said": the title of the time the sentence speaks of.
        if (tense == RoleTense.Current && AtTheTime(s, end))
        {
            tense = RoleTense.Then;
            end += 3;
        }

        // "Canadian president of the bank": the title is of another body, so it says nothing of Canada's offices.
        var ofOther = qualifier is not null && s.IsWordAt(end, "of");
        if (qualifier is null && s.IsWordAt(end, "of"))
        {
            if ((s.MentionStartingAt(end + 1) ?? s.MentionStartingAt(SkipDeterminer(s, end + 1))) is { } after && after.Entity.Type != EntityType.Person)
            {
                qualifier = after;
                end = after.End;
            }
        }

        // "Bundestag President Frank-Walter Steinmeier", "Senate President X": a capitalized word the facts do not know before
        // the title names another body, whose office this is.
        if (qualifier is null && lead > 0 && s.TokenAt(lead - 1) is { Kind: TokenKind.Word, IsCapitalized: true } body
            && s.MentionAt(lead - 1) is null && !IsSentenceStart(s, lead - 1) && !s.IsWordAt(lead - 1, "the") && !CalendarWords.Contains(body.Text)
            && !(OwnBodyTitle.Of(s, offices) is { } own && OwnBodyTitle.IsWordOfBody(own.Organization, body.Text)))
        {
            return null;
        }

        if (s.TokenAt(end)?.Is(',') == true && qualifier is not null)
        {
            if (!MayIntroduceNameAfterComma(s, qualifier.First < lead ? qualifier.First : lead))
            {
                return null;
            }

            end++;
        }
        else if (qualifier is null && ApposedAfterOpeningTitle(s, lead, end))
        {
            // "The president of the European Commission, X, said": the name set off after the title is its holder.
            apposed = true;
            end++;
        }

        if (s.MentionStartingAt(end) is not { } person || person.Entity.Type != EntityType.Person || s.TokenAt(lead - 1)?.IsPossessive == true && qualifier is null)
        {
            return null;
        }

        if (tense == RoleTense.Current)
        {
            tense = TenseBefore(s, qualifier?.First < title ? qualifier.First : title).Tense;
        }

        // Without a qualifier only a capitalized title ("President Trump") or one after "former", "ex-" or "then-"
        // ("then-president Biden") is a title before a name; "the president Trump said" is not.
        if (qualifier is null && !s.TokenSpan[title].IsCapitalized && tense == RoleTense.Current && !apposed)
        {
            return null;
        }

        var claim = Make(s, person, qualifier?.Entity, offices, tense, ofOther);
        if (tense == RoleTense.Current && modifier != TitleModifier.Kind.None && claim is RoleClaim present)
        {
            claim = TitleModifier.Apply(present, modifier);
        }

        // "outgoing Prime Minister X", and the one replaced: "Carney replaces Prime Minister Justin Trudeau", "took over
        // from President X".
        var start = qualifier?.First < lead ? qualifier.First : lead;

        // "the 44th US President X", "the fifth President of Ukraine, X": the ordinal counts holders, so the title may be of
        // any of the person's terms; it confirms a current holder and says nothing against anyone else.
        if (tense == RoleTense.Current && claim is RoleClaim counted && (OrdinalStart(s, start) < start || OrdinalStart(s, title) < title))
        {
            return counted with { ConfirmOnly = true };
        }

        if (tense == RoleTense.Current && claim is RoleClaim outgoing
            && (s.IsWordAt(start - 1, "outgoing", "departing") || s.IsWordAt(start - 1, ReplacingWords) || (s.IsWordAt(start - 1, "from") && s.IsWordAt(start - 2, "over"))
                || (s.IsWordAt(start - 1, "of") && s.IsWordAt(start - 2, LeavingNouns))))
        {
            claim = outgoing with { Outgoing = true };
        }

        // "He (UK Prime Minister X) said ...": a gloss naming whom a pronoun of quoted words stands for; the title is the
        // quotation's time, like a title in quotation marks.
        if (claim is RoleClaim glossed && (s.TokenAt(start - 1)?.Is('(') == true || s.TokenAt(start - 1)?.Is('[') == true)
            && s.TokenAt(start - 2) is { Kind: TokenKind.Word } pronoun && GlossedPronouns.Contains(pronoun.Text))
        {
            claim = glossed with { Quoted = true };
        }

        // "held posts under Chancellor X" in the past tense: a title of the time of that service; "until President X recalled
        // him", "who was fired by President X": a title of the time of an undated past event.
        if (tense == RoleTense.Current && claim is RoleClaim earlier && IsUnder(s, start) && !TimeContextReader.InPresentTense(s.Tokens))
        {
            claim = earlier with { Earlier = true };
        }
        else if (tense == RoleTense.Current && claim is RoleClaim past && PastEventClause.Holds(s, start, person))
        {
            claim = past with { PastEvent = true };
        }

        // "he was once expected to follow Chancellor X": a past-tense sentence with no time of its own.
        if (tense == RoleTense.Current && claim is RoleClaim undated && !TimeContextReader.InPresentTense(s.Tokens) && !NamesTime(s))
        {
            claim = undated with { UndatedPast = true };
        }

        // "the impending arrival of President X", "the incoming Chancellor X", "if he wins, President X would": a title of
        // a time to come.
        if (tense == RoleTense.Current && claim is RoleClaim coming && (IsComing(s, start) || IsHypothetical(s, start, person.End)))
        {
            claim = coming with { Coming = true };
        }

        return tense == RoleTense.Current && claim is RoleClaim role && InvestitureReader.IsTakenAfter(s, person.End) ? role with { Investiture = true } : claim;
    }

    /// <summary>Whether the sentence may place its event near the article's date: a number in digits, a counted time ("three
    /// days ago"), or a word of the days and weeks around it ("on Monday", "yesterday", "last week", "this month"). The
    /// "next" of "next in line" is none of them.</summary>
    private static bool NamesTime(SentenceContext s)
    {
        if ((TokenClasses.InSentence(s.Tokens) & (TokenClass.Digits | TokenClass.CountAnchor)) != 0)
        {
            return true;
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && NearTimeWords.Contains(s.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet NearTimeWords = new([
        "yesterday", "today", "tonight", "now", "currently", "recently", "lately", "week", "weekend", "month", "year", "last", "this",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    /// <summary>"As chancellor, X cut taxes", "In 2010, as German chancellor, X ...", "As a former prime minister, X ...": an
    /// opening phrase of the role the subject acted in, of the time the sentence speaks of (right when the person held the
    /// office then, or at some time before the article when no time is named). Only at the start of the sentence or after
    /// a comma, with the name right after the phrase's comma; silent before a word of a time to come ("As president, X
    /// would ...") and for a title the person held nowhere (it may be another body's).</summary>
    private static Claim? AsOpening(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var end = title + length;
        if (IsOtherOffice(s, title - 1) || IsOtherOffice(s, end))
        {
            return null;
        }

        var (tense, lead) = TenseBefore(s, title);
        var qualifier = s.MentionEndingBefore(lead) is { } q && q.Entity.Type != EntityType.Person && !q.IsPossessive ? q : null;
        if (qualifier is not null)
        {
            lead = qualifier.First;
            if (tense == RoleTense.Current)
            {
                (tense, lead) = TenseBefore(s, lead);
            }
        }
        else if (s.IsWordAt(end, "of") && (s.MentionStartingAt(end + 1) ?? s.MentionStartingAt(SkipDeterminer(s, end + 1))) is { Kind: not MentionKind.Adjective, IsPossessive: false } after
                 && after.Entity.Type != EntityType.Person)
        {
            // "As prime minister of Italy, X ...".
            qualifier = after;
            end = after.End;
        }

        if (s.IsWordAt(lead - 1, "a", "an", "the"))
        {
            lead--;
        }

        if (!s.IsWordAt(lead - 1, "as") || !(IsSentenceStart(s, lead - 1) || s.TokenAt(lead - 2)?.Is(',') == true))
        {
            return null;
        }

        // "As chancellor in 2010, X ...": a time of the phrase's own before its comma.
        if (s.IsWordAt(end, "in") && s.TokenAt(end + 1) is { Kind: TokenKind.Number })
        {
            end += 2;
        }

        if (s.TokenAt(end)?.Is(',') != true || s.MentionStartingAt(end + 1) is not { Kind: MentionKind.Name, IsPossessive: false } person
            || person.Entity.Type != EntityType.Person || s.TokenAt(person.End) is not { Kind: TokenKind.Word } verb || AsOpeningStops.Contains(verb.Text))
        {
            return null;
        }

        return Make(s, person, qualifier?.Entity, offices, tense == RoleTense.Current ? RoleTense.Then : tense);
    }

    /// <summary>"German Chancellor Helmut Kohl" in 1999: a country's title (an adjective or a possessive of a known country or
    /// organisation, one office of it) before two or three capitalized words that name no one the facts know, in a sentence
    /// of the article's time (no other time in it or, for a past-tense sentence, the one before), not quoted and not in
    /// title case. The facts' holder at that time shows the name is not the holder's (<see cref="UnknownHolderClaimVerifier"/>).
    /// A word of a known person's name after the first (a given name is shared by many: "John Major" is not John Kerry), a
    /// word of the vocabulary, or a month keeps it silent (a variant or a misspelling of a known name, or no name at all).</summary>
    private static Claim? UnknownHolder(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var end = title + length;
        if (s.MentionEndingBefore(title) is not { Kind: MentionKind.Adjective or MentionKind.Name } qualifier || qualifier.Entity.Type == EntityType.Person
            || s.TokenSpan[end - 1].IsPossessive || IsOtherOffice(s, end) || (s.TokenAt(end)?.Is('-') == true)
            || TenseBefore(s, qualifier.First).Tense != RoleTense.Current || TitleModifier.Before(s, qualifier.First).Kind != TitleModifier.Kind.None
            || (s.TokenAt(qualifier.First - 1) is { Kind: TokenKind.Word } stop && UnknownHolderStops.Contains(stop.Text)) || s.TokenAt(qualifier.First - 1) is { Kind: TokenKind.Word, IsCapitalized: true } || s.IsQuotedAt(title))
        {
            return null;
        }

        PropertyDefinition? office = null;
        foreach (var candidate in offices)
        {
            if (qualifier.Entity.GetFact(candidate.Name) is { IsTimeline: true } fact && fact.Timeline.Count > 0)
            {
                if (office is not null && office.Name != candidate.Name)
                {
                    return null;
                }

                office = candidate;
            }
        }

        if (office is null)
        {
            return null;
        }

        // Two or three capitalized words, none known, then a word in lower case or punctuation.
        var names = PersonNames.Of(s.KnowledgeBase);
        var last = end;
        while (last < end + 3 && s.TokenAt(last) is { Kind: TokenKind.Word, IsCapitalized: true } word && !word.IsPossessive)
        {
            if (word.Text.Length < 2 || s.MentionAt(last) is not null || IsAllUpper(word.Text) || s.Vocabulary.Words.Contains(word.Text)
                || IsOtherOffice(s, last) || CalendarWords.Contains(word.Text) || (last > end && names.IsAnyPersonWord(word.Text)))
            {
                return null;
            }

            last++;
        }

        // "Helmut Kohl's": the possessive ends the name.
        if (s.TokenAt(last) is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: true } owner && last < end + 3
            && s.MentionAt(last) is null && !names.IsAnyPersonWord(Bare(owner.Text)) && !s.Vocabulary.Words.Contains(Bare(owner.Text)))
        {
            last++;
        }

        if (last - end < 2 || s.TokenAt(last) is { Kind: TokenKind.Word, IsCapitalized: true } or { Kind: TokenKind.Number } || IsTitleCase(s))
        {
            return null;
        }

        // The article's time only: a sentence or narrative that names another time may speak of a holder the facts do not reach.
        var time = s.Time;
        if (time.Primary != time.AsOf || time.Others.Count > 0 || time.Carried || time.Narrative is not null || s.NearbyPastYears().Nearby.Count > 0)
        {
            return null;
        }

        var first = s.TokenSpan[end].Span;
        var span = new TextSpan(first.Start, s.TokenSpan[last - 1].Span.End - first.Start);
        return new UnknownHolderClaim(span, qualifier.Entity, office, JoinWords(s, end, last), time);
    }

    private static readonly WordSet UnknownHolderStops = new(["under", "outgoing", "departing", "former", "late", "then", "from", "of", "replaces", "replaced", "replacing", "succeeds", "succeeded", "succeeding", "to", "as", "ex"]);

    private static string JoinWords(SentenceContext s, int from, int to)
    {
        var words = new string[to - from];
        for (var k = from; k < to; k++)
        {
            words[k - from] = Bare(s.TokenSpan[k].Text);
        }

        return string.Join(" ", words);
    }

    // "Kohl's" without its possessive ending.
    private static string Bare(string word)
        => word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word.Substring(0, word.Length - 2) : word;

    // A headline in title case: more than half its words capitalized.
    private static bool IsTitleCase(SentenceContext s)
    {
        int words = 0, capitalized = 0;
        foreach (var token in s.TokenSpan)
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
                capitalized += token.IsCapitalized ? 1 : 0;
            }
        }

        return capitalized * 2 > words;
    }

    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // After "As chancellor, X": a time to come or a guess ("would", "will"), or a name that goes on.
    private static readonly WordSet AsOpeningStops = new(["will", "would", "could", "might", "may", "should", "must", "can", "shall", "and"]);

    /// <summary>Whether the title phrase ending before <paramref name="end"/> opens the sentence after "The" and a name set off
    /// by commas follows it ("The president of the European Commission, X, said"): the name is the title's holder. Not after a
    /// preposition or mid-sentence ("Asked about the president, X said"), where the title may stand for someone else.</summary>
    private static bool ApposedAfterOpeningTitle(SentenceContext s, int lead, int end)
        => s.TokenAt(end)?.Is(',') == true && s.IsWordAt(lead - 1, "the") && IsSentenceStart(s, lead - 1)
           && s.MentionStartingAt(end + 1) is { Kind: MentionKind.Name } person && s.TokenAt(person.End)?.Is(',') == true;

    /// <summary>Whether a title phrase starting at <paramref name="start"/> and closed by a comma may be the title of the
    /// name after the comma ("NATO's chief, Jens Stoltenberg, said"). Not when it closes an apposition to a name before
    /// it ("with Jens Stoltenberg, the secretary-general of NATO, Trump said") or is what someone becomes ("Before becoming
    /// NATO chief, Stoltenberg served").</summary>
    private static bool MayIntroduceNameAfterComma(SentenceContext s, int start)
    {
        var k = s.IsWordAt(start - 1, "the", "a", "an") ? start - 1 : start;
        if (s.TokenAt(k - 1)?.Is(',') == true && s.MentionEndingBefore(k - 1) is { } before && before.Entity.Type == EntityType.Person)
        {
            return false;
        }

        return !s.IsWordAt(k - 1, BecomingWords);
    }

    // "under" before the title, or before the first of a list of titled names the title goes on: "under Chancellor Helmut
    // Kohl and Chancellor Angela Merkel".
    private static bool IsUnder(SentenceContext s, int start)
    {
        var k = start - 1;
        if (!s.IsWordAt(k, "and") && s.TokenAt(k)?.Is(',') != true)
        {
            return s.IsWordAt(k, "under");
        }

        for (k--; k >= 0 && k >= start - 10; k--)
        {
            if (s.IsWordAt(k, "under"))
            {
                return true;
            }

            if (s.TokenAt(k) is not { } token || !(token.Is(',') || token.Is('.') || token is { Kind: TokenKind.Word, IsCapitalized: true }))
            {
                return false;
            }
        }

        return false;
    }

    // A word of a time to come at most four words before the title: "the impending arrival of", "the upcoming swearing-in
    // of" (a hyphen joins the words of one noun).
    private static bool IsComing(SentenceContext s, int start)
    {
        var words = 0;
        for (var k = start - 1; k >= 0 && words < 4; k--)
        {
            var token = s.TokenSpan[k];
            if (token.Is('-'))
            {
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (ComingWords.Contains(token.Text))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    // A title in a condition or a guess about the future: "If Trump wins, President Trump would end aid", "President X
    // could scrap the deal". Only read as a time to come, so it is silent just when the person takes the office later.
    private static bool IsHypothetical(SentenceContext s, int start, int personEnd)
    {
        if (s.TokenAt(personEnd) is { Kind: TokenKind.Word } next && ConditionalModals.Contains(next.Text))
        {
            return true;
        }

        for (var k = start - 1; k >= 0; k--)
        {
            if (s.IsWordAt(k, "if", "unless"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet ConditionalModals = new(new[] { "would", "could", "might" });

    private static readonly WordSet GlossedPronouns = new(new[] { "he", "she", "him", "her", "his", "they", "them", "we", "i" });

    // "newly elected Prime Minister X": elected and perhaps not yet sworn in, like "incoming".
    private static readonly WordSet ComingWords = new(new[] { "incoming", "impending", "upcoming", "forthcoming", "future", "designate", "newly" });

    // "accepted the resignation of Prime Minister X": the one leaving, read like "outgoing".
    private static readonly string[] LeavingNouns = { "resignation", "ouster", "dismissal", "departure", "removal", "sacking", "exit", "impeachment" };

    private static readonly string[] ReplacingWords = { "replaces", "replaced", "replacing", "succeeds", "succeeded", "succeeding" };

    private static readonly string[] BecomingWords = { "become", "becomes", "became", "becoming", "as", "named", "appointed", "elected", "being" };

    // Person, [the|a] [former] Qualifier['s] [former] title | Person, [the] [former] title of [the] Qualifier
    // and the same after "is", "was", "became" or ", who is": "Mark Rutte is a former Dutch prime minister".
    private static Claim? NameBeforeTitle(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var end = title + length;
        if (s.TokenSpan[end - 1].IsPossessive || IsOtherOffice(s, end) || (s.TokenAt(end)?.Is('-') == true && IsOtherOffice(s, end + 1)))
        {
            return null;
        }

        var (modifier, modified) = TitleModifier.Before(s, OrdinalStart(s, title));
        var (tense, k) = TenseBefore(s, modified);
        Mention? qualifier;
        var ofOther = false;
        var phraseEnd = end;
        if (s.MentionEndingBefore(k) is { } before && before.Entity.Type != EntityType.Person)
        {
            qualifier = before;
            k = before.First;
            ofOther = s.IsWordAt(end, "of");
            if (ofOther && s.TokenAt(s.IsWordAt(end + 1, "the") ? end + 2 : end + 1) is { Kind: TokenKind.Word, IsCapitalized: true })
            {
                // "X, the Polish president of the European Council": the title of another body, held by a national of the
                // country; it says nothing of the country's own offices ("Britain's third prime minister of the year" does).
                return null;
            }
        }
        else if (s.IsWordAt(end, "of") && (s.MentionStartingAt(end + 1) ?? s.MentionStartingAt(SkipDeterminer(s, end + 1))) is { Kind: not MentionKind.Adjective, IsPossessive: false } after
                 && after.Entity.Type != EntityType.Person && !s.IsWordAt(after.End, "and", "or"))
        {
            // "prime minister of the Netherlands": the alias may begin with "the".
            qualifier = after;
            phraseEnd = after.End;
        }
        else if (IsBareTitleEnd(s, end))
        {
            // "Liz Truss, the prime minister,", "Trump, a former president", "David Cameron was prime minister": no country
            // named, so the title means the offices by that name the person has held (none: silent, it may be another body's).
            qualifier = null;
        }
        else
        {
            return null;
        }

        if (IsOtherOffice(s, k - 1))
        {
            return null;
        }

        if (tense == RoleTense.Current && modifier == TitleModifier.Kind.None && qualifier is not null)
        {
            // "X, now Italy's prime minister,": the word of the present before the country.
            (modifier, k) = TitleModifier.Before(s, k);
        }

        if (tense == RoleTense.Current)
        {
            (tense, k) = TenseBefore(s, k);
        }

        // "X, who was prime minister at the time,", "X, Italy's prime minister at the time,": the time the sentence speaks of.
        if (tense == RoleTense.Current && AtTheTime(s, phraseEnd))
        {
            tense = RoleTense.Then;
        }

        // "then" or "at the time" written: the title is of the time the sentence names, not of any time before it.
        var timeWritten = tense == RoleTense.Then;

        if (s.IsWordAt(k - 1, "the", "a", "an"))
        {
            k--;

            // "X, then the prime minister,": "then" before the article dates the title as "then-" does.
            if (tense == RoleTense.Current && s.IsWordAt(k - 1, "then"))
            {
                tense = RoleTense.Then;
                k--;
            }
        }

        // The link between the person and the title: an appositive comma or a copula ("was", "became", "was elected", "served
        // as"; "he" may stand for the one person named before it).
        Mention? person;
        var describedSubject = false;
        var stated = false;
        var relative = false;
        var link = Link.None;
        if (s.TokenAt(k - 1)?.Is(',') == true)
        {
            // "X, 57, the French president,": an age between the name and the title.
            person = s.MentionEndingBefore(k - 1) ?? (IsAgeBefore(s, k) ? s.MentionEndingBefore(k - 3) : null);
        }
        else if (s.IsWordAt(k - 1, "as") && s.TokenAt(k - 2)?.Is(',') == true && s.TokenAt(phraseEnd)?.Is(',') == true
                 && s.MentionEndingBefore(k - 2) is { Kind: MentionKind.Name } named && tense is RoleTense.Current or RoleTense.Then)
        {
            // "X, as chancellor, cut taxes": the role the person acted in, at the time the sentence speaks of.
            person = named;
            tense = RoleTense.Then;
            timeWritten = true;
        }
        else if ((link = LinkBefore(s, k, out var linkStart)) != Link.None)
        {
            if (link != Link.Is && tense == RoleTense.Current)
            {
                // "X was Britain's prime minister": at some time before, or at the time the sentence names.
                tense = RoleTense.Then;
            }

            // "X, who was", "X, 65, who was", "X, 65, was", "X was", "he was".
            var who = s.IsWordAt(linkStart - 1, "who") && s.TokenAt(linkStart - 2)?.Is(',') == true ? linkStart - 1 : linkStart;
            relative = who != linkStart;
            var skipped = InvestitureReader.SkipAge(s, who);
            var personEnd = skipped != who ? skipped : who == linkStart - 1 ? linkStart - 2 : linkStart;
            person = s.MentionEndingBefore(personEnd) ?? PersonPronoun.Resolve(s.TokenSpan, personEnd - 1, s.Mentions, s.Document);
            if (person is null && DescribedPersonAge.Subject(s, personEnd) is { } described)
            {
                // "Claes, 57, denies it. The former Belgian economy minister had been NATO's secretary general since ...": a
                // description opening the sentence stands for the one person named just before, as for an age; read only
                // when that person held the office named (checked below), so a description of someone else stays silent.
                person = new Mention(described, MentionKind.Pronoun, 0, personEnd, SpanOf(s.Tokens, 0, personEnd - 1), false);
                describedSubject = true;
            }

            stated = qualifier is null || link is Link.Became or Link.Chosen or Link.Served;
        }
        else
        {
            return null;
        }

        if (person is null || person.Entity.Type != EntityType.Person || person.IsPossessive)
        {
            return null;
        }

        // With no country named, a title the person never held may be another body's ("X, the president of the club"); with
        // "then" or "at the time" and a time named, the office the person held then shows which one was meant.
        var claim = qualifier is null
            ? Make(s, person, null, offices, tense) is var made && (made is RoleClaim || (made is UnheldTitleClaim && timeWritten)) ? made : null
            : Make(s, person, qualifier.Entity, offices, tense, ofOther);
        if (describedSubject)
        {
            if (claim is not RoleClaim through || !HeldAny(s, through))
            {
                return null;
            }

            // The description chose the person through the facts' offices, so holding the office at the time is only
            // confirmed; what the clause dates (a term, a run) is still checked.
            claim = through with { ConfirmOnly = true };
        }

        if (tense == RoleTense.Current && modifier != TitleModifier.Kind.None && claim is RoleClaim present)
        {
            claim = TitleModifier.Apply(present, modifier);
        }

        if (claim is RoleClaim past && link is not (Link.None or Link.Is) && tense == RoleTense.Then && relative && !timeWritten)
        {
            claim = past with { Past = true };
        }

        // "X, the fifth President of Ukraine": the ordinal counts holders, so the title may be of any of the person's terms.
        if (tense == RoleTense.Current && claim is RoleClaim counted && OrdinalStart(s, title) < title)
        {
            claim = counted with { ConfirmOnly = true };
        }

        // "X, who became prime minister in 2016", "X was elected president in 2020", "X was prime minister from 2010 to 2024",
        // "X, Prime Minister of Ukraine (2014-2016),": when the term began (and ended).
        if (claim is RoleClaim held && Term(s, person, held, link, phraseEnd) is { } term)
        {
            return term;
        }

        if (link == Link.None && TermDates.Bracketed(s, phraseEnd) is not null)
        {
            return null; // the years say when the title was held, and the person held no such office: another body's, perhaps
        }

        if (link == Link.Chosen)
        {
            // "was elected president" with no date: chosen, maybe not yet in office ("X was elected on Tuesday").
            return null;
        }

        // "Tusk was prime minister from 2007 to 2014", "X, 65, who became its 13th secretary general": the words from the
        // name to the title state the role.
        // "The 57-year-old, who was prime minister of the Netherlands": a description states no title of its own, so the words
        // up to the title are the claim's too.
        return (stated || person.Kind == MentionKind.Description) && claim is RoleClaim role ? role with { Span = new TextSpan(person.Span.Start, s.TokenSpan[title + length - 1].Span.End - person.Span.Start) } : claim;
    }

    /// <summary>How a copula links a person to the title after it.</summary>
    private enum Link
    {
        None,
        Is,
        Was,
        Became,
        Chosen,
        Served,
    }

    // The copula that ends right before <paramref name="k"/>: "is", "was", "became", "was elected", "were appointed",
    // "served as".
    /// <summary>Whether the claim's person held one of its offices at some time.</summary>
    private static bool HeldAny(SentenceContext s, RoleClaim claim)
        => RoleClaimVerifier.TermsIn(s.KnowledgeBase.GetTermsOf(claim.Subject.Id), claim.Offices).Count > 0;

    private static Link LinkBefore(SentenceContext s, int k, out int start)
    {
        start = k - 1;
        if (s.IsWordAt(k - 1, "is"))
        {
            return Link.Is;
        }

        if (s.IsWordAt(k - 1, "was"))
        {
            return Link.Was;
        }

        if (s.IsWordAt(k - 1, "became"))
        {
            return Link.Became;
        }

        start = k - 2;
        if (s.IsWordAt(k - 1, "been") && s.IsWordAt(k - 2, "has", "have", "had"))
        {
            // "X, who has been president since 2014" holds now; "had been" at some time before.
            return s.IsWordAt(k - 2, "had") ? Link.Was : Link.Is;
        }

        if (s.IsWordAt(k - 1, "elected", "appointed") && s.IsWordAt(k - 2, "was", "were"))
        {
            return Link.Chosen;
        }

        if (s.IsWordAt(k - 1, "as") && s.IsWordAt(k - 2, "served"))
        {
            return Link.Served;
        }

        // "X took over as secretary general in July 1989" tells when the term began, as "became" does.
        start = k - 3;
        return s.IsWordAt(k - 1, "as") && s.IsWordAt(k - 2, "over") && s.IsWordAt(k - 3, "took") ? Link.Became : Link.None;
    }

    // The term's dates right after the title's phrase: "became ... in 2016", "was elected ... in 2020", "was ... from 2010 to
    // 2024", "served as ... from 2014 to 2024". Only for an office the person held (else the role reading says so).
    private static TermClaim? Term(SentenceContext s, Mention person, RoleClaim held, Link link, int end)
    {
        FactDate from;
        FactDate? to = null;
        int last;
        var relative = false;
        if (link == Link.None)
        {
            if (TermDates.Bracketed(s, end) is not { } years)
            {
                return null;
            }

            (from, to, last) = (years.From, years.To, years.End);
        }
        else if (link is Link.Became or Link.Chosen)
        {
            var at = link == Link.Chosen ? TermDates.PastAgent(s, end) : end;
            if (TermDates.Start(s, at) is { } start)
            {
                (from, last) = start;
            }
            else if (TermDates.RelativeDay(s, at) is { } day)
            {
                (from, last) = day;
                relative = true;
            }
            else
            {
                return null;
            }
        }
        else if (link is Link.Was or Link.Served && TermDates.Range(s, end) is { } range)
        {
            (from, to, last) = (range.From, range.To, range.End);
        }
        else
        {
            return null;
        }

        var terms = s.KnowledgeBase.GetTermsOf(person.Entity.Id);
        var any = false;
        var begins = false;
        for (var t = 0; t < terms.Count; t++)
        {
            for (var o = 0; o < held.Offices.Count; o++)
            {
                if (terms[t].Organization.Id == held.Offices[o].Organization.Id && terms[t].Property.Name == held.Offices[o].Property.Name)
                {
                    any = true;
                    begins |= terms[t].From == from;
                }
            }
        }

        // A day of the article's week only confirms: when no term began that day, the title is read as it stands ("Gordon
        // Brown became prime minister today", in 1997, is still the wrong man for the office then).
        if (!any || (relative && !begins))
        {
            return null;
        }

        var span = new TextSpan(person.Span.Start, s.TokenSpan[last - 1].Span.End - person.Span.Start);
        return new TermClaim(span, person.Entity, held.Offices, from, to, link == Link.Chosen, s.Time) { ConfirmOnly = relative };
    }

    // After a title with no country named: the end of the phrase (a comma, a clause word, the sentence's end), not a name
    // or a phrase that makes it another body's title ("the president of the club", "the prime minister's office").
    private static bool IsBareTitleEnd(SentenceContext s, int end)
        => AtTheTime(s, end) || TermDates.PastAgent(s, end) is var agent && agent > end && IsBareTitleEnd(s, agent)
           || s.TokenAt(end) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') || next.Is(')')
           || (next.Kind == TokenKind.Word && !next.IsCapitalized && BareTitleFollowers.Contains(next.Text)
               && (!(next.IsWord("in") || next.IsWord("on")) || s.TokenAt(end + 1) is { Kind: TokenKind.Number } or { IsCapitalized: true }));

    /// <summary>Words that may follow a title with no country named and end its phrase: "Trump, a former president who",
    /// "David Cameron was prime minister and", "was prime minister from 2003 to 2014", "was prime minister in 2012" (not "in
    /// waiting"), "became prime minister on Friday" or "today", "the prime minister the Queen appointed". An agent may stand
    /// between the title and its date: "was elected chancellor by the Bundestag in 1998".</summary>
    private static readonly WordSet BareTitleFollowers = new(new[]
    {
        "who", "whom", "whose", "and", "but", "from", "until", "when", "since", "between", "in", "on", "today", "the", "said",
        "says",
    });

    private static Claim? Apposition(SentenceContext s, int title, int end)
    {
        var (length, offices) = s.Vocabulary.MatchTitle(s.Tokens, title);
        return length == end - title ? NameBeforeTitle(s, title, length, offices) : null;
    }

    /// <summary>A title inside a person's name ("King Charles III", an alias) or a back-reference made of a title ("the former
    /// prime minister", "the new chancellor"): the title chose or names the person, so the claim is only ever confirmed.</summary>
    private static Claim? TitleInName(SentenceContext s, Mention mention)
    {
        if (mention.Entity.Type != EntityType.Person || mention.Kind is not (MentionKind.Name or MentionKind.Description))
        {
            return null;
        }

        var first = mention.First;
        var (length, offices) = s.Vocabulary.MatchTitle(s.Tokens, first);
        var whole = first + length == mention.End;
        if (length == 0 || (mention.Kind == MentionKind.Name ? whole : !whole) || IsOtherOffice(s, first - 1) || IsHyphenatedOtherOffice(s, first - 2))
        {
            return null;
        }

        var (tense, lead) = TenseBefore(s, first);
        var qualifier = s.MentionEndingBefore(lead) is { Kind: not MentionKind.Pronoun } q && q.Entity.Type != EntityType.Person ? q : null;
        if (qualifier is not null && tense == RoleTense.Current)
        {
            tense = TenseBefore(s, qualifier.First).Tense;
        }

        return Make(s, mention, qualifier?.Entity, offices, tense) is RoleClaim claim
            ? claim with { ConfirmOnly = true, Title = length == 1 ? s.Tokens[first].Text : null }
            : null;
    }

    /// <summary>Where the title's phrase starts when an ordinal stands before it ("Canada's 24th prime minister", "Germany's
    /// ninth chancellor"): the ordinal counts holders, which the facts do not number, and says nothing against the role.</summary>
    internal static int OrdinalStart(SentenceContext s, int title)
    {
        if (s.TokenAt(title - 1) is not { } before || (before.Kind == TokenKind.Word && before.IsWord("first")))
        {
            return title;
        }

        // "X became the last prime minister in 2016": the last holder before the office ended, a past role after a past
        // link (an apposition "X, the last prime minister," is not read as holding it now).
        if (before.IsWord("last") && s.IsWordAt(title - 2, "the") && s.IsWordAt(title - 3, "became", "was"))
        {
            return title - 1;
        }

        if (before.Kind == TokenKind.Number ? TryOrdinal(before, out _) : before.Kind == TokenKind.Word && Numbers.NumberWords.Read(s.TokenSpan, title - 1) is { Ordinal: true, Length: 1 })
        {
            return title - 1;
        }

        return title;
    }

    /// <summary>The role of a person taking an office: a claim about the office named, or about an office the entity lacks;
    /// never a title the person held nowhere (it may be another body's, which the facts do not list).</summary>
    internal static Claim? MakeForPerson(SentenceContext s, Mention person, Entity? qualifier, IReadOnlyList<PropertyDefinition> offices)
        => Make(s, person, qualifier, offices, RoleTense.Current) is { } claim and not UnheldTitleClaim ? claim : null;

    private static Claim? Make(SentenceContext s, Mention person, Entity? qualifier, IReadOnlyList<PropertyDefinition> offices, RoleTense tense, bool ofOther = false)
    {
        var candidates = new List<OfficeRef>();
        var terms = s.KnowledgeBase.GetTermsOf(person.Entity.Id);
        if (qualifier is not null)
        {
            PropertyDefinition? absent = null;
            for (var i = 0; i < offices.Count; i++)
            {
                if (qualifier.GetFact(offices[i].Name) is { IsTimeline: true } fact)
                {
                    // An empty timeline declares that the entity has no such office ("president: []" for Canada).
                    if (fact.Timeline.Count == 0)
                    {
                        absent ??= offices[i];
                    }
                    else if (!candidates.Contains(new OfficeRef(qualifier, offices[i])))
                    {
                        // Each office once, however often the vocabulary lists its title ("titles: [Director, director]").
                        candidates.Add(new OfficeRef(qualifier, offices[i]));
                    }
                }
            }

            if (candidates.Count == 0 && absent is not null && !ofOther && !IsNameGoingOn(s, person))
            {
                return new AbsentOfficeClaim(person.Span, person.Entity, qualifier, absent, s.Time);
            }
        }
        else
        {
            // No qualifier: the offices with this title that this person has ever held.
            for (var t = 0; t < terms.Count; t++)
            {
                var term = terms[t];
                for (var i = 0; i < offices.Count; i++)
                {
                    if (offices[i].Name == term.Property.Name)
                    {
                        // Each office once, in the order first held (as Distinct kept them).
                        var office = new OfficeRef(term.Organization, term.Property);
                        if (!candidates.Contains(office))
                        {
                            candidates.Add(office);
                        }

                        break;
                    }
                }
            }
        }

        if (candidates.Count == 0 && qualifier is null && tense is RoleTense.Current or RoleTense.Former && !IsNameGoingOn(s, person) && OwnBodyTitle.Of(s, offices) is { } body)
        {
            // "European Commission President X": a title that names its own body, the one entity the facts give it to; "X, a
            // former president of the European Commission" names that body as a country's adjective would ("a former German
            // chancellor").
            candidates.Add(body);
        }

        if (candidates.Count == 0)
        {
            // A bare title ("Prime Minister Emmanuel Macron") the person never held: checked against the offices the person
            // held at the time. A "then" title ("X, who was then prime minister, ... in 2011") only at a time the sentence
            // names: the office the person held then is the one the title should have named. "former" titles and a "then"
            // with no time stay silent: the facts may not list every past office.
            var at = tense == RoleTense.Then ? NamedTime(s.Time) : s.Time;
            return qualifier is null && at is not null && tense is RoleTense.Current or RoleTense.Then && terms.Count > 0 && !IsNameGoingOn(s, person)
                ? new UnheldTitleClaim(person.Span, person.Entity, offices, at)
                : null;
        }

        var (nearby, own) = s.NearbyPastYears();
        return new RoleClaim(person.Span, person.Entity, candidates, tense, s.Time)
        {
            NearbyYears = nearby, SentenceYears = own, Quoted = s.IsQuotedAt(person.First), Companions = CompanionTime.Of(s, person),
        };
    }

    /// <summary>The first time the sentence or its narrative names (not the article's date): the time of a "then" title, or
    /// <see langword="null"/> when none is named.</summary>
    private static TimeContext? NamedTime(TimeContext time)
    {
        for (var k = 0; k < time.Others.Count; k++)
        {
            if (time.Others[k] != time.AsOf)
            {
                return time with { Primary = time.Others[k] };
            }
        }

        return time.Primary != time.AsOf ? time : null;
    }

    /// <summary>
    /// Whether a capitalized word follows the person's mention: the name goes on and belongs to someone else ("President
    /// Charles Michel" is not King Charles), so no claim the person never made is read into it.
    /// </summary>
    private static bool IsNameGoingOn(SentenceContext s, Mention person)
        => s.TokenAt(person.End) is { Kind: TokenKind.Word, IsCapitalized: true } && !person.IsPossessive;

    /// <summary>"former", "ex-", "then-" or "then" right before <paramref name="index"/>: the tense and where the marker starts.</summary>
    private static (RoleTense Tense, int Start) TenseBefore(SentenceContext s, int index)
    {
        if (s.IsWordAt(index - 1, "former"))
        {
            return (RoleTense.Former, index - 1);
        }

        // "former centre-left Premier X", "former right-wing Prime Minister X": "former" before the title's modifiers.
        for (var k = index - 1; k >= 0 && k >= index - 4; k--)
        {
            if (s.IsWordAt(k, "former") && k < index - 1)
            {
                return (RoleTense.Former, k);
            }

            if (s.TokenAt(k) is not { } token || s.MentionAt(k) is not null || (!token.Is('-') && (token.Kind != TokenKind.Word || NotModifiers.Contains(token.Text))))
            {
                break;
            }
        }

        if (s.TokenAt(index - 1)?.Is('-') == true)
        {
            if (s.IsWordAt(index - 2, "ex"))
            {
                return (RoleTense.Former, index - 2);
            }

            if (s.IsWordAt(index - 2, "then"))
            {
                return (RoleTense.Then, index - 2);
            }
        }

        if (s.IsWordAt(index - 1, "then"))
        {
            return (RoleTense.Then, index - 1);
        }

        // "X, at the time Italy's prime minister,": as "then".
        if (s.IsWordAt(index - 1, "time") && s.IsWordAt(index - 2, "the", "that") && s.IsWordAt(index - 3, "at"))
        {
            return (RoleTense.Then, index - 3);
        }

        return (RoleTense.Current, index);
    }

    // Words that end the modifiers a title may have after "former": "former allies of President X" is no former title.
    private static readonly HashSet<string> NotModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "to", "for", "and", "or", "the", "a", "an", "with", "by", "in", "on", "at", "from", "under", "as", "who", "which",
        "that", "his", "her", "their", "its", "than", "said", "says",
    };

    /// <summary>Whether "at the time" or "at that time" starts at <paramref name="index"/> and ends the phrase (a comma, a
    /// clause word or the sentence's end follows): the title is of the time the sentence speaks of.</summary>
    private static bool AtTheTime(SentenceContext s, int index)
        => s.IsWordAt(index, "at") && s.IsWordAt(index + 1, "the", "that") && s.IsWordAt(index + 2, "time")
           && (s.TokenAt(index + 3) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') || next.Is(')') || next.IsWord("and") || next.IsWord("when"));

    /// <summary>Whether ", N," ends right before <paramref name="index"/> with N a person's age: "X, 57, the French
    /// president,".</summary>
    private static bool IsAgeBefore(SentenceContext s, int index)
        => s.TokenAt(index - 1)?.Is(',') == true && s.TokenAt(index - 2) is { Kind: TokenKind.Number } age && s.TokenAt(index - 3)?.Is(',') == true
           && int.TryParse(age.Text, out var years) && years is >= 18 and <= 110;

    // "Vice-President X": the other-office word before a hyphen.
    private static bool IsHyphenatedOtherOffice(SentenceContext s, int index)
        => s.TokenAt(index + 1)?.Is('-') == true && IsOtherOffice(s, index);

    private static bool IsOtherOffice(SentenceContext s, int index)
        => s.TokenAt(index) is { Kind: TokenKind.Word } token && OtherOffice.Contains(token.Text);
}
