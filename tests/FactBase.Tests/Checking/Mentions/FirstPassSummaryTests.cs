using FactBase.Checking.Mentions;
using FactBase.Checking.Rules.EntityName;
using FactBase.Checking.Vocabulary;
using FactBase.Documents;
using FactBase.Text;

namespace FactBase.Tests.Checking.Mentions;

/// <summary>
/// The misspelling and back-reference passes read only the tokens the first pass of names marked
/// (<see cref="FirstPassSummary"/>): they must answer exactly as when they read every token.
/// </summary>
public sealed class FirstPassSummaryTests
{
    [Theory]
    [MemberData(nameof(NameTrieTests.Articles), MemberType = typeof(NameTrieTests))]
    public void Misspellings_and_back_references_read_from_the_summary_equal_those_of_every_token(string article)
    {
        var document = DocumentReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, article)), DocumentReader.FormatOf(article));
        var sentences = document.Blocks.SelectMany(b => SentenceSplitter.Split(document.Prose, b)).ToList();
        var (read, _) = ReadBothWays(sentences, document.Prose);
        Assert.Equal(read.Whole, read.Summarized);
    }

    [Fact]
    public void A_back_reference_past_the_summarized_tokens_of_a_long_sentence_is_read()
    {
        // My own sentences: the second has more than 63 tokens, and "the alliance" and "its" stand past them.
        var filler = string.Join(" ", Enumerable.Repeat("and then some more talk of trade", 11));
        var sentences = new[]
        {
            "NATO met in Brussels on Monday.",
            $"Ministers spoke {filler}, and the alliance said its members agreed.",
        }.Select(t => new Sentence(new TextSpan(0, t.Length), Tokenizer.Tokenize(t, 0, t.Length))).ToList();
        Assert.True(sentences[1].Tokens.Count > 70);

        var (read, found) = ReadBothWays(sentences, string.Empty);

        Assert.Equal(read.Whole, read.Summarized);
        Assert.Contains(read.Whole, line => line.StartsWith("1 reference nato", StringComparison.Ordinal));
        Assert.True(found >= 2);
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("The", true)]
    [InlineData("THE", true)]
    [InlineData("its", true)]
    [InlineData("he", true)]
    [InlineData("She", true)]
    [InlineData("ſhe", true)] // long s: "she" ignoring case
    [InlineData("thé", true)] // kept: the pass itself decides
    [InlineData("tha", false)]
    [InlineData("hen", false)]
    [InlineData("his", false)]
    [InlineData("it", false)]
    [InlineData("a", false)]
    [InlineData("there", false)]
    public void A_word_that_may_start_a_back_reference_is_marked(string word, bool marked)
        => Assert.Equal(marked, FirstPassSummary.MayStartReference(new Token(TokenKind.Word, word, new TextSpan(0, word.Length), false, false)));

    [Fact]
    public void Punctuation_never_starts_a_back_reference()
        => Assert.False(FirstPassSummary.MayStartReference(new Token(TokenKind.Punctuation, "he", new TextSpan(0, 2), false, false)));

    // Reads a document's sentences as the checker does (first pass, then per sentence misspellings, names and
    // back-references), each pass once with every token and once with the summary; returns what each way found and the
    // number of back-references.
    private static ((List<string> Whole, List<string> Summarized) Read, int References) ReadBothWays(List<Sentence> sentences, string prose)
    {
        var kb = TestKnowledgeBases.Starter;
        var vocabulary = new VocabularyIndex(kb);
        var names = new NameIndex(kb);
        var finder = new MentionFinder(names, vocabulary);
        var misspellings = new MisspellingDetector(names, vocabulary);
        var resolver = new ReferenceResolver(ReferenceNounIndex.Of(kb), kb, vocabulary);
        var state = new DocumentMentionState { Prose = prose, Sentences = sentences, AsOf = new FactBase.Model.FactDate(2025, 6, 1) };
        var known = new List<NameMatch>?[sentences.Count];
        var summaries = new FirstPassSummary[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            known[s] = finder.CollectNames(sentences[s].Tokens, state, out summaries[s]);
        }

        var whole = new List<string>();
        var summarized = new List<string>();
        var references = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            state.Sentence = s;
            state.Paragraph = s;
            var tokens = sentences[s].Tokens;
            var names0 = known[s] ?? new List<NameMatch>();
            whole.AddRange(Describe(s, misspellings.Detect(tokens, state, names0, FirstPassSummary.Everything)));
            summarized.AddRange(Describe(s, misspellings.Detect(tokens, state, names0, summaries[s])));

            var mentions = finder.Find(tokens, state, names0);
            var all = resolver.Resolve(tokens, mentions is null ? null : new List<Mention>(mentions), state);
            var some = resolver.Resolve(tokens, mentions is null ? null : new List<Mention>(mentions), state, summaries[s].ReferenceStarts);
            whole.AddRange(Describe(s, all));
            summarized.AddRange(Describe(s, some));
            references += all?.Count(m => m.Kind is MentionKind.Description or MentionKind.Pronoun) ?? 0;
            ReferenceResolver.Remember(all, state);
        }

        return ((whole, summarized), references);
    }

    private static IEnumerable<string> Describe(int sentence, List<(int Index, SpellingCandidate Candidate, bool Certain)>? corrections)
        => corrections?.Select(c => $"{sentence} spelling {c.Index} {c.Candidate.Word} {c.Candidate.Entity.Id} {c.Certain}") ?? Enumerable.Empty<string>();

    private static IEnumerable<string> Describe(int sentence, List<Mention>? mentions)
        => mentions?.Select(m => $"{sentence} {(m.Kind is MentionKind.Description or MentionKind.Pronoun ? "reference" : "name")} {m.Entity.Id} {m.Kind} {m.First} {m.End} {m.Tentative}") ?? Enumerable.Empty<string>();
}
