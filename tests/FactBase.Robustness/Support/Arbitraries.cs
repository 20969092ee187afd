using FsCheck;
using FsCheck.Fluent;

namespace FactBase.Robustness.Support;

/// <summary>Text built mostly from YAML-significant fragments (for FsCheck).</summary>
public sealed record YamlishText(string Value)
{
    public override string ToString() => Show(Value);

    internal static string Show(string value)
        => "\"" + string.Concat(value.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}

/// <summary>Text built mostly from article fragments: names, claims, markup and odd Unicode (for FsCheck).</summary>
public sealed record ArticleText(string Value)
{
    public override string ToString() => YamlishText.Show(Value);
}

/// <summary>FsCheck generators: fragments, any UTF-16 code unit (lone surrogates included) and ASCII, with shrinking by halves.</summary>
public static class Arbitraries
{
    public static Arbitrary<YamlishText> Yamlish() => Build(Fuzz.YamlFragments).Convert(s => new YamlishText(s), t => t.Value);

    public static Arbitrary<ArticleText> Article() => Build(Fuzz.ArticleFragments).Convert(s => new ArticleText(s), t => t.Value);

    private static Arbitrary<string> Build(string[] fragments)
    {
        var piece = Gen.Frequency(
            (8, Gen.Elements(fragments)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0, 0x7F).Select(c => ((char)c).ToString())));
        var text = Gen.Sized(size => Gen.Choose(0, size * 2).SelectMany(n => Gen.ArrayOf(piece, n))).Select(string.Concat);
        return Arb.From(text, Shrink);
    }

    private static IEnumerable<string> Shrink(string s)
    {
        if (s.Length == 0)
        {
            yield break;
        }

        yield return s.Substring(0, s.Length / 2);
        yield return s.Substring(s.Length / 2);
        if (s.Length > 1)
        {
            yield return s.Substring(1);
            yield return s.Substring(0, s.Length - 1);
        }
    }
}
