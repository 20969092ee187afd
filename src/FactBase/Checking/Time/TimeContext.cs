using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Checking.Time;

/// <summary>
/// The time a claim speaks of: the article's date, a time the sentence names ("In 2019, ...", "five years ago"), or the
/// time the narrative is in ("In 2019, ..." governs the following sentences of its paragraph).
/// </summary>
/// <param name="Primary">The main time: a sentence-initial time phrase, else the narrative's time, else the as-of date.</param>
/// <param name="Others">Other times the sentence names ("... in April 2024"); a claim true at one of them is not flagged.
/// When the primary time is carried from the narrative and the sentence is in the present tense, the as-of date is the
/// last of them: such a sentence may speak of the article's time.</param>
/// <param name="AsOf">The article's as-of date.</param>
public sealed record TimeContext(FactDate Primary, IReadOnlyList<FactDate> Others, FactDate AsOf)
{
    /// <summary>The time the narrative is in at this sentence (set by this sentence or an earlier one of its paragraph).</summary>
    public FactDate? Narrative { get; init; }

    /// <summary>Whether <see cref="Primary"/> is the narrative's time, carried from an earlier sentence; an as-of date
    /// last among <see cref="Others"/> is then added by the carrying, not named by the sentence.</summary>
    public bool Carried { get; init; }

    /// <summary>Relative times of <see cref="Others"/> named inside a clause set off by commas that opens with a participle
    /// or a relative word ("relations, frozen during the campaign last year, could"), with the clause's span: they are of
    /// that clause, and license no present title outside it. <see langword="null"/> when there are none.</summary>
    public IReadOnlyList<(FactDate Date, Text.TextSpan Clause)>? ClauseTimes { get; init; }
}
