using System.Collections.Generic;
using System.Text;

namespace FactBase.Cli.Importing;

/// <summary>Turns a name into a fact id: <c>Sebastián Piñera</c> → <c>sebastian-pinera</c>.</summary>
internal static class Slug
{
    private const int MaxLength = 80;

    // Latin letters with diacritics and ligatures, by the ASCII they are spelled with in ids (the starter ids do so:
    // "Zelenskyy", not a transliteration table of every script). Other scripts give no letters.
    private static readonly Dictionary<char, string> Folded = Build(
        ("àáâãäåāăąǎ", "a"), ("æǽ", "ae"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęěǝ", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįıǐ", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏőǒ", "o"),
        ("œ", "oe"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ß", "ss"), ("ţťŧț", "t"), ("ùúûüũūŭůűųǔ", "u"), ("ŵ", "w"),
        ("ýÿŷ", "y"), ("źżž", "z"), ("þ", "th"));

    /// <summary>The id spelled from <paramref name="name"/>: lowercase ASCII words joined by hyphens; empty when no letter or digit is left.</summary>
    /// <param name="name">A name.</param>
    /// <returns>The slug, at most 80 characters, cut at a word.</returns>
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var raw in name)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '\u2019' or '\u02bc')
            {
                continue; // O'Brien → obrien
            }

            string? letters = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? null : Folded.TryGetValue(c, out var folded) ? folded : string.Empty;
            if (letters == string.Empty)
            {
                hyphen = builder.Length > 0;
                continue;
            }

            if (hyphen)
            {
                builder.Append('-');
                hyphen = false;
            }

            if (letters is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(letters);
            }
        }

        if (builder.Length > MaxLength)
        {
            var cut = builder.ToString(0, MaxLength + 1).LastIndexOf('-');
            builder.Length = cut > 0 ? cut : MaxLength;
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> Build(params (string Letters, string Ascii)[] groups)
    {
        var map = new Dictionary<char, string>();
        foreach (var (letters, ascii) in groups)
        {
            foreach (var letter in letters)
            {
                map[letter] = ascii;
            }
        }

        return map;
    }
}
