using FactBase.Checking;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules;
using FactBase.Checking.Rules.EntityName;
using FactBase.Checking.Vocabulary;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Text;

namespace FactBase.Tests.Checking.Mentions;

/// <summary>
/// The flat name trie and the reuse of first-pass matches (issue 6) must answer exactly as a trie of
/// per-node dictionaries keyed by ToLowerInvariant and a fresh lookup of every token did.
/// </summary>
public sealed class NameTrieTests
{
    [Theory]
    [InlineData("NATO", "nato")]
    [InlineData("Nato", "NATO")]
    [InlineData("Škoda", "ŠKODA")]
    [InlineData("\u212Aelvin", "kelvin")] // Kelvin sign lowercases to k
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ſun", "sun")] // long s: not equal under ToLowerInvariant
    [InlineData("NATO", "NATA")]
    [InlineData("US", "us")]
    public void A_word_leads_to_the_child_of_every_spelling_equal_under_ToLowerInvariant(string written, string probe)
    {
        var builder = new NameTrie.Builder();
        builder.Add(new[] { written }, TestKnowledgeBases.Starter.Entities[0], MentionKind.Name);
        var trie = builder.Build();

        var equal = string.Equals(written.ToLowerInvariant(), probe.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(equal, Follow(trie, trie.RootKey, probe).Found);
        Assert.True(Follow(trie, trie.RootKey, written).Found);
    }

    [Fact]
    public void Names_share_prefixes_and_end_at_nodes_that_hold_their_entries_in_order()
    {
        var nato = TestKnowledgeBases.Starter.Entities.First(e => e.Id == "nato");
        var un = TestKnowledgeBases.Starter.Entities.First(e => e.Id != "nato");
        var builder = new NameTrie.Builder();
        builder.Add(new[] { "North", "Atlantic", "Treaty", "Organization" }, nato, MentionKind.Name);
        builder.Add(new[] { "North", "Atlantic" }, un, MentionKind.Adjective);
        builder.Add(new[] { "North", "Atlantic" }, nato, MentionKind.Adjective);
        builder.Add(new[] { "NORTH", "ATLANTIC" }, nato, MentionKind.Adjective); // the same entity and kind again: kept once
        var trie = builder.Build();

        var north = Follow(trie, trie.RootKey, "north");
        var atlantic = Follow(trie, north.Key, "Atlantic");
        Assert.True(north.Found && atlantic.Found && north.More && atlantic.More);
        Assert.Empty(north.Entries);
        Assert.Equal(new[] { (un.Id, MentionKind.Adjective), (nato.Id, MentionKind.Adjective) }, atlantic.Entries.Select(e => (e.Entity.Id, e.Kind)));
        Assert.Equal(builder.NumberOf(un), atlantic.Entries[0].EntityNumber);
        Assert.Equal(builder.NumberOf(nato), atlantic.Entries[1].EntityNumber);
        Assert.NotEqual(atlantic.Entries[0].EntityNumber, atlantic.Entries[1].EntityNumber);
        Assert.Equal(builder.NumberOf(nato with { }), builder.NumberOf(nato)); // by id, not by instance
        Assert.Equal(new[] { "North", "Atlantic" }, atlantic.Entries[0].Words);

        Assert.False(Follow(trie, trie.RootKey, "Atlantic").Found);
        Assert.False(Follow(trie, atlantic.Key, "Pact").Found);
        var organization = Follow(trie, Follow(trie, atlantic.Key, "treaty").Key, "ORGANIZATION");
        Assert.Equal(nato, Assert.Single(organization.Entries).Entity);
        Assert.False(organization.More); // a leaf
        Assert.False(Follow(trie, organization.Key, "Anything").Found);
    }

    [Fact]
    public void Every_name_of_the_starter_knowledge_base_is_found_by_its_words()
    {
        var builder = new NameTrie.Builder();
        var names = TestKnowledgeBases.Starter.Entities.SelectMany(e => new[] { e.Name }.Concat(e.Aliases).Select(n => (Entity: e, Words: NameIndex.Words(n).Select(t => t.Text).ToArray()))).ToList();
        foreach (var (entity, words) in names)
        {
            builder.Add(words, entity, MentionKind.Name);
        }

        var trie = builder.Build();
        foreach (var (entity, words) in names)
        {
            var step = (Found: true, Key: trie.RootKey, Entries: Array.Empty<NameEntry>(), More: true);
            foreach (var word in words)
            {
                Assert.True(step.More, string.Join(" ", words));
                step = Follow(trie, step.Key, word.ToUpperInvariant());
                Assert.True(step.Found, string.Join(" ", words));
            }

            Assert.Contains(step.Entries, e => e.Entity == entity);
        }
    }

    [Fact]
    public void Among_a_hundred_thousand_names_every_one_is_found_with_its_own_entries_and_flags()
    {
        // Slots keep a 30-bit fingerprint, not the key: with this many edges, some share a fingerprint, and the builder
        // must still lay them out so that each edge's lookup reaches that edge and not another.
        var entity = TestKnowledgeBases.Starter.Entities[0];
        var random = new Random(6);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < 100_000)
        {
            names.Add(string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => "w" + random.Next(40_000).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var builder = new NameTrie.Builder();
        foreach (var name in names)
        {
            builder.Add(name.Split(' '), entity, MentionKind.Name);
        }

        var trie = builder.Build();
        var continued = new HashSet<string>(names.SelectMany(n => Prefixes(n.Split(' ')).SkipLast(1)), StringComparer.Ordinal);
        foreach (var name in names)
        {
            var words = name.Split(' ');
            var step = (Found: true, Key: trie.RootKey, Entries: Array.Empty<NameEntry>(), More: true);
            for (var w = 0; w < words.Length; w++)
            {
                Assert.True(step.More, name);
                step = Follow(trie, step.Key, words[w]);
                Assert.True(step.Found, name);
                var prefix = string.Join(" ", words.Take(w + 1));
                Assert.Equal(names.Contains(prefix), step.Entries.Length > 0);
                Assert.Equal(continued.Contains(prefix), step.More);
            }

            Assert.Equal(name, string.Join(" ", Assert.Single(step.Entries).Words));
        }

        Assert.False(Follow(trie, trie.RootKey, "w40000").Found);
    }

    [Fact]
    public void Two_words_with_one_fingerprint_on_one_probe_path_are_told_apart_by_another_seed()
    {
        var nato = TestKnowledgeBases.Starter.Entities.First(e => e.Id == "nato");
        var other = TestKnowledgeBases.Starter.Entities.First(e => e.Id != "nato");
        var firstSeed = new NameTrie.Builder().Build().RootKey;

        // Two words whose edges from the first seed's root share a fingerprint and a first slot in a 16-slot table.
        var seen = new Dictionary<(uint, int), string>();
        string? first = null, second = null;
        for (var n = 0; second is null; n++)
        {
            var word = "w" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var key = NameTrie.Key(firstSeed, NameTrie.LowerHash(word));
            if (!seen.TryAdd((NameTrie.Fingerprint(key), (int)key & 15), word))
            {
                (first, second) = (seen[(NameTrie.Fingerprint(key), (int)key & 15)], word);
            }
        }

        var builder = new NameTrie.Builder();
        builder.Add(new[] { first! }, nato, MentionKind.Name);
        builder.Add(new[] { second }, other, MentionKind.Name);
        var trie = builder.Build();

        Assert.NotEqual(firstSeed, trie.RootKey);
        Assert.Equal(nato, Assert.Single(Follow(trie, trie.RootKey, first!).Entries).Entity);
        Assert.Equal(other, Assert.Single(Follow(trie, trie.RootKey, second).Entries).Entity);
    }

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Eval"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order())
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Mentions_and_misspellings_from_first_pass_matches_equal_those_of_a_fresh_lookup(string article)
    {
        var kb = TestKnowledgeBases.Starter;
        var vocabulary = new VocabularyIndex(kb);
        var names = new NameIndex(kb);
        var finder = new MentionFinder(names, vocabulary);
        var misspellings = new MisspellingDetector(names, vocabulary);
        var document = DocumentReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, article)), DocumentReader.FormatOf(article));
        var sentences = document.Blocks.SelectMany(b => SentenceSplitter.Split(document.Prose, b)).ToList();

