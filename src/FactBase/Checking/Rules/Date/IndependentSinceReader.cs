using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// A date of independence told as a state since: "Finland, independent since 1917, ...", "Norway has been independent since
/// 1905". The property is the date property whose verbs speak of becoming independent (the vocabulary's, not a name
/// written here); the subject is the country the adjective is said of, as for a verb.
/// </summary>
/// <remarks>Silent with a word between ("independent again since 1991", which tells of a restoration) and with no date
/// right after "since" ("independent since the collapse of the Soviet Union").</remarks>
internal static class IndependentSinceReader
{
    /// <summary>The word a reading starts at: a trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Triggers = new(["independent"]);

    /// <summary>Adds the claims of the sentence.</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        for (var i = 1; i + 2 < s.TokenSpan.Length; i++)
        {
            if (!s.IsWordAt(i, "independent") || !s.IsWordAt(i + 1, "since") || DateExpression.Read(s.TokenSpan, i + 2) is not { } date
                || Independence(s) is not { } property)
            {
                continue;
            }

            if (SubjectBefore(s, i, e => e.GetFact(property.Name)?.Date is not null) is { } subject)
            {
                (claims ??= new List<Claim>()).Add(new DateClaim(SpanOf(s.Tokens, i, i + 1 + date.Length), subject.Entity, property, date.Date));
            }
        }
    }

    // The date property one of whose verbs says "independent" ("became independent").
    private static PropertyDefinition? Independence(SentenceContext s)
    {
        foreach (var property in s.KnowledgeBase.Properties)
        {
            if (property.Kind != PropertyKind.Date)
            {
                continue;
            }

            foreach (var verb in property.Verbs)
            {
                if (verb.EndsWith(" independent", System.StringComparison.OrdinalIgnoreCase))
                {
                    return property;
                }
            }
        }

        return null;
    }
}
