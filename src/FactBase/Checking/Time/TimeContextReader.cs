using System;
using System.Collections.Generic;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Time;

/// <summary>Finds the times a sentence speaks of: "In 2019, ...", "Back in April 2016, ...", "... in 2024".</summary>
internal static class TimeContextReader
{
    /// <summary>The times a sentence speaks of, as of <paramref name="asOf"/> where it names none.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="asOf">The date claims are checked at unless the sentence names another time.</param>
    /// <returns>The time context.</returns>
    public static TimeContext Read(IReadOnlyList<Token> tokens, FactDate asOf) => Read(tokens, Undated(asOf));

    /// <summary>The time of a sentence that names none: <paramref name="asOf"/> only.</summary>
    /// <param name="asOf">The date claims are checked at.</param>
    /// <returns>The time context.</returns>
    public static TimeContext Undated(FactDate asOf) => new(asOf, Array.Empty<FactDate>(), asOf);

    /// <summary>The times a sentence speaks of, with no narrative time in force.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="undated">The context of a sentence that names no time (<see cref="TimeContext.AsOf"/> only), returned
    /// as is for such a sentence: the checker makes one per document.</param>
    /// <returns>The time context.</returns>
    public static TimeContext Read(IReadOnlyList<Token> tokens, TimeContext undated) => Read(tokens, undated, null);

    /// <summary>The times a sentence speaks of, in a paragraph whose narrative may be at another time.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="undated">The context of a sentence that names no time, with no narrative time in force.</param>
    /// <param name="carried">The context of a sentence that names no time while the narrative is at a time
    /// (<see cref="Carry"/> makes it), or <see langword="null"/>.</param>
    /// <returns>The time context.</returns>
    public static TimeContext Read(IReadOnlyList<Token> tokens, TimeContext undated, TimeContext? carried)
    {
        // Every date has a year, a number token, and every relative time an anchor word; most sentences have neither and
        // name no time (docs/performance.md).
        var span = TokenArrays.Of(tokens);
        var classes = TokenClasses.Of(tokens);
        var inSentence = TokenClasses.Union(classes);
        if (!MayNameTime(inSentence))
        {
            return carried is null ? undated : (inSentence & TokenClass.PresentVerb) != 0 ? carried with { Others = new[] { carried.AsOf } } : carried;
        }

        var asOf = undated.AsOf;
        var narrative = carried?.Narrative;
        var primary = asOf;
        var others = new List<FactDate>();
        var present = false;
        var start = 0;
        FactDate? own = null;
        if (ReadLead(span, asOf, narrative) is { } lead)
        {
            primary = lead.Date;
            present = lead.Present;
            start = lead.End;
            own = lead.Present ? null : lead.Date;
        }

        // Any other time named in the sentence: a claim true then is not flagged. Every relative time holds an anchor word
        // at most two tokens from its start ("last", "that", "at the time"), or ends in "ago", "later" or "earlier" after a
        // count ("one hundred and five years ago"), so only tokens that near an anchor are read as one.
        List<(FactDate, TextSpan)>? clauseTimes = null;
        var anchor = NextAnchor(classes, start, TokenClass.TimeAnchor);
        var farAnchor = NextAnchor(classes, start, TokenClass.CountAnchor);
        for (int i = start, count = span.Length; i < count; i++)
        {
            // Two tests of a token's kind and length before any reading: most tokens start no date, and most numbers are
            // no date ("75-year-old").
            if (i > 0 && MayStartDate(span, i) && IsDateLead(span[i - 1]) && DateExpression.Read(span, i) is { } date)
            {
                if (date.Date.DayNumber <= asOf.LastDayNumber)
                {
                    others.Add(date.Date);
                }

                i += date.Length - 1;
                continue;
            }

            if (anchor < i)
            {
                anchor = NextAnchor(classes, i, TokenClass.TimeAnchor);
            }

            if (farAnchor < i)
            {
                farAnchor = NextAnchor(classes, i, TokenClass.CountAnchor);
            }

            if ((anchor - i <= RelativeTime.NearAnchorOffset || farAnchor - i <= RelativeTime.FarAnchorOffset)
                && RelativeTime.Read(span, i, asOf, narrative) is { } relative)
            {
                present |= relative.Present;
                if (!relative.Present && relative.Date.DayNumber <= asOf.LastDayNumber && !others.Contains(relative.Date))
                {
                    others.Add(relative.Date);
                    if (SetOffClause(span, i, i + relative.Length) is { } clause)
                    {
                        (clauseTimes ??= new List<(FactDate, TextSpan)>()).Add((relative.Date, clause));
                    }
                }

                i += relative.Length - 1;
            }
        }

        if (own is null && !present && narrative is { } then)
        {
            // The narrative's time governs a sentence that sets none of its own; in the present tense ("the alliance has
            // 32 members") the sentence may speak of the article's time instead, which stays acceptable.
            if ((inSentence & TokenClass.PresentVerb) != 0)
            {
                others.Add(asOf);
            }

            return new TimeContext(then, others, asOf) { Narrative = then, Carried = true };
        }

        return new TimeContext(primary, others, asOf) { Narrative = own ?? (present ? null : narrative), ClauseTimes = clauseTimes };
    }

