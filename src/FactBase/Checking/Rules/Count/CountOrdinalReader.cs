using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// The ordinal of a joining told of an organization whose facts hold a count, not the members: "Montenegro became the
/// 192nd member in June 2006", "Switzerland joined as the 190th member state on 10 September". With no members listed the
/// joiner's place cannot be looked up; but a count that rose from M to N on one day made that day's joiners the (M+1)th to
/// Nth members, so the place is known for the time the sentence names right after the noun.
/// </summary>
/// <remarks>Silent with no time after the noun (the joining is then undated) and for ordinals of something else ("the
/// 100th member to ratify", read by the caller's restriction test).</remarks>
internal static class CountOrdinalReader
{
    /// <summary>Words right before "the" that make the ordinal a joining: "became the", "joined as the".</summary>
    private static readonly string[] JoiningWords = { "became", "become", "becomes", "becoming", "as" };

    /// <summary>The claim for the ordinal from <paramref name="first"/> to <paramref name="last"/> whose noun ends before
    /// <paramref name="end"/>, or <see langword="null"/>.</summary>
    public static Claim? Read(SentenceContext s, int first, int last, int end, Entity organization, PropertyDefinition property, int nth)
    {
        if (property.Kind != PropertyKind.Count || !s.IsWordAt(first - 1, "the") || !s.IsWordAt(first - 2, JoiningWords))
        {
            return null;
        }

        // "of the United Nations" may come between the noun and the time.
        var k = end;
        if (s.IsWordAt(k, "of") && s.MentionStartingAt(SkipDeterminer(s, k + 1)) is { } named && named.Entity.Id == organization.Id)
        {
            k = named.End;
        }

        if (!s.IsWordAt(k, "in", "on") || TimeAt(s, k + 1) is not { } time)
        {
            return null;
        }

        return new CountOrdinalClaim(SpanOf(s.Tokens, first, last), organization, property, nth, time);
    }

    // A date written out ("June 2006", "2011") or told relative to the article ("on 10 September", "last year").
    private static FactDate? TimeAt(SentenceContext s, int at)
    {
        if (DateExpression.Read(s.TokenSpan, at) is { } date)
        {
            return date.Date;
        }

        if (RelativeTime.Read(s.TokenSpan, at, s.Time.AsOf, s.Time.Narrative) is { Present: false } relative)
        {
            return relative.Date;
        }

        // "in September", "on 10 September": a month (and day) with no year, of the narrative's year or the most recent
        // one up to the article's date.
        var day = 0;
        if (s.TokenAt(at) is { Kind: FactBase.Text.TokenKind.Number } number && int.TryParse(number.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d))
        {
            (day, at) = (d, at + 1);
        }

        if (s.TokenAt(at) is not { } name || DateExpression.MonthOf(name) is not (> 0 and var named) || s.TokenAt(at + 1) is { Kind: FactBase.Text.TokenKind.Number })
        {
            return null;
        }

        var asOf = s.Time.AsOf;
        FactDate month;
        if (s.Time.Narrative is { } then)
        {
            month = new FactDate(then.Year, named);
        }
        else if (asOf.Month != 0)
        {
            month = new FactDate(named <= asOf.Month ? asOf.Year : asOf.Year - 1, named);
        }
        else
        {
            return null;
        }

        if (day == 0)
        {
            return month;
        }

        var dated = day >= 1 && day <= FactDate.DaysIn(month.Year, month.Month) ? new FactDate(month.Year, month.Month, day) : (FactDate?)null;
        return dated is { } known && known.DayNumber <= s.Time.AsOf.Latest.DayNumber ? known : null;
    }
}
