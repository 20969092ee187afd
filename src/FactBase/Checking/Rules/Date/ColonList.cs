using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// The members a colon lists after a joining whose subject only counts or describes them: "Seven countries joined that
/// day: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia." Each listed name is a subject of the verb.
/// </summary>
/// <remarks>Read only when the words before the verb name no one, the list is names and separators only and ends the
/// sentence, and every name in it has been a member of the organization: a list of anything else ("joined that day: the
/// ceremony was short") or of a name that never joined stays silent.</remarks>
internal static class ColonList
{
    /// <summary>The listed members after the colon at <paramref name="colon"/>, or <see langword="null"/>.</summary>
    public static List<Mention>? Read(SentenceContext s, int verb, int colon, Func<Entity, bool> wasMember)
    {
        if (s.TokenAt(colon)?.Is(':') != true)
        {
            return null;
        }

        foreach (var m in s.Mentions)
        {
            if (m.First < verb && m.Kind != MentionKind.Adjective)
            {
                return null;
            }
        }

        if (s.MentionStartingAt(SkipDeterminer(s, colon + 1)) is not { Kind: MentionKind.Name, IsPossessive: false } first || !wasMember(first.Entity))
        {
            return null;
        }

        var listed = new List<Mention> { first };
        var last = first;
        while (NextConjunct(s, last.End) is { } next)
        {
            if (next.Mention is not { Kind: MentionKind.Name, IsPossessive: false } named || !wasMember(named.Entity))
            {
                return null;
            }

            listed.Add(named);
            last = named;
            if (next.AfterAnd)
            {
                break;
            }
        }

        // The list ends the sentence: "... and Slovenia." (not "... and Slovenia, which had applied in 1996").
        return listed.Count >= 2 && (s.TokenAt(last.End) is null || (s.TokenAt(last.End)!.Value.Is('.') && s.TokenAt(last.End + 1) is null)) ? listed : null;
    }
}
