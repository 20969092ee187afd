using FactBase.Checking;
using FactBase.Checking.Mentions;
using FactBase.Checking.Vocabulary;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// MatchTitle, MatchVerb and MatchNoun file phrases under their start words behind a filter (issue 6); they must answer
/// exactly as the scan they replaced: a start-word set test, then every phrase of the sort, longest first.
/// </summary>
public sealed class VocabularyIndexMatchTests
{
    private static readonly Lazy<KnowledgeBase> Custom = new(() =>
    {
        // Prefixes of one another, phrases sharing a first word across kinds, y-plurals, a possessive and non-ASCII words.
        var result = FactLoader.LoadText(new[]
        {
            ("v/vocabulary.yaml", """
                properties:
                  mayor: { kind: office, titles: [Bürgermeister, Mayor, Lord Mayor, Mayor of the City, deputy] }
                  deputy_mayor: { kind: office, titles: [Deputy Mayor, deputy] }
                  partners: { kind: members, nouns: [party, party state, ally, Länder], verbs: [joined, joined up with] }
                  partner_count: { kind: count, nouns: [party, party state] }
                  opened: { kind: date, verbs: [opened, party, joined], age: true }
                """),
        });
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        return result.KnowledgeBase;
    });

    public static TheoryData<string> KnowledgeBases() => new() { "starter", "fixture", "custom" };

    private static KnowledgeBase Get(string name) => name switch
    {
        "starter" => TestKnowledgeBases.Starter,
        "fixture" => TestKnowledgeBases.Fixture,
        _ => Custom.Value,
    };

    [Theory]
    [MemberData(nameof(KnowledgeBases))]
    public void Every_token_of_the_evaluation_articles_matches_as_the_reference_scan(string name)
    {
        var kb = Get(name);
        var index = new VocabularyIndex(kb);
        var reference = new ReferenceVocabulary(kb);
        var matched = 0;
        foreach (var sentence in EvalSentences.All)
        {
            matched += CheckAllPositions(index, reference, sentence.Tokens);
        }

        if (name == "starter")
        {
            Assert.True(matched > 20, $"only {matched} matches: the comparison is barely exercised");
        }
    }

    [Theory]
    [MemberData(nameof(KnowledgeBases))]
    public void Every_vocabulary_phrase_in_every_form_matches_as_the_reference_scan(string name)
    {
        var kb = Get(name);
        var index = new VocabularyIndex(kb);
        var reference = new ReferenceVocabulary(kb);
        var matched = 0;
        foreach (var phrase in kb.Properties.SelectMany(p => p.Titles.Concat(p.Verbs).Concat(p.Nouns)).Distinct(StringComparer.Ordinal))
        {
            foreach (var text in Forms(phrase))
            {
                matched += CheckAllPositions(index, reference, Tokenizer.Tokenize(text, 0, text.Length));
            }
        }

        Assert.True(matched > 0);
    }

    [Fact]
    public void Longer_phrases_win_and_all_properties_of_the_longest_are_returned()
    {
        var index = new VocabularyIndex(Custom.Value);
        var tokens = Tokenizer.Tokenize("the Mayor of the City spoke", 0, "the Mayor of the City spoke".Length);
        var (length, properties) = index.MatchTitle(tokens, 1);
        Assert.Equal(4, length);
        Assert.Equal("mayor", Assert.Single(properties).Name);

        tokens = Tokenizer.Tokenize("a deputy spoke", 0, "a deputy spoke".Length);
        (length, properties) = index.MatchTitle(tokens, 1);
        Assert.Equal(1, length);
        Assert.Equal(new[] { "deputy_mayor", "mayor" }, properties.Select(p => p.Name).Order());

        tokens = Tokenizer.Tokenize("two parties", 0, "two parties".Length);
        Assert.Equal(new[] { "partner_count", "partners" }, index.MatchNoun(tokens, 1).Properties.Select(p => p.Name).Order());
        Assert.Equal("opened", Assert.Single(index.MatchVerb(tokens, 1).Properties).Name); // any single word also in plural form
        Assert.Equal(0, index.MatchNoun(tokens, 2).Length);
    }

    /// <summary>The phrase as written, in other cases, plural, possessive and inside a longer text.</summary>
    private static IEnumerable<string> Forms(string phrase)
    {
        yield return phrase;
        yield return phrase.ToUpperInvariant();
        yield return phrase.ToLowerInvariant();
        yield return phrase + "s";
        yield return phrase.ToUpperInvariant() + "S";
        if (phrase.EndsWith('y'))
        {
            yield return phrase[..^1] + "ies";
            yield return phrase[..^1].ToUpperInvariant() + "IES";
        }

        yield return phrase + "'s office";
        yield return "the " + phrase + " today";
        yield return "the " + phrase + "s of " + phrase + ".";
        var words = phrase.Split(' ');
        if (words.Length > 1)
        {
            yield return words[0] + "'s " + string.Join(' ', words.Skip(1)); // a possessive inside the phrase
            yield return string.Join(' ', words.Take(words.Length - 1)); // the phrase cut short
        }
    }

