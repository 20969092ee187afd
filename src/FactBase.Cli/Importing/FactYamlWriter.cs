using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactBase.Model;

namespace FactBase.Cli.Importing;

/// <summary>
/// Writes an <see cref="ImportedEntity"/> as a v1 fact file (docs/fact-format.md), in a fixed order, so the same
/// facts always give the same bytes and a re-import shows in <c>git diff</c> only what changed.
/// </summary>
internal static class FactYamlWriter
{
    /// <summary>The fact file text: a header comment, then the entity's keys in the format's order; facts by property name, periods newest first.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="header">The first line's comment, without <c>#</c>.</param>
    /// <returns>The YAML, with <c>\n</c> line endings.</returns>
    public static string Write(ImportedEntity entity, string header)
    {
        var yaml = new StringBuilder(512);
        yaml.Append("# ").Append(OneLine(header)).Append('\n');
        yaml.Append("id: ").Append(entity.Id).Append('\n');
        yaml.Append("type: ").Append(entity.Type.ToString().ToLowerInvariant()).Append('\n');
        yaml.Append("name: ").Append(Scalar(entity.Name, flow: false)).Append('\n');
        if (entity.Aliases.Count > 0)
        {
            yaml.Append("aliases: ").Append(FlowList(entity.Aliases)).Append('\n');
        }

        if (entity.Adjectives.Count > 0)
        {
            yaml.Append("adjectives: ").Append(FlowList(entity.Adjectives)).Append('\n');
        }

        yaml.Append("sources:\n  - url: ").Append(Scalar(entity.Source.Url, flow: false)).Append('\n');
        if (entity.Source.Retrieved is { } retrieved)
        {
            yaml.Append("    retrieved: ").Append(retrieved.ToString()).Append('\n');
        }

        var properties = entity.Dates.Keys.Concat(entity.Timelines.Keys).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        if (properties.Count > 0)
        {
            yaml.Append("facts:\n");
        }

        foreach (var property in properties)
        {
            yaml.Append("  ").Append(property).Append(':');
            if (entity.Dates.TryGetValue(property, out var date))
            {
                yaml.Append(' ').Append(date.ToString()).Append('\n');
                continue;
            }

            yaml.Append('\n');
            foreach (var period in entity.Timelines[property])
            {
                yaml.Append("    - { value: ").Append(period.Value).Append(", from: ").Append(period.From.ToString());
                if (period.To is { } to)
                {
                    yaml.Append(", to: ").Append(to.ToString());
                }

                yaml.Append(", source: ").Append(Scalar(period.Source, flow: true)).Append(" }\n");
            }
        }

        return yaml.ToString();
    }

    /// <summary>A YAML scalar for <paramref name="text"/>: plain where YAML reads it back unchanged as a string, else double-quoted.</summary>
    /// <param name="text">The text.</param>
    /// <param name="flow">Whether it stands inside <c>[...]</c> or <c>{...}</c>, where commas and brackets end a plain scalar.</param>
    /// <returns>The scalar as written in YAML.</returns>
    public static string Scalar(string text, bool flow) => IsPlain(text, flow) ? text : Quoted(text);

    private static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => Scalar(i, flow: true))) + "]";

    private static bool IsPlain(string text, bool flow)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || "-?:,[]{}#&*!|>'\"%@`".Contains(text[0]))
        {
            return false;
        }

        // Words YAML 1.1 or 1.2 read as something else: booleans, null, numbers, dates (docs/fact-format.md, Names).
        var lower = text.ToLowerInvariant();
        if (lower is "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "~" or ".nan" or ".inf" or "-.inf"
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || FactDate.TryParse(text, out _))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c)
                || (c == ':' && (i + 1 == text.Length || text[i + 1] == ' ' || (flow && ",[]{}".Contains(text[i + 1]))))
                || (c == '#' && text[i - 1] == ' ')
                || (flow && c is ',' or '[' or ']' or '{' or '}'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static string OneLine(string text) => new(text.Select(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' ? ' ' : c).ToArray());
}
