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
    /// <param name="stateless">Whether the nationality is one of a country the facts do not hold (<paramref name="mayBeOf"/>
    /// then tells who may be of it, with <paramref name="nationality"/> null).</param>
    public static Entity? Find(string ageText, List<Mention>? mentions, int before, DocumentMentionState state, KnowledgeBase knowledgeBase,
        Entity? nationality, Func<Entity, bool> mayBeOf, string? agent, bool anywhere = false, bool stateless = false)
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
            e => e.Id != agent && ((nationality is null && !stateless) || mayBeOf(e)) && IsAged(e, age, state.AsOf, knowledgeBase));
    }

    /// <summary>Of the people a sentence names (<paramref name="named"/>), the one whose age is within a year of the age
    /// written while every other is more than <see cref="Apart"/> years from it ("Ecevit handed over to Gül. The 82-year-old
    /// had ..." for a man who died at 81 and one of 56): the description can only be of that one, and the age may then be
    /// refuted. The age is taken at the article's date, or at death for someone who died before it. <see langword="null"/>
    /// when no one or two people are that close, or someone else is too close to tell apart.</summary>
    public static Entity? OnlyNear(string ageText, IEnumerable<Entity> named, FactDate at, KnowledgeBase knowledgeBase)
    {
        if (!int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > 130)
        {
            return null;
        }

        Entity? near = null;
        foreach (var person in named)
        {
            if (near is not null && person.Id == near.Id)
            {
                continue;
            }

            if (AgeInForce(person, at, knowledgeBase) is not { } years)
            {
                return null; // an age the facts cannot tell may be the one written
            }

            var off = Math.Abs(years - age);
            if (off <= 1)
            {
                if (near is not null)
                {
                    return null;
                }

                near = person;
            }
            else if (off <= Apart)
            {
                return null;
            }
        }

        return near;
    }

    /// <summary>Whether the person's age (at the date, or at death when that came first) is within <paramref name="years"/>
    /// of the age written; false when the facts cannot tell it.</summary>
    public static bool IsNear(Entity person, string ageText, FactDate at, KnowledgeBase knowledgeBase, int years)
        => int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var age)
           && AgeInForce(person, at, knowledgeBase) is { } actual && Math.Abs(actual - age) <= years;

    /// <summary>How far, in years, every other person's age must be from the one written.</summary>
    private const int Apart = 5;

    // The person's age in whole years at the date, or at death when that came first.
    private static int? AgeInForce(Entity person, FactDate at, KnowledgeBase knowledgeBase)
    {
        foreach (var p in knowledgeBase.Properties)
        {
            if (!p.Age || p.Kind != PropertyKind.Date || person.GetFact(p.Name)?.Date is not { } date)
            {
                continue;
            }

            var until = person.GetFact("died")?.Date is { } died && died.DayNumber < at.Earliest.DayNumber ? died : at;
            var youngest = FactDate.YearsBetween(date.Latest, until.Earliest);
            return youngest == FactDate.YearsBetween(date.Earliest, until.Latest) ? youngest : null;
        }

        return null;
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
