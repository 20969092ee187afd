using FactBase.Checking.Mentions;

namespace FactBase.Tests.Checking.Mentions;

/// <summary>
/// The allocation-free lookups of the name index (issue 6) must answer exactly as the straightforward
/// versions they replaced: ToLowerInvariant keys, and a string-keyed symmetric-delete table.
/// </summary>
public sealed class NameIndexLookupTests
{
    [Theory]
    [InlineData("NATO", "nato")]
    [InlineData("Nato", "NATO")]
    [InlineData("Zelenskyy", "zelenskyy")]
    [InlineData("Škoda", "ŠKODA")]
    [InlineData("\u212Aelvin", "kelvin")] // Kelvin sign lowercases to k
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ſun", "sun")] // long s: not equal under ToLowerInvariant
    [InlineData("NATO", "NATA")]
    [InlineData("US", "us")]
    [InlineData("", "")]
    public void Trie_keys_compare_as_ToLowerInvariant_does(string a, string b)
    {
        var expected = string.Equals(a.ToLowerInvariant(), b.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(expected, InvariantLowerComparer.Instance.Equals(a, b));
        if (expected)
        {
            Assert.Equal(InvariantLowerComparer.Instance.GetHashCode(a), InvariantLowerComparer.Instance.GetHashCode(b));
        }
    }

    [Fact]
    public void Spelling_candidates_are_the_known_words_one_edit_away_in_lookup_order()
    {
        var index = new NameIndex(TestKnowledgeBases.Starter);
        var words = TestKnowledgeBases.Starter.Entities
            .SelectMany(e => new[] { e.Name }.Concat(e.Aliases))
            .SelectMany(n => NameIndex.Words(n).Select(t => t.Text))
            .Where(w => w.Length >= 4)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var probes = new[] { "NATA", "Stoltenburg", "Vladmir", "Zelensky", "Rutter", "Officials", "Republics", "Tuesday", "Bidenn", "Stoltenberg" };

        foreach (var probe in probes)
        {
            var found = index.SpellingCandidates(probe).Select(c => c.Word).Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToList();
            var expected = words.Where(w => IsAtMostOneEdit(probe.ToLowerInvariant(), w.ToLowerInvariant())).OrderBy(w => w, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, found);

            // A second lookup gives the same answer, in the same order.
            Assert.Equal(index.SpellingCandidates(probe).ToList(), index.SpellingCandidates(probe).ToList());
        }
    }

    /// <summary>Brute-force Damerau distance ≤ 1 (adjacent transposition counts as one edit).</summary>
    private static bool IsAtMostOneEdit(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        for (var i = 0; i <= Math.Max(a.Length, b.Length); i++)
        {
            if (a.Length == b.Length && i < a.Length && (a.Remove(i, 1).Insert(i, b[i].ToString()) == b))
            {
                return true;
            }

            if (a.Length == b.Length + 1 && i < a.Length && a.Remove(i, 1) == b)
            {
                return true;
            }

            if (b.Length == a.Length + 1 && i < b.Length && b.Remove(i, 1) == a)
            {
                return true;
            }

            if (a.Length == b.Length && i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.Remove(i, 2).Insert(i, $"{b[i]}{b[i + 1]}") == b)
            {
                return true;
            }
        }

        return false;
    }
}