    private static int CheckAllPositions(VocabularyIndex index, ReferenceVocabulary reference, IReadOnlyList<Token> tokens)
    {
        var matched = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            matched += Check("title", index.MatchTitle(tokens, i), reference.MatchTitle(tokens, i), tokens, i);
            matched += Check("verb", index.MatchVerb(tokens, i), reference.MatchVerb(tokens, i), tokens, i);
            matched += Check("noun", index.MatchNoun(tokens, i), reference.MatchNoun(tokens, i), tokens, i);
        }

        return matched;
    }

    private static int Check(string sort, (int Length, IReadOnlyList<PropertyDefinition> Properties) actual, (int Length, IReadOnlyList<PropertyDefinition> Properties) expected, IReadOnlyList<Token> tokens, int i)
    {
        if (actual.Length != expected.Length || !actual.Properties.SequenceEqual(expected.Properties, ReferenceEqualityComparer.Instance))
        {
            Assert.Fail($"{sort} at {i} of '{string.Join(" ", tokens.Select(t => t.Text))}': got {actual.Length} [{string.Join(", ", actual.Properties.Select(p => p.Name))}], "
                        + $"expected {expected.Length} [{string.Join(", ", expected.Properties.Select(p => p.Name))}]");
        }

        return expected.Length > 0 ? 1 : 0;
    }

    /// <summary>The vocabulary matching before issue 6: a set of start words, then a scan of all phrases longest first.</summary>
    private sealed class ReferenceVocabulary
    {
        private readonly List<(string[] Words, PropertyDefinition Property)> _titles = new();
        private readonly List<(string[] Words, PropertyDefinition Property)> _verbs = new();
        private readonly List<(string[] Words, PropertyDefinition Property)> _nouns = new();
        private readonly HashSet<string> _titleStarts = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _verbStarts = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _nounStarts = new(StringComparer.OrdinalIgnoreCase);

        public ReferenceVocabulary(KnowledgeBase kb)
        {
            foreach (var property in kb.Properties)
            {
                _titles.AddRange(property.Titles.Select(t => (Split(t), property)));
                _verbs.AddRange(property.Verbs.Select(v => (Split(v), property)));
                _nouns.AddRange(property.Nouns.Select(n => (Split(n), property)));
            }

            // The same sort call on the same list as the index makes, so phrases of equal length keep the same order.
            _titles.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            _verbs.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            _nouns.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            AddStarts(_titles, _titleStarts);
            AddStarts(_verbs, _verbStarts);
            AddStarts(_nouns, _nounStarts);
        }

        public (int, IReadOnlyList<PropertyDefinition>) MatchTitle(IReadOnlyList<Token> tokens, int index) => Match(_titles, _titleStarts, tokens, index, PropertyKind.Office);

        public (int, IReadOnlyList<PropertyDefinition>) MatchVerb(IReadOnlyList<Token> tokens, int index) => Match(_verbs, _verbStarts, tokens, index, null);

        public (int, IReadOnlyList<PropertyDefinition>) MatchNoun(IReadOnlyList<Token> tokens, int index) => Match(_nouns, _nounStarts, tokens, index, null);

        private static string[] Split(string phrase) => NameIndex.Words(phrase).Select(t => t.Text).ToArray();

        private static void AddStarts(List<(string[] Words, PropertyDefinition Property)> entries, HashSet<string> starts)
        {
            foreach (var (words, _) in entries.Where(e => e.Words.Length > 0))
            {
                starts.Add(words[0]);
                if (words.Length == 1)
                {
                    starts.Add(words[0] + "s");
                    if (words[0].EndsWith("y", StringComparison.OrdinalIgnoreCase))
                    {
                        starts.Add(words[0][..^1] + "ies");
                    }
                }
            }
        }

        private static (int, IReadOnlyList<PropertyDefinition>) Match(
            List<(string[] Words, PropertyDefinition Property)> entries, HashSet<string> starts, IReadOnlyList<Token> tokens, int index, PropertyKind? kind)
        {
            if (index >= tokens.Count || !starts.Contains(tokens[index].Text))
            {
                return (0, Array.Empty<PropertyDefinition>());
            }

            var length = 0;
            var found = new List<PropertyDefinition>();
            foreach (var (words, property) in entries)
            {
                if ((kind is not null && property.Kind != kind) || (length > 0 && words.Length < length) || index + words.Length > tokens.Count)
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < words.Length && ok; k++)
                {
                    var token = tokens[index + k];
                    var last = k == words.Length - 1;
                    ok = string.Equals(token.Text, words[k], StringComparison.OrdinalIgnoreCase) || (last && IsPlural(token.Text, words[k]));
                    ok &= last || !token.IsPossessive;
                }

                if (ok)
                {
                    length = words.Length;
                    found.Add(property);
                }
            }

            return (length, found);
        }

        private static bool IsPlural(string text, string word)
        {
            if (text.Length == word.Length + 1 && (text[^1] is 's' or 'S'))
            {
                return string.Compare(text, 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            return word.EndsWith("y", StringComparison.OrdinalIgnoreCase) && text.Length == word.Length + 2
                   && text.EndsWith("ies", StringComparison.OrdinalIgnoreCase)
                   && string.Compare(text, 0, word, 0, word.Length - 1, StringComparison.OrdinalIgnoreCase) == 0;
        }
    }
}
