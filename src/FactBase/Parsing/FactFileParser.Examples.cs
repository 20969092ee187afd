using FactBase.Diagnostics;
using FactBase.Model;

namespace FactBase.Parsing;

/// <summary>The <c>examples:</c> key of an entity or a property definition.</summary>
/// <remarks>
/// <code>
/// examples:
///   as-of: 2025-03-07                 # optional: the day every sentence is checked as of (default: the day it runs)
///   flag: ["NATO, founded in 1948, met.", { text: "...", as-of: 2019-01-01 }]   # must give a finding
///   pass: ["NATO, founded in 1949, met."]                                        # must not
/// </code>
/// The parser only reads them; <c>factbase lint</c> runs them against the knowledge base.
/// </remarks>
public static partial class FactFileParser
{
    private static readonly string[] ExampleKeys = { "as-of", "flag", "pass" };
    private static readonly string[] ExampleItemKeys = { "text", "as-of" };

    /// <param name="node">The value of <c>examples:</c>, or <see langword="null"/>.</param>
    /// <param name="owner">The entity id or property name; <see langword="null"/> to check the shape only.</param>
    /// <param name="context">The file being parsed.</param>
    private static void ParseExamples(YamlNode? node, string? owner, Context context)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return;
        }

        if (node is not YamlMapping map)
        {
            context.Report(FactDiagnosticIds.InvalidValue, "'examples' must be a mapping with 'flag:' and 'pass:' lists of sentences", node);
            return;
        }

        CheckKeys(map, ExampleKeys, "examples", context);
        var asOf = Get(map, "as-of") is { } asOfNode ? ParseDay(asOfNode, context) : null;
        ParseSentences(Get(map, "flag"), "flag", owner, asOf, context);
        ParseSentences(Get(map, "pass"), "pass", owner, asOf, context);
    }

    private static void ParseSentences(YamlNode? node, string key, string? owner, FactDate? asOf, Context context)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return;
        }

        if (node is not YamlSequence sequence)
        {
            context.Report(FactDiagnosticIds.InvalidValue, $"'{key}' must be a list of sentences", node);
            return;
        }

        foreach (var item in sequence.Items)
        {
            (string? Text, FactDate? AsOf, YamlNode At) parsed = item switch
            {
                YamlScalar { IsNull: false } scalar => (scalar.Value, asOf, scalar),
                YamlMapping sentence => ParseSentence(sentence, asOf, context),
                _ => (null, null, item),
            };
            var (text, itemAsOf, at) = parsed;

            if (text is null || text.Trim().Length == 0)
            {
                if (item is not YamlMapping)
                {
                    context.Report(FactDiagnosticIds.InvalidValue, $"each item of '{key}' must be a sentence or {{ text, as-of }}", item);
                }

                continue;
            }

            if (owner is not null)
            {
                context.Examples.Add(new FactExample(owner, key == "flag", text.Trim(), itemAsOf, at.At(context.Path)));
            }
        }
    }

    private static (string? Text, FactDate? AsOf, YamlNode At) ParseSentence(YamlMapping map, FactDate? asOf, Context context)
    {
        CheckKeys(map, ExampleItemKeys, "an example", context);
        var text = RequiredScalar(map, "text", context);
        var own = Get(map, "as-of") is { } node ? ParseDay(node, context) : null;
        return (text, own ?? asOf, Get(map, "text") ?? map);
    }

    private static FactDate? ParseDay(YamlNode node, Context context)
    {
        var date = ParseDate(node, "as-of", context);
        if (date is { Precision: not DatePrecision.Day })
        {
            context.Report(FactDiagnosticIds.BadDate, $"'as-of' of an example must be a day: YYYY-MM-DD, not '{date}'", node);
            return null;
        }

        return date;
    }
}
