using System.Diagnostics;
using System.Text;
using FactBase.Benchmarks.Workloads;
using FactBase.Checking;
using FactBase.Checking.Claims;
using FactBase.Checking.Extractors;
using FactBase.Checking.Mentions;
using FactBase.Checking.Verification;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Benchmarks;

/// <summary>
/// Where the checker's time goes: runs the stages of <see cref="FactChecker.Check"/> one by one over the
/// 5 MB corpus and prints the CPU time of each, so an optimisation can aim at the biggest stage.
/// The stages mirror FactChecker; the findings count is compared with FactChecker's to catch drift.
/// </summary>
internal static class StageProfile
{
    public static int Run(int size, int passes)
    {
        var kb = FactLoader.Load(new[] { WorkloadStore.KnowledgeBase(size, Console.Error) }).KnowledgeBase;
        var (directory, _) = WorkloadStore.Corpus(size, 5, Console.Error);
        var texts = WorkloadStore.Articles(directory).Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
        var mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / (1024.0 * 1024.0);
        var vocabulary = new VocabularyIndex(kb);
        var names = new NameIndex(kb);
        var mentions = new MentionFinder(names, vocabulary);
        var misspellings = new MisspellingDetector(names, vocabulary);
        var extractors = new IClaimExtractor[] { new AgeClaimExtractor(), new DateClaimExtractor(), new RoleClaimExtractor(), new MembershipClaimExtractor(), new CountClaimExtractor() };
        var verifier = new ClaimVerifier(kb, supportedMessages: false);
        var asOf = new FactDate(2025, 6, 1);
        var documents = texts.Select(t => DocumentReader.Read(t.Text, DocumentReader.FormatOf(t.Path))).ToArray();

        var stages = new Dictionary<string, long>();
        var clock = Stopwatch.StartNew();
        void Lap(string stage)
        {
            stages[stage] = stages.GetValueOrDefault(stage) + clock.ElapsedTicks;
            clock.Restart();
        }

        for (var pass = 0; pass <= passes; pass++)
        {
            if (pass == 1)
            {
                stages.Clear(); // pass 0 warms up tiered compilation
            }

            foreach (var (path, text) in texts)
            {
                clock.Restart();
                var document = DocumentReader.Read(text, DocumentReader.FormatOf(path));
                Lap("read (Markdig/HTML/plain)");
                var sentences = new List<Sentence>();
                foreach (var block in document.Blocks)
                {
                    sentences.AddRange(SentenceSplitter.Split(document.Prose, block));
                }

                Lap("split + tokenize");
                var state = new DocumentMentionState();
                var words = new string[sentences.Count][];
                for (var s = 0; s < sentences.Count; s++)
                {
                    words[s] = sentences[s].Tokens.Select(t => t.Text).ToArray();
                    mentions.CollectNames(sentences[s].Tokens, words[s], state);
                }

                Lap("names, first pass");
                var claims = new List<Claim>();
                foreach (var sentence in sentences)
                {
                    var tokens = sentence.Tokens;
                    var corrections = misspellings.Detect(tokens, state);
                    Lap("misspellings");
                    var found = mentions.Find(tokens, tokens.Select(t => t.Text).ToArray(), state);
                    Lap("mentions");
                    var context = new SentenceContext(sentence, found, TimeContextReader.Read(tokens, document.Date ?? asOf), kb, vocabulary);
                    Lap("time context");
                    foreach (var extractor in extractors)
                    {
                        claims.AddRange(extractor.Extract(context));
                        Lap(extractor.GetType().Name);
                    }
                }

                foreach (var claim in claims)
                {
                    verifier.Verify(claim);
                }

                Lap("verify");
            }
        }

        var total = stages.Values.Sum();
        Console.WriteLine($"| stage | ms per 5 MB | share |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (stage, ticks) in stages)
        {
            Console.WriteLine($"| {stage} | {ticks * 1000.0 / Stopwatch.Frequency / passes:F0} | {100.0 * ticks / total:F0} % |");
        }

        Console.WriteLine($"| total | {total * 1000.0 / Stopwatch.Frequency / passes:F0} | {mb / (total / (double)Stopwatch.Frequency / passes):F1} MB/s |");
        return 0;
    }
}