    /// <summary>The clause set off by commas around the tokens from <paramref name="from"/> to <paramref name="to"/>, when it
    /// opens with a participle ("frozen", "elected") or a relative word ("which", "who", "whose"), or
    /// <see langword="null"/>.</summary>
    private static TextSpan? SetOffClause(ReadOnlySpan<Token> tokens, int from, int to)
    {
        var open = from - 1;
        while (open >= 0 && tokens[open].Kind != TokenKind.Punctuation)
        {
            open--;
        }

        var close = to;
        while (close < tokens.Length && tokens[close].Kind != TokenKind.Punctuation)
        {
            close++;
        }

        if (open < 1 || close >= tokens.Length || !tokens[open].Is(',') || !tokens[close].Is(',') || open + 1 >= from)
        {
            return null;
        }

        var first = tokens[open + 1];
        var opens = first is { Kind: TokenKind.Word, IsCapitalized: false }
            && (first.IsWord("which") || first.IsWord("who") || first.IsWord("whose")
                || (first.Text.Length > 4 && (first.Text.EndsWith("ed", StringComparison.Ordinal) || first.Text.EndsWith("en", StringComparison.Ordinal))));
        return opens ? new TextSpan(tokens[open].Span.Start, tokens[close].Span.End - tokens[open].Span.Start) : null;
    }

    /// <summary>The context of the sentences that name no time while the narrative is at <paramref name="narrative"/>.</summary>
    /// <param name="narrative">The narrative's time.</param>
    /// <param name="asOf">The article date.</param>
    /// <returns>The time context, shared by those sentences.</returns>
    public static TimeContext Carry(FactDate narrative, FactDate asOf)
        => new(narrative, Array.Empty<FactDate>(), asOf) { Narrative = narrative, Carried = true };

    /// <summary>
    /// The time the narrative is in after a sentence: the time its sentence-initial phrase names ("In 2019,", "Five years
    /// ago,", "A year later,"), none after "Today," or "Now,", else the time in force before it.
    /// </summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="asOf">The article date.</param>
    /// <param name="narrative">The time in force before the sentence.</param>
    /// <returns>The time in force after it.</returns>
    /// <remarks>Runs on every sentence of a document: a lead starts at the first token, so a sentence whose first word can
    /// start none (<see cref="MayStartLead"/>: most) is not read further; nor is one with no number and no anchor word, since
    /// every date has a year and every relative time an anchor (<see cref="MayNameTime(ReadOnlySpan{Token})"/>).</remarks>
    public static FactDate? NarrativeAfter(IReadOnlyList<Token> tokens, FactDate asOf, FactDate? narrative)
    {
        // Every sentence passes here, most of which no reader reads further: one test of the first word, then a scan that
        // stops at the first number or anchor, cost less than classifying every word (TokenClasses), which is left to the
        // sentences that name an entity.
        var span = TokenArrays.Of(tokens);
        return MayStartLead(span, narrative is not null) && MayNameTime(span) && ReadLead(span, asOf, narrative) is { } lead ? (lead.Present ? null : lead.Date) : narrative;
    }

