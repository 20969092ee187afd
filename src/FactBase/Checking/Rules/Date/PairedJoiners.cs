using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// A joining whose subject is a pair told of before: "Bulgaria and Romania entered the union today. Both countries joined
/// NATO in 2004", "Sweden's king reigns. Finland's president rules. The two countries joined the EU in 1995". The pair is
/// the countries named in the last few sentences: exactly two, or the subject stands for no one certain.
/// </summary>
/// <remarks>Only "both" or "the two" with a noun for countries opens the sentence and stands right before the verb; a
/// third country named since, or a pair of which one never was a member, leaves it silent.</remarks>
internal static class PairedJoiners
{
    /// <summary>How many sentences back the pair may be named.</summary>
    private const int Reach = 4;

    /// <summary>Nouns a pair of countries is told by.</summary>
    private static readonly string[] CountryNouns = { "countries", "nations", "states" };

    /// <summary>The two countries "Both countries" at the start of the sentence stands for, when <paramref name="verb"/>
    /// follows it; <see langword="null"/> when the subject is something else or the pair is not certain.</summary>
    public static (Entity First, Entity Second)? Read(SentenceContext s, int verb, EquatableArray<TimelineEntry> timeline)
    {
        var opens = (verb == 2 && s.IsWordAt(0, "both") && s.IsWordAt(1, CountryNouns))
                    || (verb == 3 && s.IsWordAt(0, "the") && s.IsWordAt(1, "two") && s.IsWordAt(2, CountryNouns));
        if (!opens || s.Document is not { } document)
        {
            return null;
        }

        var named = new List<Entity>(2);
        var salience = document.Salience;
        for (var k = salience.Count - 1; k >= 0; k--)
        {
            var entry = salience[k];
            if (entry.Sentence >= document.Sentence || entry.Entity.Type != EntityType.Country || entry.Kind == Mentions.MentionKind.Adjective)
            {
                continue;
            }

            if (entry.Sentence < document.Sentence - Reach)
            {
                break;
            }

            if (!named.Exists(e => e.Id == entry.Entity.Id))
            {
                named.Add(entry.Entity);
            }

            if (named.Count > 2)
            {
                return null;
            }
        }

        return named.Count == 2 && CountClaimListed(timeline, named[0].Id) && CountClaimListed(timeline, named[1].Id)
            ? (named[0], named[1])
            : null;
    }

    private static bool CountClaimListed(EquatableArray<TimelineEntry> timeline, string id) => Count.CountClaimExtractor.Lists(timeline, id);
}
