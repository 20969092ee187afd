using System;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A titled name that is the subject or agent of a past event told in the background, with no date of its own: "until
/// President X recalled him", "after years in which President X questioned the treaty", "before President X had vetoed
/// it", "who was fired by President X", "He was handed the task by President X". Such an event lies somewhere before the
/// time the sentence is read at, and the title is of the event's time: right when the person held the office at some
/// time before it. The news of the day stays at the article's time: a titled subject of the main clause ("Prime Minister
/// X said"), and any clause that names a time of its own ("until President X recalled him in 2019", "was fired by
/// President X on Monday"), which the time of the sentence checks as before.
/// </summary>
internal static class PastEventClause
{
    /// <summary>Words that open a clause telling of another event than the main one: a time ("until", "after", "when")
    /// or a relative clause ("in which", "the minister whom").</summary>
    private static readonly WordSet Openers = new(new[]
    {
        "until", "till", "before", "after", "when", "while", "as", "once", "since", "which", "whom", "who", "where",
    });

    /// <summary>Words before "as" that make it a comparison or a list, not a time: "such as President X", "as well as".</summary>
    private static readonly WordSet ComparingBeforeAs = new(new[] { "such", "same", "so", "well", "just" });

    /// <summary>The openers of a relative clause, which tells of its own time whatever the main clause's.</summary>
    private static readonly WordSet Relatives = new(new[] { "which", "whom", "who", "where" });

    /// <summary>Adverbs written between a subject and its verb: "until President X finally recalled him".</summary>
    private static readonly WordSet Adverbs = new(new[] { "also", "then", "later", "first", "finally", "again", "once", "never", "eventually", "personally" });

    /// <summary>Words of the article's own days: an event told with them is news of the day ("fired him yesterday").</summary>
    private static readonly WordSet NearWords = new(new[] { "today", "tonight", "yesterday", "now", "currently", "recently", "lately", "week", "month" });

    /// <summary>Words that end the words of one clause.</summary>
    private const string ClauseMarks = ",;:()\u2014\u2013";

    /// <summary>Whether the titled name <paramref name="person"/>, whose title phrase starts at <paramref name="start"/>, is
    /// the subject of a past verb in a clause opened by a time or relative word, or the agent after "by" of a passive in
    /// the past; and the clause names no time of its own.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="start">The first token of the title phrase ("US" of "US President X").</param>
    /// <param name="person">The person's mention after the title.</param>
    /// <returns>Whether the title is of an undated past event.</returns>
    public static bool Holds(SentenceContext s, int start, Mention person)
    {
        if (person.IsPossessive)
        {
            return false;
        }

        var k = s.IsWordAt(start - 1, "the") ? start - 1 : start;
        if (s.IsWordAt(k - 1, "by"))
        {
            return PassiveBefore(s, k - 1) is { } from && !NamesTime(s, from, k, person.End, ClauseEnd(s, person.End));
        }

        if (s.TokenAt(k - 1) is { Kind: TokenKind.Word } opener && Openers.Contains(opener.Text)
            && !(opener.IsWord("as") && s.TokenAt(k - 2) is { Kind: TokenKind.Word } before && ComparingBeforeAs.Contains(before.Text))
            && IsPastVerbAt(s, person.End)
            && (Relatives.Contains(opener.Text) || InRelativeClause(s, k - 1) || !NamesTimeOfItsOwn(s.Time))
            && !NamesTime(s, k - 1, k, person.End, ClauseEnd(s, person.End)))
        {
            return true;
        }

        // "a figure who formed a close bond with French President X in pushing for union": the titled name inside what a
        // relative clause in the past tense did, with no time of its own, is of that clause's time, not of a time the rest
        // of the sentence names ("had been frail since a fall in 2008").
        return RelativeWordBefore(s, k, limit: 10) is { } relative && IsPastVerbAt(s, relative + 1)
            && !NamesTime(s, relative, k, person.End, ClauseEnd(s, person.End));
    }

    /// <summary>The relative word ("who", "which", ...) that opens the clause going on at <paramref name="from"/>, at most
    /// <paramref name="limit"/> words before it with no clause mark between; <see langword="null"/> for none.</summary>
    private static int? RelativeWordBefore(SentenceContext s, int from, int limit = int.MaxValue)
    {
        for (var o = from - 1; o >= 0 && from - o <= limit; o--)
        {
            var token = s.TokenSpan[o];
            if (token.Kind == TokenKind.Punctuation && token.Text.Length == 1 && ClauseMarks.IndexOf(token.Text[0]) >= 0)
            {
                return null;
            }

            if (token.Kind == TokenKind.Word && Relatives.Contains(token.Text))
            {
                return o;
            }
        }

        return null;
    }

    /// <summary>Whether the clause opened at <paramref name="opener"/> goes on a relative clause ("X, a minister who ran the
    /// war until President Y replaced him, died on Monday"): it tells of the relative clause's time, not of the time the
    /// main clause names.</summary>
    private static bool InRelativeClause(SentenceContext s, int opener) => RelativeWordBefore(s, opener) is not null;

    /// <summary>Whether the sentence names a time (a lead, or any other), not counting a narrative time carried from an
    /// earlier sentence: a time clause ("quit on Monday after President X criticised him") is of the main clause's time,
    /// which then checks it as before; a relative clause ("who was fired by") is not tied to it.</summary>
    private static bool NamesTimeOfItsOwn(TimeContext time)
        => time.Carried ? time.Others.Count > 1 || (time.Others.Count == 1 && time.Others[0] != time.AsOf)
            : time.Primary != time.AsOf || time.Others.Count > 0;

