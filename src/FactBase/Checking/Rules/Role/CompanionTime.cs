using System;
using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Checking.Mentions;
using FactBase.Checking.Time;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// The time of another person a past-tense sentence tells of: "Powell served as secretary of state until President X",
/// "Mr. Köhler rose to popularity after taking office, serving much of his six years alongside Chancellor X". With no time
/// of its own, such a sentence speaks of that person's years in office, not of the article's date, so a title of someone
/// else is of those years: right when its holder held the office during one of the companion's terms. Only a companion
/// whose every term is over counts (a figure of the past); a sitting leader's sentence ("Trump met President X") keeps
/// the article's time.
/// </summary>
internal static class CompanionTime
{
    /// <summary>The other people the sentence names when it is in the past tense and names no time of its own.</summary>
    public static IReadOnlyList<Entity> Of(SentenceContext s, Mention person)
    {
        var time = s.Time;
        if (time.Primary != time.AsOf || time.Others.Count > 0 || time.Carried || TimeContextReader.InPresentTense(s.Tokens))
        {
            return Array.Empty<Entity>();
        }

        List<Entity>? companions = null;
        foreach (var mention in s.Mentions)
        {
            if (mention.Entity.Type == EntityType.Person && mention.Kind != MentionKind.Adjective && mention.Entity.Id != person.Entity.Id
                && (companions is null || !companions.Exists(e => e.Id == mention.Entity.Id)))
            {
                (companions ??= new List<Entity>()).Add(mention.Entity);
            }
        }

        return companions ?? (IReadOnlyList<Entity>)Array.Empty<Entity>();
    }

    /// <summary>Whether one of <paramref name="terms"/> (the subject's in the office the title names) shares a day with a
    /// term of a companion whose every term ended before <paramref name="asOf"/>.</summary>
    public static bool Overlaps(IReadOnlyList<Entity> companions, List<OfficeTerm> terms, KnowledgeBase knowledgeBase, FactDate asOf)
    {
        for (var c = 0; c < companions.Count; c++)
        {
            var theirs = knowledgeBase.GetTermsOf(companions[c].Id);
            if (theirs.Count == 0 || !AllOver(theirs, asOf))
            {
                continue;
            }

            for (var i = 0; i < theirs.Count; i++)
            {
                for (var t = 0; t < terms.Count; t++)
                {
                    if (Share(theirs[i], terms[t]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="companions"/> held offices whose every term ended before
    /// <paramref name="asOf"/>: a figure of the past whose years the sentence may tell of.</summary>
    public static bool AnyOfThePast(IReadOnlyList<Entity> companions, KnowledgeBase knowledgeBase, FactDate asOf)
    {
        for (var c = 0; c < companions.Count; c++)
        {
            var theirs = knowledgeBase.GetTermsOf(companions[c].Id);
            if (theirs.Count > 0 && AllOver(theirs, asOf))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllOver(IReadOnlyList<OfficeTerm> terms, FactDate asOf)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].To is not { } to || to.LastDayNumber >= asOf.DayNumber)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Share(OfficeTerm a, OfficeTerm b)
        => a.From.DayNumber <= (b.To?.LastDayNumber ?? int.MaxValue) && b.From.DayNumber <= (a.To?.LastDayNumber ?? int.MaxValue);
}
