using System.Text;

namespace FactBase.Robustness.Support;

/// <summary>Seeds and case counts for the fuzz tests: fixed in CI, changeable to explore.</summary>
/// <remarks>
/// <c>FACTBASE_FUZZ_SEED</c> replaces every test's seed (a failure message always names the seed and
/// case); <c>FACTBASE_FUZZ_SCALE</c> multiplies the number of cases.
/// </remarks>
internal static class Fuzz
{
    public static int Seed(int fixedSeed)
        => int.TryParse(Environment.GetEnvironmentVariable("FACTBASE_FUZZ_SEED"), out var s) ? unchecked(s * 31 + fixedSeed) : fixedSeed;

    public static int Cases(int count)
        => int.TryParse(Environment.GetEnvironmentVariable("FACTBASE_FUZZ_SCALE"), out var k) && k > 0 ? count * k : count;

    /// <summary>Runs <paramref name="body"/> once per case with its own seeded random; a failure names the seed and case.</summary>
    public static void Run(int fixedSeed, int cases, Action<Random, int> body)
    {
        var seed = Seed(fixedSeed);
        var count = Cases(cases);
        for (var i = 0; i < count; i++)
        {
            var random = new Random(unchecked(seed * 7919 + i));
            try
            {
                body(random, i);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"case {i} of seed {seed} failed (replay: FACTBASE_FUZZ_SEED and this case number): {ex.Message}", ex);
            }
        }
    }

    /// <summary>Text pieces that stress readers and the checker: markup, names, numbers, odd Unicode.</summary>
    public static readonly string[] ArticleFragments =
    {
        // Words and claims the checker reacts to.
        "NATO", "Nato", "NATA", "Stoltenberg", "Stoltenburg", "Jens Stoltenberg", "Mark Rutte", "Secretary General", "President",
        "founded in 1948", "founded in ", "1949", "2024", "75-year-old ", "75th anniversary", "32 members", "member of NATO since 1952",
        "Ukraine, which is not a NATO member", "In 2019, ", "former ", "then-", "ex-", "NATO's", "s'", "U.S.", "Mr.", "J.", "aged 58",
        "1,000,000", "99999999999999999999", "0th", "31st", "April 4, 1949", "4 April 1949", "Feb. 2020",
        " ", " ", " ", ".", ". ", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "-", "--", "\u2014", "\u2019s",
        // Line structure.
        "\n", "\n\n", "\r", "\r\n", "\r\r", "\t", "\u00A0", "\u2028", "\u2029", "\u0085", "\f", "\v",
        // Markdown.
        "# ", "## ", "> ", ">>>>", "- ", "* ", "1. ", "```", "```\n", "~~~", "`", "``", "    ", "[", "]", "](", "(http://a.b/c)", "![", "[x]: http://a.b",
        "**", "__", "_", "*", "|", "| a | b |\n|---|---|\n", "\\", "---\n", "---\ndate: 2025-03-07\n---\n", "***", "<http://a.b>", "[^1]",
        // HTML.
        "<", ">", "</", "<p>", "</p>", "<div>", "<br/>", "<script>", "</script>", "<style>", "<code>", "<pre>", "<!--", "-->", "<!-- factbase-disable -->",
        "<!-- factbase-disable-next-line -->", "<!-- factbase-enable -->", "&amp;", "&", "&#", "&#x1F600;", "&nbsp;", ";", "<a href=\"", "\"", "'", "<img src=x>",
        "<svg>", "<template>", "<head>", "<title>", "<![CDATA[", "]]>", "<?xml", "<!DOCTYPE html>",
        // Header forms.
        "date 2025-03-07\n", "date 2025-13-45\n", "date: 2025-03-07",
        // Unicode that breaks naive code: surrogates (paired and lone), RTL, combining marks, NUL, BOM, ZWJ.
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\u200F", "\u202E", "\u202C", "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "e\u0301", "\u0301",
        "\u0308\u0308\u0308", "\0", "\uFEFF", "\u200D", "\uFFFD", "\uFFFE", "\uFFFF", "\u0130", "\u0131", "\u00DF", "\u01C5", "\u03A3", "\u1E9E", "\U0001D400",
        "\u0928\u093E\u091F\u094B", "\u4E2D\u6587", "\u3000",
    };

    /// <summary>Text pieces that stress the YAML reader.</summary>
    public static readonly string[] YamlFragments =
    {
        "[", "]", "{", "}", "&a ", "*a", "&b ", "*b", "<<: *a\n", "\t", "---\n", "...\n", ": ", "- ", "? ", "|", "|-\n", ">", ">+\n", "\"", "'", "#", "!!binary ",
        "!!map ", "!tag ", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", ",", "\n", "\r", "\r\n", "  ", "    ", "id: x\n", "type: person\n", "name: X\n", "facts:\n",
        "  founded: 1949-04-04\n", "  members:\n    - { value: a, from: 2000 }\n", "from: 0000-00-00", "to: 9999-12-31", "value: ", "~", "null", "\0", "\uFEFF",
        "\uD800", "\u0085", "\u2028", "properties:\n", "  x: { kind: date }\n", "aliases: [", "1e999", "-", "0x1F", ".inf", "\\", "\"\\u00", "\"\\x",
    };

    public static string Pick(Random r, string[] items) => items[r.Next(items.Length)];

    /// <summary>A random text made of fragments and random characters (any UTF-16 code unit, lone surrogates included).</summary>
    public static string RandomText(Random r, string[] fragments, int maxPieces)
    {
        var sb = new StringBuilder();
        var pieces = r.Next(maxPieces + 1);
        for (var i = 0; i < pieces; i++)
        {
            switch (r.Next(10))
            {
                case 0:
                    sb.Append((char)r.Next(0, 0x10000));
                    break;
                case 1:
                    sb.Append((char)r.Next(0, 0x80));
                    break;
                default:
                    sb.Append(Pick(r, fragments));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Applies 1–<paramref name="maxMutations"/> random mutations to <paramref name="text"/>.</summary>
    /// <remarks>
    /// Byte flips work on the UTF-8 bytes and decode with replacement, as the CLI reads a damaged
    /// file; the others truncate, delete, duplicate, insert fragments, change line endings and split
    /// surrogate pairs.
    /// </remarks>
    public static string Mutate(Random r, string text, string[] fragments, int maxMutations = 4)
    {
        var count = 1 + r.Next(maxMutations);
        for (var m = 0; m < count; m++)
        {
            text = r.Next(9) switch
            {
                0 => FlipBytes(r, text),
                1 => text.Substring(0, r.Next(text.Length + 1)),
                2 => Delete(r, text),
                3 => Duplicate(r, text),
                4 or 5 => Insert(r, text, Pick(r, fragments)),
                6 => LineEndings(r, text),
                7 => Insert(r, text, r.Next(3) switch { 0 => "\uD83D", 1 => "\uDE00", _ => "\0" }),
                _ => Insert(r, text, string.Concat(Enumerable.Repeat(Pick(r, fragments), 1 + r.Next(50)))),
            };
        }

        return text;
    }

    private static string FlipBytes(Random r, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        var flips = 1 + r.Next(8);
        for (var i = 0; i < flips; i++)
        {
            bytes[r.Next(bytes.Length)] ^= (byte)(1 << r.Next(8));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string Delete(Random r, string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = r.Next(text.Length);
        return text.Remove(start, r.Next(Math.Min(200, text.Length - start) + 1));
    }

    private static string Duplicate(Random r, string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = r.Next(text.Length);
        var length = r.Next(Math.Min(500, text.Length - start) + 1);
        return text.Insert(r.Next(text.Length + 1), text.Substring(start, length));
    }

    private static string Insert(Random r, string text, string piece) => text.Insert(r.Next(text.Length + 1), piece);

    private static string LineEndings(Random r, string text) => r.Next(3) switch
    {
        0 => text.Replace("\r\n", "\n").Replace('\n', '\r'),
        1 => text.Replace("\r\n", "\n").Replace("\n", "\r\n"),
        _ => text.Replace("\r", string.Empty),
    };
}
