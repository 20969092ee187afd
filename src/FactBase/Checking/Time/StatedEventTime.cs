using System;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Time;

/// <summary>
/// The times a sentence names anywhere in it, as the narrative reads them: the one time a past-tense sentence gives its
/// event ("His best year came in 2003.", "... before taking over the bank in 2000."), which the next sentence takes; the
/// end of a term a "when" clause points at ("prime minister from 2008 to 2011, when he resigned"); and the last term it
/// names ("a post he held from 1984 to 1988"), which "when he arrived" in a later sentence refers to.
/// </summary>
/// <remarks>
/// Precision first: a sentence sets a time only when it names exactly one time for its event, after "in", "on" or
/// "during", in a clause with a verb in the past and no relative word ("who", "which") before it, and the sentence has no
/// verb in the present ("is", "has") and no quotation. A birth or founding date ("Born in 1943,", "was founded in 1949") is
/// background and not counted. Any
/// other time named (several, a range with no "when" after it, "since 2014", "the 2003 invasion") sets none but ends the
/// time in force: the sentence has moved the narrative somewhere the reader does not follow.
/// </remarks>
internal static class StatedEventTime
{
    /// <summary>What a sentence names: whether it names a time at all, the time it sets for the next sentence, the last
    /// term (a range of years) it names.</summary>
    /// <param name="NamesTime">Whether the sentence names a time.</param>
    /// <param name="Sets">The time the next sentence speaks of.</param>
    /// <param name="Term">The last term (a range of years) the sentence names.</param>
    /// <param name="Anchor">The time of an event in a phrase under the main verb ("before taking over the bank in 2000"): a
    /// time the next sentence may count from ("Four years later"), not one it speaks of by itself.</param>
    internal readonly record struct Reading(bool NamesTime, FactDate? Sets, (FactDate Start, FactDate End)? Term, FactDate? Anchor = null);

    /// <summary>Reads the times <paramref name="tokens"/> names (see the class remarks).</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="asOf">The article date: a later time is no past event.</param>
    /// <returns>The reading; <see langword="default"/> when the sentence has no number (every date has a year).</returns>
    public static Reading Read(ReadOnlySpan<Token> tokens, FactDate asOf)
    {
        if (!HasNumber(tokens))
        {
            return default;
        }

        var names = false;
        var events = 0;
        var eventLead = -1;
        FactDate? eventDate = null;
        FactDate? pointed = null;
        (FactDate, FactDate)? term = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!MayStartDate(tokens, i) || DateExpression.Read(tokens, i) is not { } date)
            {
                continue;
            }

            var lead = tokens[i - 1];
            var end = i + date.Length;
            if (lead.IsWord("from") || lead.IsWord("between"))
            {
                // "from 1984 to 1988", "between 2001 and 2006", "from 2001-2006": a term.
                if (end + 1 < tokens.Length && IsRangeJoin(tokens[end]) && DateExpression.Read(tokens, end + 1) is { } to)
                {
                    names = true;
                    term = (date.Date, to.Date);
                    var after = end + 1 + to.Length;
                    if (after + 1 < tokens.Length && tokens[after].Is(',') && tokens[after + 1].IsWord("when") && to.Date.DayNumber <= asOf.LastDayNumber)
                    {
                        pointed = to.Date; // "..., when a crisis forced him from office": the end of the term
                    }

                    i = after - 1;
                    continue;
                }
            }

            i = end - 1;
            if (!IsDateLead(lead))
            {
                if ((IsRangeJoin(lead) || lead.IsWord("or")) && date.Date.DayNumber <= asOf.LastDayNumber)
                {
                    // "in 2000-2001 and 2005-2013": the second year of a range or a list is another time of the sentence.
                    names = true;
                    events += 2;
                }

                continue; // "1500 troops": no time
            }

            if (date.Date.DayNumber > asOf.LastDayNumber)
            {
                names = true;
                continue;
            }

            if (IsOrigin(tokens, i - date.Length + 1))
            {
                continue;
            }