    /// <summary>Whether <see cref="ReadLead"/> may find a lead: its first token is one a lead can start with. Necessary,
    /// not sufficient: every branch of <see cref="ReadLead"/> and of <see cref="RelativeTime.Read"/> at the sentence's start
    /// tests its first token against one of these (a word of <see cref="LeadStarts"/>, a number in digits or words, a
    /// month). "The" and "a", which start many sentences, must have the second word of such a lead after them: "the
    /// following", "the next", "the previous" (read only while a narrative time is in force), "a few", "a year", "a month".</summary>
    internal static bool MayStartLead(ReadOnlySpan<Token> tokens, bool inNarrative)
    {
        if (tokens.Length == 0)
        {
            return false;
        }

        var first = tokens[0];
        if (first.Kind == TokenKind.Number)
        {
            return true;
        }

        if (first.Kind != TokenKind.Word)
        {
            return false;
        }

        if (first.Text.Length == 3 && first.IsWord("the"))
        {
            return inNarrative && tokens.Length > 1 && AfterThe.Contains(tokens[1].Text);
        }

        if (first.Text.Length == 1 && first.IsWord("a"))
        {
            return tokens.Length > 1 && AfterA.Contains(tokens[1].Text);
        }

        return LeadStarts.Contains(first.Text) || NumberWords.IsNumberWord(first.Text) || DateExpression.MonthOf(first) > 0;
    }

    // The second words of the leads that start with "the" or "a" (RelativeTime.Read; its unit test takes "years", "months").
    private static readonly WordSet AfterThe = new(new[] { "following", "next", "previous" });
    private static readonly WordSet AfterA = new(new[] { "few", "year", "years", "month", "months" });

    /// <summary>The words a lead can start with: "back" and "as of", the lead words before a date (<see cref="IsLeadWord"/>),
    /// and the first words of a relative time (<see cref="RelativeTime.Read"/>: "today", "last", "this", "earlier this", "at
    /// the time", "that day", "the following year", "a year later", "several days later", a weekday).</summary>
    internal static readonly WordSet LeadStarts = new(new[]
    {
        "back", "as", "before", "in", "on", "by", "of", "during", "throughout", "until", "till",
        "today", "now", "currently", "earlier", "later", "this", "last", "at", "then", "that", "a", "several", "the", "one",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    });

    /// <summary>
    /// A sentence-initial time phrase, which sets the time of the whole sentence: "In 2019,", "Back in April 2016,", "By
    /// 2020,", "As of 2023,", "Before 2021," (the year before), "Five years ago,", "Last year,", "On Thursday,", "A year
    /// later,", "The following spring,", "At the time,", "Today,".
    /// </summary>
    internal static (FactDate Date, int End, bool Present)? ReadLead(ReadOnlySpan<Token> tokens, FactDate asOf, FactDate? narrative)
    {
        var k = 0;
        if (k < tokens.Length && (tokens[k].IsWord("back") || (tokens[k].IsWord("as") && k + 1 < tokens.Length && tokens[k + 1].IsWord("of"))))
        {
            k++; // "back" or "as" (then "of" is the lead word)
        }

        var before = k < tokens.Length && tokens[k].IsWord("before");
        if (k < tokens.Length && IsLeadWord(tokens[k]) && tokens.Length > k + 1 && tokens[k + 1].Kind != TokenKind.Punctuation)
        {
            if (DateExpression.Read(tokens, k + 1) is { } lead && k + 1 + lead.Length < tokens.Length
                && (tokens[k + 1 + lead.Length].Is(',') || OpensClauseAfterLead(tokens, k, k + 1 + lead.Length)))
            {
                return (before ? DayBefore(lead.Date) : lead.Date, k + 1 + lead.Length, false);
            }
        }

        // "Five years ago,", "Last year,", "On Thursday,", "In the following year,": a relative time and a comma (or a
        // phrase of two words or more, which reads as a time without one: "Last year NATO had ...").
        var r = k < tokens.Length && (tokens[k].IsWord("on") || tokens[k].IsWord("in")) ? k + 1 : k;
        if (r <= 1 && RelativeTime.Read(tokens, r, asOf, narrative) is { } relative)
        {
            var end = r + relative.Length;
            if (end < tokens.Length && (tokens[end].Is(',') || relative.Length >= 2))
            {
                return (relative.Date, end, relative.Present);
            }
        }

        return null;
    }

    /// <summary>Whether "In 1966" or "By 2004" without a comma leads the sentence: a clause starts right after the date,
    /// with a name ("In 1966 NATO had ...") or a determiner or pronoun ("By 2004 the union counted ...").</summary>
    private static bool OpensClauseAfterLead(ReadOnlySpan<Token> tokens, int leadWord, int next)
        => (tokens[leadWord].IsWord("in") || tokens[leadWord].IsWord("by")) && tokens[next] is { Kind: TokenKind.Word } word
           && (word.IsCapitalized || ClauseStarts.Contains(word.Text));

