using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Checking.Rules;
using FactBase.Checking.Rules.Age;
using FactBase.Checking.Rules.Count;
using FactBase.Checking.Rules.Membership;
using FactBase.Checking.Rules.Role;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Findings;

/// <summary>
/// Errors that follow from another error of the same sentence: "Austria, Finland and Sweden, which joined in 1994,
/// brought the bloc to fifteen members" has one error, the year; the count is right at the joining the facts know, and
/// wrong only at the year the sentence got wrong. A claim checked at a year that a date error of its sentence corrects is
/// not reported when it is right at the year the date's finding gives: that finding already tells the editor what to change.
/// </summary>
internal static class WrongTimeFindings
{
    /// <summary>Removes from <paramref name="findings"/> the errors checked at a year a date error of their sentence
    /// corrects.</summary>
    /// <param name="findings">The document's findings.</param>
    /// <param name="errors">The errors, each with its claim, in the order they were found.</param>
    /// <param name="sentences">The document's sentences.</param>
    /// <param name="isRightAt">Whether a claim is right when checked at the time given.</param>
    public static void Remove(List<Finding> findings, List<(Finding Finding, Claim Claim)> errors, IReadOnlyList<Sentence> sentences, Func<Claim, TimeContext, bool> isRightAt)
    {
        // The errors of each sentence together (a document may hold thousands of errors; each is compared only with those of
        // its own sentence), and the ones to drop removed in one pass.
        var bySentence = new Dictionary<int, List<int>>();
        for (var i = 0; i < errors.Count; i++)
        {
            var sentence = SentenceIndex(sentences, errors[i].Finding.Span.Start);
            if (sentence < 0)
            {
                continue;
            }

            if (!bySentence.TryGetValue(sentence, out var members))
            {
                bySentence.Add(sentence, members = new List<int>());
            }

            members.Add(i);
        }

        HashSet<(string, TextSpan, Verdict)>? drop = null;
        foreach (var pair in bySentence)
        {
            var members = pair.Value;
            if (members.Count < 2)
            {
                continue;
            }

            var span = sentences[pair.Key].Span;
            foreach (var d in members)
            {
                var date = errors[d].Finding;
                if (date.Rule != RuleCatalog.Date.Name || !TryYear(date.Text, out var year) || !TryYear(date.Suggestion ?? date.Expected ?? string.Empty, out var corrected))
                {
                    continue;
                }

                foreach (var o in members)
                {
                    // Only an error that the corrected year would put right: one wrong at any time ("26 members" when the
                    // alliance never had 26 that year or the next) is the sentence's own.
                    var (other, claim) = errors[o];
                    if (other.Rule == RuleCatalog.Date.Name || other.Span.End > span.End || TimeOf(claim) is not { } time || !IsAt(time, year)
                        || !isRightAt(claim, new TimeContext(FactDate.Parse(corrected.ToString(CultureInfo.InvariantCulture)), Array.Empty<FactDate>(), time.AsOf)))
                    {
                        continue;
                    }

                    (drop ??= new HashSet<(string, TextSpan, Verdict)>()).Add((other.Rule, other.Span, other.Verdict));
                }
            }
        }

        if (drop is not null)
        {
            findings.RemoveAll(f => drop.Contains((f.Rule, f.Span, f.Verdict)));
        }
    }

    /// <summary>The claim as checked at <paramref name="time"/>, or <see langword="null"/> for a kind of claim this does
    /// not re-time.</summary>
    public static Claim? At(Claim claim, TimeContext time) => claim switch
    {
        CountClaim c => c with { Time = time },
        AgeClaim a => a with { Time = time },
        RoleClaim r => r with { Time = time },
        MembershipClaim m => m with { Time = time },
        SinceClaim s => s with { Time = time },
        SuccessionClaim s => s with { Time = time },
        _ => null,
    };

    // The year of a date finding's text when it is a year alone ("1994"), the usual form of such an error.
    private static bool TryYear(string text, out int year)
    {
        year = 0;
        if (text.Length != 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            year = (year * 10) + (c - '0');
        }

        return true;
    }

    private static int SentenceIndex(IReadOnlyList<Sentence> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var span = sentences[mid].Span;
            if (position < span.Start)
            {
                hi = mid - 1;
            }
            else if (position >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static TimeContext? TimeOf(Claim claim) => claim switch
    {
        CountClaim c => c.Time,
        AgeClaim a => a.Time,
        RoleClaim r => r.Time,
        MembershipClaim m => m.Time,
        SinceClaim s => s.Time,
        SuccessionClaim s => s.Time,
        _ => null,
    };

    // Whether the claim was checked at the year: the time the sentence names, or every other time it names.
    private static bool IsAt(TimeContext time, int year)
    {
        if (time.Primary != time.AsOf)
        {
            return time.Primary.Year == year;
        }

        if (time.Others.Count == 0)
        {
            return false;
        }

        foreach (var other in time.Others)
        {
            if (other.Year != year)
            {
                return false;
            }
        }

        return true;
    }
}
