using System;
using System.Collections.Generic;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Time;

/// <summary>
/// Follows the time a paragraph's narrative is in, sentence by sentence, and gives each sentence the time in force at it.
/// Three kinds of sentence move it:
/// <list type="bullet">
/// <item>a time phrase at the start ("In 2019,", "A year later,", "Today,"): it governs the following sentences until
/// another time is named (<see cref="TimeContextReader.NarrativeAfter"/>);</item>
/// <item>a sentence that opens on the start or end of the term named last ("When he arrived,", "When she stepped down",
/// <see cref="TermAnchor"/>): it speaks of that year, and so do the following sentences;</item>
/// <item>a past-tense sentence that names one time for its event ("His best year came in 2003.") or points at the end of a
/// term ("from 2008 to 2011, when he resigned"), <see cref="StatedEventTime"/>: only the next sentence takes that time,
/// when it goes on with the story (a pronoun or a participle first, or "then") and names no time itself, and not when it
/// reports what someone said, which is most often news of the day; a time of a step under the main verb
/// ("before taking over the bank in 2000") only when the next sentence counts from it ("Four years later,").</item>
/// </list>
/// Any other time named in a sentence ends the time in force; so does a new paragraph (<see cref="StartParagraph"/>).
/// </summary>
internal sealed class NarrativeTimeline
{
    private readonly FactDate _asOf;
    private FactDate? _narrative;
    private bool _nextOnly;
    private TimeContext? _carry;
    private (FactDate Start, FactDate End)? _term;
    private FactDate? _countFrom;

    /// <summary>Starts a timeline for a document dated <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The article date.</param>
    public NarrativeTimeline(FactDate asOf) => _asOf = asOf;

    /// <summary>A new paragraph: no time is in force and no term is named.</summary>
    public void StartParagraph()
    {
        _narrative = null;
        _nextOnly = false;
        _term = null;
        _countFrom = null;
    }

    /// <summary>The context of the next sentence when it names no time itself (the narrative's time), or
    /// <see langword="null"/> when none is in force; then moves past the sentence.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lastInParagraph">Whether no sentence of its paragraph follows: what it names inside governs nothing, so
    /// it is not read (most paragraphs of news are one or two sentences; docs/performance.md).</param>
    /// <returns>The carried context, shared by the sentences one time governs.</returns>
    public TimeContext? Next(IReadOnlyList<Token> tokens, bool lastInParagraph) => Next(tokens, lastInParagraph, hasNumber: true);

    /// <summary>As <see cref="Next(IReadOnlyList{Token}, bool)"/>, told whether the sentence has a number in digits
    /// (the first pass of names sees every token: <see cref="Mentions.FirstPassSummary.HasNumber"/>): without one it names
    /// no date, so the times stated inside it are not looked for.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lastInParagraph">Whether no sentence of its paragraph follows.</param>
    /// <param name="hasNumber">Whether some token is a number in digits; <see langword="true"/> when not known.</param>
    /// <returns>The carried context, shared by the sentences one time governs.</returns>
    public TimeContext? Next(IReadOnlyList<Token> tokens, bool lastInParagraph, bool hasNumber)
    {
        var span = TokenArrays.Of(tokens);
        var at = _narrative;
        var strong = !_nextOnly;
        // A time named inside the sentence before governs only a sentence that goes on with its story, names no time itself
        // and reports no one.
        var read = hasNumber && (!lastInParagraph || (_nextOnly && at is not null));
        var stated = read ? StatedEventTime.Read(span, _asOf) : default;
        if (_nextOnly && at is { } weak && (stated.NamesTime || StatedEventTime.Reports(span) || !Continues(tokens, span, weak)))
        {
            at = null;
        }

        if (_term is { } term && TermAnchor.Read(span) is { } start)
        {
            at = start ? term.Start : term.End;
            strong = true;
        }

        // A time only to count from ("before taking over the bank in 2000. Four years later, ..."): the sentence takes it
        // when it opens on a time relative to it, and reads that time.
        if (at is null && _countFrom is { } from && TimeContextReader.NarrativeAfter(tokens, _asOf, from) != from)
        {
            at = from;
        }

        var carry = at is { } time ? Carry(time) : null;

        if (lastInParagraph)
        {
            return carry;
        }

        var after = TimeContextReader.NarrativeAfter(tokens, _asOf, at);
        if (stated.Term is { } named)
        {
            _term = named;
        }

        _nextOnly = false;
        _countFrom = stated.Anchor;
        if (after != at)
        {
            _narrative = after; // a time phrase at the start
        }
        else if (stated.Sets is { } set)
        {
            _narrative = set;
            _nextOnly = true;
        }
        else
        {
            _narrative = stated.NamesTime || !strong ? null : at;
        }

        return carry;
    }

    /// <summary>Whether the sentence goes on with the story of the one before: it opens on a pronoun ("He warned", "His
    /// ally, ...") or a participle ("Standing beside ..., he"), or places itself by the time before ("then", "Four years
    /// later,"). A sentence that opens on a name of its own ("Sweden, a member, hosted the talks") may be back at the
    /// article's time.</summary>
    private bool Continues(IReadOnlyList<Token> tokens, ReadOnlySpan<Token> span, FactDate time)
    {
        if (span.Length == 0)
        {
            return false;
        }

        var first = span[0];
        if (first.Kind == TokenKind.Word && (Openers.Contains(first.Text)
            || (first.Text.Length >= 6 && first.Text.EndsWith("ing", StringComparison.Ordinal))))
        {
            return true;
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (span[i].IsWord("then") && !(i + 1 < span.Length && span[i + 1].Is('-')))
            {
                return true;
            }
        }

        return TimeContextReader.NarrativeAfter(tokens, _asOf, time) != time;
    }

    private static readonly WordSet Openers = new(new[] { "he", "she", "they", "it", "his", "her", "their", "its" });

    private TimeContext Carry(FactDate time)
    {
        if (_carry is null || _carry.Primary != time)
        {
            _carry = TimeContextReader.Carry(time, _asOf);
        }

        return _carry;
    }
}