    private static readonly WordSet ClauseStarts = new(new[] { "the", "its", "it", "he", "she", "they", "we", "their", "his", "her" });

    /// <summary>Whether a verb of the sentence is in the present tense ("is", "has", "remains"): it may then speak of the
    /// article's time, whatever time the narrative is in.</summary>
    internal static bool InPresentTense(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsPresentVerb(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence's verb is in the present tense, from its token classes (<see cref="TokenClasses"/>).</summary>
    internal static bool InPresentTense(IReadOnlyList<Token> tokens) => (TokenClasses.InSentence(tokens) & TokenClass.PresentVerb) != 0;

    /// <summary>Whether the token is a verb or adverb of the present tense ("is", "has", "remains", "now").</summary>
    internal static bool IsPresentVerb(in Token t) => t.Kind == TokenKind.Word && t.Text.Length <= 8 && PresentVerbs.Contains(t.Text);

    internal static readonly WordSet PresentVerbs = new(new[]
    {
        "is", "are", "has", "have", "remains", "remain", "says", "say", "leads", "holds", "serves", "counts", "includes", "now",
        "today", "currently", "still",
    });

    /// <summary>Whether the sentence has a number (every date has a year) or a word a relative time needs.</summary>
    /// <remarks>One test of the classes the sentence's tokens have (<see cref="TokenClasses"/>).</remarks>
    private static bool MayNameTime(TokenClass inSentence) => (inSentence & (TokenClass.Digits | TokenClass.TimeAnchor)) != 0;

    /// <summary>The same test by a scan of the tokens, which stops at the first number or anchor word.</summary>
    private static bool MayNameTime(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (RelativeTime.IsAnchor(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first token of class <paramref name="anchor"/> (<see cref="TokenClass.TimeAnchor"/>, or
    /// <see cref="TokenClass.CountAnchor"/>: one that ends a counted time, "ago", "later", "earlier") at or after
    /// <paramref name="from"/>, or a value past the end.</summary>
    private static int NextAnchor(TokenClassSpan classes, int from, TokenClass anchor)
    {
        for (var i = from; i < classes.Length; i++)
        {
            if ((classes[i] & anchor) != 0)
            {
                return i;
            }
        }

        return int.MaxValue / 2;
    }

    /// <summary>
    /// Whether a date can start at <paramref name="index"/>: it starts with a number ("1949", "4 April 1949") or with a
    /// month followed by a number or an abbreviation's period ("April 1949", "Apr. 4, 1949"). Cheaper than reading.
    /// </summary>
    private static bool MayStartDate(ReadOnlySpan<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || index + 1 >= tokens.Length)
        {
            return false;
        }

        var next = tokens[index + 1];
        return next.Kind == TokenKind.Number || next.Is('.');
    }

    /// <summary>Whether a date after this token is a time the sentence names ("in 2019", "since 2014", ", 2020").</summary>
    private static bool IsDateLead(Token t)
        => t.Kind == TokenKind.Punctuation ? t.Is(',')
            : t.Text.Length switch
            {
                2 => t.IsWord("in") || t.IsWord("on") || t.IsWord("of"),
                3 => t.IsWord("the"),
                4 => t.IsWord("from"),
                5 => t.IsWord("since") || t.IsWord("until"),
                6 => t.IsWord("during"),
                _ => false,
            };

    /// <summary>Whether a date after this word is the time the sentence speaks of ("in 2019", "before 2021").</summary>
    internal static bool IsLeadWord(Token token)
        => token.IsWord("in") || token.IsWord("on") || token.IsWord("by") || token.IsWord("of") || token.IsWord("during")
           || token.IsWord("throughout") || token.IsWord("before") || token.IsWord("until") || token.IsWord("till");

    /// <summary>"Before 2021" speaks of the time up to the end of 2020: the period just before the date, at its precision.</summary>
    internal static FactDate DayBefore(FactDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Year > 1 ? new FactDate(date.Year - 1) : date,
        DatePrecision.Month => date.Month > 1 ? new FactDate(date.Year, date.Month - 1) : new FactDate(date.Year - 1, 12),
        _ => date.Day > 1 ? new FactDate(date.Year, date.Month, date.Day - 1)
            : date.Month > 1 ? new FactDate(date.Year, date.Month - 1, FactDate.DaysIn(date.Year, date.Month - 1))
            : new FactDate(date.Year - 1, 12, 31),
    };
}
