using System.Collections.Generic;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking;

/// <summary>Finds the times a sentence speaks of: "In 2019, ...", "Back in April 2016, ...", "... in 2024".</summary>
internal static class TimeContextReader
{
    public static TimeContext Read(IReadOnlyList<Token> tokens, FactDate asOf)
    {
        var primary = asOf;
        var others = new List<FactDate>();
        var start = 0;

        // A sentence-initial time phrase sets the time of the whole sentence.
        var k = 0;
        if (k < tokens.Count && tokens[k].IsWord("back"))
        {
            k++;
        }

        if (k < tokens.Count && (tokens[k].IsWord("in") || tokens[k].IsWord("on") || tokens[k].IsWord("by")) && DateExpression.Read(tokens, k + 1) is { } lead
            && k + 1 + lead.Length < tokens.Count && tokens[k + 1 + lead.Length].Is(','))
        {
            primary = lead.Date;
            start = k + 1 + lead.Length;
        }

        // Any other time named in the sentence: a claim true then is not flagged.
        for (var i = start; i < tokens.Count; i++)
        {
            if (DateExpression.Read(tokens, i) is { } date && i > 0 && (tokens[i - 1].IsWord("in") || tokens[i - 1].IsWord("on") || tokens[i - 1].IsWord("of") || tokens[i - 1].IsWord("since") || tokens[i - 1].IsWord("until") || tokens[i - 1].IsWord("from") || tokens[i - 1].IsWord("during") || tokens[i - 1].IsWord("the") || tokens[i - 1].Is(',')))
            {
                if (date.Date.Earliest.DayNumber <= asOf.Latest.DayNumber)
                {
                    others.Add(date.Date);
                }

                i += date.Length - 1;
            }
        }

        return new TimeContext(primary, others, asOf);
    }
}