        var state = new DocumentMentionState();
        var matches = sentences.Select(s => finder.CollectNames(s.Tokens, state)).ToList();
        Assert.Contains(matches, m => m is { Count: > 0 }); // the articles name entities: the reuse is exercised

        var fresh = new DocumentMentionState();
        fresh.NamedAnywhere.UnionWith(state.NamedAnywhere);
        fresh.NamedInFullAnywhere.UnionWith(state.NamedInFullAnywhere);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            var known = matches[s] ?? new List<NameMatch>();
            Assert.Equal(misspellings.Detect(tokens, fresh), misspellings.Detect(tokens, state, known));

            var expected = finder.Find(tokens, fresh) ?? new List<Mention>();
            var actual = finder.Find(tokens, state, known) ?? new List<Mention>();
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        }

        Assert.Equal(fresh.NamedSoFar.Order(), state.NamedSoFar.Order());
    }

    [Fact]
    public void A_name_inside_a_found_name_that_stays_unresolved_is_still_looked_up()
    {
        // Two people named "Anna Berg" and an organisation named "Berg": "Anna Berg" is ambiguous (no mention), and
        // reading on from its second token finds the organisation, which the first pass never looked up on its own.
        var kb = FactLoader.LoadText(new[]
        {
            ("t/vocabulary.yaml", "properties:\n  born: { kind: date, verbs: [born], age: true }\n"),
            ("t/people.yaml", """
                id: anna-berg-1
                type: person
                name: Anna Berg
                sources: [{ url: https://example.org/1 }]
                ---
                id: anna-berg-2
                type: person
                name: Anna Berg
                sources: [{ url: https://example.org/2 }]
                ---
                id: berg
                type: organization
                name: Berg
                sources: [{ url: https://example.org/3 }]
                """),
        }).KnowledgeBase;
        var names = new NameIndex(kb);
        var finder = new MentionFinder(names, new VocabularyIndex(kb));
        var tokens = Tokenizer.Tokenize("Anna Berg spoke.", 0, "Anna Berg spoke.".Length);
        var state = new DocumentMentionState();
        var known = finder.CollectNames(tokens, state);

        Assert.Equal((0, 2), (Assert.Single(known!).Start, known![0].Length));
        var mention = Assert.Single(finder.Find(tokens, state, known)!);
        Assert.Equal(("berg", 1), (mention.Entity.Id, mention.First));
    }

    private static (bool Found, ulong Key, NameEntry[] Entries, bool More) Follow(NameTrie trie, ulong key, string word)
    {
        var found = trie.TryFollow(ref key, word, out var entries, out var more);
        return (found, key, entries, more);
    }

    private static IEnumerable<string> Prefixes(string[] words) => words.Select((_, w) => string.Join(" ", words.Take(w + 1)));

    private static string Describe(Mention m) => $"{m.Entity.Id}/{m.Kind}/{m.First}-{m.End}/{m.Span}";
}
