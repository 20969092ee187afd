using System.Globalization;
using System.Text;

namespace FactBase.Generators;

/// <summary>Writes values as C# source text: string literals and XML documentation text.</summary>
internal static class CSharpLiterals
{
    /// <summary>A regular C# string literal for <paramref name="value"/>, quotes included.</summary>
    /// <remarks>
    /// Escapes quotes, backslashes, control characters, the characters C# treats as line breaks
    /// (U+0085, U+2028, U+2029), the byte-order mark and lone surrogates (which UTF-8 cannot hold);
    /// other Unicode text, surrogate pairs included, is kept as written, so names stay readable.
    /// </remarks>
    /// <param name="value">The text.</param>
    /// <returns>The literal.</returns>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPairAt(value, i))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (NeedsUnicodeEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Text safe inside an XML documentation comment: one line, markup characters escaped.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string XmlText(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPairAt(value, i))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    // Line breaks would end the comment line; other controls and surrogates are not valid XML text here.
                    builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>An <c>int</c> literal in invariant culture.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The literal.</returns>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsPairAt(string value, int index)
        => char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);

    private static bool NeedsUnicodeEscape(char c)
        => char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';
}
