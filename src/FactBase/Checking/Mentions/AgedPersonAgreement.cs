using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>
/// For "the 67-year-old independent" when the nearest sentence names several people ("the king swore in the government of
/// X"), or none that fits a nationality ("the 65-year-old Norwegian" after a Dutch successor was named): the one person
/// named in this or the last few sentences (for a nationality, anywhere in the text before) whose age at the article's date
/// is the age written. The reference then leans on the facts, so it is tentative (a claim through it is only confirmed);
/// with two such people, or none, there is no reference.
/// </summary>
internal static class AgedPersonAgreement
{
    /// <summary>How many sentences back a candidate may be named.</summary>
    public const int Reach = 3;

    /// <summary>The one person of that age, or <see langword="null"/>.</summary>
    /// <param name="ageText">The age as written in digits.</param>
    /// <param name="mentions">The sentence's mentions.</param>
    /// <param name="before">The index of "the": this sentence's candidates are named before it.</param>
    /// <param name="state">What the document has named.</param>
    /// <param name="knowledgeBase">The facts (their dates an age counts from).</param>
    /// <param name="nationality">A country the description names ("Norwegian"), or <see langword="null"/>.</param>
    /// <param name="mayBeOf">Whether a person may be of that country.</param>
    /// <param name="agent">The person acting on the description (never the one it describes).</param>
    /// <param name="anywhere">Whether the person may be named anywhere in the text before, not only lately.</param>
    public static Entity? Find(string ageText, List<Mention>? mentions, int before, DocumentMentionState state, KnowledgeBase knowledgeBase,
        Entity? nationality, Func<Entity, bool> mayBeOf, string? agent, bool anywhere = false)
    {
        if (!int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > 130)
        {
            return null;
        }

        return OnePersonNamedLately.Find(
            mentions,
            before,
            state,
            nationality is null && !anywhere ? Reach : null,
            e => e.Id != agent && (nationality is null || mayBeOf(e)) && IsAged(e, age, state.AsOf, knowledgeBase));
    }

    // Whether the person is that age at the date, by a date an age counts from (a birth), and alive then.
    private static bool IsAged(Entity person, int age, FactDate at, KnowledgeBase knowledgeBase)
    {
        foreach (var p in knowledgeBase.Properties)
        {
            if (!p.Age || p.Kind != PropertyKind.Date || person.GetFact(p.Name)?.Date is not { } date)
            {
                continue;
            }

            if (person.GetFact("died")?.Date is { } died && died.DayNumber < at.Earliest.DayNumber)
            {
                return false;
            }

            return age >= FactDate.YearsBetween(date.Latest, at.Earliest) && age <= FactDate.YearsBetween(date.Earliest, at.Latest);
        }

        return false;
    }
}
