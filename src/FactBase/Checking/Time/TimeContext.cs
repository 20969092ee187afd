using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Checking.Time;

/// <summary>
/// The time a claim speaks of: the article's date, or a time the sentence names ("In 2019, ...").
/// </summary>
/// <param name="Primary">The main time: a sentence-initial time phrase, else the as-of date.</param>
/// <param name="Others">Other times the sentence names ("... in April 2024"); a claim true at one of them is not flagged.</param>
/// <param name="AsOf">The article's as-of date.</param>
public sealed record TimeContext(FactDate Primary, IReadOnlyList<FactDate> Others, FactDate AsOf);