            names = true;
            if (lead.IsWord("in") || lead.IsWord("on") || lead.IsWord("during"))
            {
                events++;
                eventDate = date.Date;
                eventLead = i - date.Length;
            }
            else
            {
                events += 2; // "since 2014", "until 2019", "the 2003 invasion": no event of the sentence at one time
            }
        }

        if (!names)
        {
            return default;
        }

        if (HasQuoteOrPresent(tokens))
        {
            return new Reading(true, null, term);
        }

        if (pointed is { } end2 && events == 0)
        {
            return new Reading(true, end2, term);
        }

        if (events != 1 || pointed is not null || term is not null)
        {
            return new Reading(true, null, term);
        }

        return EventClause(tokens, eventLead) switch
        {
            ClauseKind.Main => new Reading(true, eventDate, null),
            ClauseKind.Gerund => new Reading(true, null, null, eventDate),
            _ => new Reading(true, null, null),
        };
    }

    private enum ClauseKind
    {
        None,
        Main,
        Gerund,
    }

    /// <summary>Whose time the one at <paramref name="lead"/> is, from its clause (back to the comma, semicolon, colon or
    /// bracket before it): the main event's when the clause has a verb in the past and no relative word ("Jospin, who
    /// became prime minister in 1997" is of something else); a step under it when the verb nearest before is a gerund.</summary>
    private static ClauseKind EventClause(ReadOnlySpan<Token> tokens, int lead)
    {
        var past = false;
        var gerund = false;
        var verbSeen = false;
        var start = 0;
        for (var k = lead - 1; k >= 0; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Is(',') || t.Is(';') || t.Is(':') || t.Is('(') || t.Is(')'))
                {
                    start = k + 1;
                    break;
                }

                continue;
            }

            if (t.IsWord("who") || t.IsWord("which") || t.IsWord("whom") || t.IsWord("whose") || t.IsWord("will"))
            {
                return ClauseKind.None;
            }

            // "first elected in 2015", "previously won the post in 2019": a fact of the background, recalled beside the
            // news, not the point the narrative has reached.
            if (Recalls.Contains(t.Text))
            {
                return ClauseKind.None;
            }

            // The verb nearest before the time is the event's: a gerund ("before becoming president in 2004") dates a
            // step under the main verb, which the next sentence may have moved on from ("after taking office, ...").
            if (!verbSeen && IsGerund(t))
            {
                gerund = true;
                verbSeen = true;
            }

            var simplePast = PastTenseVerbs.IsSimplePast(t);
            verbSeen |= simplePast;
            past |= simplePast;
        }

        // "Elected in 2015, he ...", "The leader, re-elected in 2019, ...": a clause that opens on a past form has no subject
        // of its own; it is a participle phrase beside the main clause (or the verb after an apposition, which reads alike)
        // and dates its own fact only.
        return !past || PastTenseVerbs.IsParticiple(tokens[start]) ? ClauseKind.None : gerund ? ClauseKind.Gerund : ClauseKind.Main;
    }

    private static bool IsGerund(Token t)
        => t.Kind == TokenKind.Word && t.Text.Length >= 6 && !t.IsCapitalized && t.Text.EndsWith("ing", StringComparison.Ordinal);

    private static readonly WordSet OriginVerbs = new(new[] { "born", "founded", "established", "created", "formed" });

    private static readonly WordSet Recalls = new(new[] { "first", "originally", "previously", "once", "formerly" });

    /// <summary>Whether the sentence quotes someone or has a verb in the present ("is", "has", "remains"): it may speak of
    /// the article's time, or of no time of the narrative. "say" and "says" report what follows ("Historians say his
    /// best year came in 2003").</summary>
    private static bool HasQuoteOrPresent(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (IsQuote(t))
                {
                    return true;
                }

                continue;
            }

            if (TimeContextReader.IsPresentVerb(t) && !t.IsWord("say") && !t.IsWord("says"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence reports what someone said ("said", "told", a quotation): news of the day, most often,
    /// which a time named only inside the sentence before it does not govern.</summary>
    internal static bool Reports(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation ? IsQuote(t) : t.IsWord("said") || t.IsWord("says") || t.IsWord("told") || t.IsWord("added"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(Token t) => t.Text.Length == 1 && t.Text[0] is '"' or '\u201C' or '\u201D';

    /// <summary>Whether a date after this token is a time the sentence names ("in 2019", "since 2014", "the 2003 war").</summary>
    private static bool IsDateLead(Token t)
        => t.Is(',') || t.IsWord("in") || t.IsWord("on") || t.IsWord("during") || t.IsWord("of") || t.IsWord("the") || t.IsWord("since")
           || t.IsWord("until") || t.IsWord("by") || t.IsWord("before") || t.IsWord("after") || t.IsWord("from") || t.IsWord("till");

    private static bool IsRangeJoin(Token t) => t.IsWord("to") || t.IsWord("and") || t.IsWord("until") || t.IsWord("through") || t.Is('-') || t.Is('\u2013');

    /// <summary>"Born in 1943", "born on 4 April 1950 in ...", "was founded in 1949": the date of a person's or a body's
    /// origin, up to three words after the verb; a fact about who or what it is, not a point the narrative reaches.</summary>
    private static bool IsOrigin(ReadOnlySpan<Token> tokens, int date)
    {
        for (var k = date - 1; k >= 0 && k >= date - 4; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && OriginVerbs.Contains(tokens[k].Text))
            {
                return true;
            }

            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasNumber(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a date can start at <paramref name="index"/>: a number, or a month before a number or a period.</summary>
    private static bool MayStartDate(ReadOnlySpan<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        return token.Kind == TokenKind.Word && token.IsCapitalized && index + 1 < tokens.Length
               && (tokens[index + 1].Kind == TokenKind.Number || tokens[index + 1].Is('.')) && DateExpression.MonthOf(token) > 0;
    }
}
