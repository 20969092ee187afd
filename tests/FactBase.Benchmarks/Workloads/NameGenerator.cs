using System.Text;

namespace FactBase.Benchmarks.Workloads;

/// <summary>
/// Makes pronounceable, made-up words from syllables ("Varokin", "Teluma"), deterministic for a seed.
/// Words that are ordinary English words of the corpus templates are refused, so a name never
/// collides with the prose around it.
/// </summary>
internal sealed class NameGenerator
{
    private static readonly string[] Onsets = { "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "tr", "st", "gr", "sh", "ch", "th", "vl", "zh" };
    private static readonly string[] Vowels = { "a", "e", "i", "o", "u", "a", "o", "ei", "ou", "ia" };
    private static readonly string[] Codas = { "", "", "", "n", "r", "l", "s", "k", "m", "v", "sk", "nd" };

    private readonly Random _random;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public NameGenerator(Random random, IEnumerable<string> reserved)
    {
        _random = random;
        foreach (var word in reserved)
        {
            _used.Add(word);
        }
    }

    /// <summary>A new capitalized word of <paramref name="minSyllables"/> to <paramref name="maxSyllables"/> syllables, never returned before.</summary>
    public string Unique(int minSyllables = 2, int maxSyllables = 3, int minLength = 5)
    {
        while (true)
        {
            var word = Word(minSyllables, maxSyllables);
            if (word.Length >= minLength && _used.Add(word))
            {
                return word;
            }
        }
    }

    /// <summary>A capitalized word that may repeat (first names).</summary>
    public string Word(int minSyllables, int maxSyllables)
    {
        var builder = new StringBuilder();
        var syllables = _random.Next(minSyllables, maxSyllables + 1);
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Onsets[_random.Next(Onsets.Length)]);
            builder.Append(Vowels[_random.Next(Vowels.Length)]);
            if (i == syllables - 1 || _random.Next(3) == 0)
            {
                builder.Append(Codas[_random.Next(Codas.Length)]);
            }
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }
}