    /// <summary>Where the words that date a passive before "by" at <paramref name="by"/> begin: the opener of the clause it
    /// stands in ("who was fired by"), or the sentence's start for a passive main clause ("He was handed the task by"),
    /// whose every time is its own; <see langword="null"/> when no past passive ("was" or "had been" and a participle, a
    /// few words of object between) ends at "by".</summary>
    private static int? PassiveBefore(SentenceContext s, int by)
    {
        for (var j = by - 1; j >= 0 && j >= by - 6; j--)
        {
            if (s.TokenAt(j) is not { Kind: TokenKind.Word } word)
            {
                return null;
            }

            if (!PastTenseVerbs.IsParticiple(word))
            {
                continue;
            }

            var aux = s.TokenAt(j - 1) is { Kind: TokenKind.Word } adverb && (Adverbs.Contains(adverb.Text) || IsAdverbInLy(s, j - 1)) ? j - 2 : j - 1;
            var isPast = s.IsWordAt(aux, "was", "were") || (s.IsWordAt(aux, "been") && s.IsWordAt(aux - 1, "had"));
            if (!isPast)
            {
                continue;
            }

            // The clause the passive stands in: back to a clause mark or the sentence's start, and an opener on the way
            // makes it a clause of its own ("the minister, who was fired by").
            for (var o = aux - 1; o >= 0; o--)
            {
                var token = s.TokenSpan[o];
                if (token.Kind == TokenKind.Punctuation && token.Text.Length == 1 && ClauseMarks.IndexOf(token.Text[0]) >= 0)
                {
                    break;
                }

                if (token.Kind == TokenKind.Word && (Openers.Contains(token.Text) || token.IsWord("that")))
                {
                    return o;
                }
            }

            return 0;
        }

        return null;
    }

    /// <summary>Whether a past verb stands at <paramref name="index"/>, right after a subject: a simple past ("recalled",
    /// "met", "was"), or "had" and a participle, an adverb allowed before either ("finally recalled").</summary>
    private static bool IsPastVerbAt(SentenceContext s, int index)
    {
        if (s.TokenAt(index) is { Kind: TokenKind.Word } adverb && (Adverbs.Contains(adverb.Text) || IsAdverbInLy(s, index)))
        {
            index++;
        }

        return s.TokenAt(index) is { } verb && !verb.IsCapitalized && PastTenseVerbs.IsSimplePast(verb);
    }

    private static bool IsAdverbInLy(SentenceContext s, int index)
        => s.TokenAt(index) is { Kind: TokenKind.Word } t && !t.IsCapitalized && t.Text.Length > 4 && t.Text.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The index just past the clause that goes on at <paramref name="from"/>: the next clause mark or the end.</summary>
    private static int ClauseEnd(SentenceContext s, int from)
    {
        var tokens = s.TokenSpan;
        for (var i = from; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text.Length == 1 && ClauseMarks.IndexOf(tokens[i].Text[0]) >= 0)
            {
                return i;
            }
        }

        return tokens.Length;
    }

    /// <summary>Words of a length of time: "after 3 years of fighting" says how long, not when.</summary>
    private static readonly WordSet Lengths = new(new[] { "years", "months", "weeks", "days", "year", "month", "week", "day" });

    /// <summary>Words after a length that make it a time: "3 years ago", "two years later".</summary>
    private static readonly WordSet Anchored = new(new[] { "ago", "later", "earlier", "before", "after", "old" });

    /// <summary>Whether the number at <paramref name="index"/> (and the numbers and marks written with it, "3-1/2") counts a
    /// length of time that is not anchored: "after three and a half years of fighting".</summary>
    private static bool IsLength(Token[] words, int index)
    {
        var k = index + 1;
        while (k < words.Length && words[k].Kind != TokenKind.Word && !words[k].SpaceBefore && k < index + 6)
        {
            k++;
        }

        return k < words.Length && words[k].Kind == TokenKind.Word && Lengths.Contains(words[k].Text)
            && !(k + 1 < words.Length && words[k + 1].Kind == TokenKind.Word && Anchored.Contains(words[k + 1].Text));
    }

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="end"/>, but for the titled name between
    /// <paramref name="title"/> and <paramref name="name"/> (whose "May" is no month), name a time: a number, a day or
    /// month word, a word of the article's own days, or any time the sentence's time reader finds in them.</summary>
    private static bool NamesTime(SentenceContext s, int from, int title, int name, int end)
    {
        var tokens = s.TokenSpan;
        var words = new Token[(title - from) + (end - name)];
        tokens.Slice(from, title - from).CopyTo(words);
        tokens.Slice(name, end - name).CopyTo(words.AsSpan(title - from));
        for (var i = 0; i < words.Length; i++)
        {
            var token = words[i];
            if ((token.Kind == TokenKind.Number && !IsLength(words, i)) || (token.Kind == TokenKind.Word && (CalendarWords.Contains(token.Text) || NearWords.Contains(token.Text))))
            {
                return true;
            }
        }

        var time = TimeContextReader.Read(words, s.Time.AsOf);
        return time.Primary != time.AsOf || time.Others.Count > 0;
    }
}
