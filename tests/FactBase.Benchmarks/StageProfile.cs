using System.Text;
using FactBase.Benchmarks.Workloads;
using FactBase.Checking;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules;
using FactBase.Checking.Rules.EntityName;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Benchmarks;

/// <summary>
/// Where the checker's time goes: runs the stages of <see cref="FactChecker.Check"/> over the 5 MB corpus, one
/// document at a time as FactChecker does, and prints the CPU time of each stage, so an optimisation can aim at
/// the biggest one. CPU time of this thread, not wall time, so the numbers hold on a busy machine.
/// </summary>
/// <remarks>
/// The stages mirror FactChecker (without the second look at doubtful misspellings, which is rare). A stage pays
/// for the cache misses of its first touch of the knowledge base's indexes within a document, as in the real run.
/// </remarks>
internal sealed class StageProfile
{
    private readonly KnowledgeBase _kb;
    private readonly VocabularyIndex _vocabulary;
    private readonly MentionFinder _mentions;
    private readonly MisspellingDetector _misspellings;
    private readonly IClaimExtractor[] _extractors;
    private readonly ClaimVerifier _verifier;
    private readonly List<string> _order = new();
    private readonly Dictionary<string, double> _seconds = new();
    private readonly Dictionary<string, double> _best = new();
    private readonly Dictionary<string, long> _bytes = new();
    private int _passes;

    private StageProfile(KnowledgeBase kb)
    {
        _kb = kb;
        _vocabulary = new VocabularyIndex(kb);
        var names = new NameIndex(kb);
        _mentions = new MentionFinder(names, _vocabulary);
        _misspellings = new MisspellingDetector(names, _vocabulary);
        _extractors = RuleCatalog.All.Where(r => r.Extractor is not null).Select(r => r.Extractor!).ToArray();
        _verifier = new ClaimVerifier(kb, supportedMessages: false);
    }

    public static int Run(int size, int passes)
    {
        var profile = new StageProfile(FactLoader.Load(new[] { WorkloadStore.KnowledgeBase(size, Console.Error) }).KnowledgeBase);
        var (directory, _) = WorkloadStore.Corpus(size, 5, Console.Error);
        var texts = WorkloadStore.Articles(directory).Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
        var mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / (1024.0 * 1024.0);
        var asOf = new FactDate(2025, 6, 1);
        for (var pass = 0; pass <= passes; pass++)
        {
            var claims = 0;
            foreach (var (path, text) in texts)
            {
                // Pass 0 warms up tiered compilation and is not counted.
                claims += profile.Document(path, text, asOf, record: pass > 0);
            }

            Console.Error.WriteLine($"pass {pass}: {claims:N0} claims");
            if (pass > 0)
            {
                profile._passes++;

                // The fastest pass of each stage: on a shared machine other work only ever adds time.
                foreach (var stage in profile._order)
                {
                    profile._best[stage] = Math.Min(profile._best.GetValueOrDefault(stage, double.MaxValue), profile._seconds[stage]);
                    profile._seconds[stage] = 0;
                }
            }
        }

        var check = profile._order.Skip(1).Sum(s => profile._best[s]);
        var total = profile._best.Values.Sum();
        Console.WriteLine($"| stage | CPU ms per {mb:F1} MB (best of {passes}) | share of check | MB allocated |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var stage in profile._order)
        {
            var seconds = profile._best[stage];
            Console.WriteLine($"| {stage} | {seconds * 1000:F0} | {(stage == profile._order[0] ? "-" : $"{100 * seconds / check:F0} %")} | {profile._bytes[stage] / (double)profile._passes / (1024 * 1024):F1} |");
        }

        var checkBytes = profile._order.Skip(1).Sum(s => profile._bytes[s]) / (double)profile._passes / (1024 * 1024);
        Console.WriteLine($"| check (all but read) | {check * 1000:F0} | {mb / check:F1} MB/s | {checkBytes:F1} |");
        Console.WriteLine($"| read + check | {total * 1000:F0} | {mb / total:F1} MB/s | {checkBytes + profile._bytes[profile._order[0]] / (double)profile._passes / (1024 * 1024):F1} |");
        return 0;
    }

    // A method of its own, called per document, so tiered compilation optimizes it fully (a loop body of Run would not be).
    private int Document(string path, string text, FactDate asOf, bool record)
    {
        var clock = ThreadClock.Now();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        void Lap(string stage)
        {
            var now = ThreadClock.Now();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            if (record)
            {
                if (!_seconds.ContainsKey(stage))
                {
                    _order.Add(stage);
                }

                _seconds[stage] = _seconds.GetValueOrDefault(stage) + now - clock;
                _bytes[stage] = _bytes.GetValueOrDefault(stage) + bytes - allocated;
            }

            clock = now;
            allocated = bytes;
        }

        var document = DocumentReader.Read(text, DocumentReader.FormatOf(path));
        Lap("read (Markdig/HTML/plain)");
        var sentences = new List<Sentence>();
        var scratch = new TokenBuffer(FactChecker.TokenCapacity(document.Blocks));
        foreach (var block in document.Blocks)
        {
            SentenceSplitter.Split(document.Prose, block, sentences, scratch);
        }

        Lap("split + tokenize");
        var state = new DocumentMentionState();
        var names = new List<NameMatch>?[sentences.Count];
        var summaries = new FirstPassSummary[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            names[s] = _mentions.CollectNames(sentences[s].Tokens, state, out summaries[s]);
        }

        Lap("names, first pass");
        var corrected = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            corrected[s] = _misspellings.Detect(sentences[s].Tokens, state, names[s] ?? new List<NameMatch>(), summaries[s]) is not null;
        }

        Lap("misspellings");
        var found = new List<Mention>?[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            // As FactChecker: the first pass's names unless a misspelling is corrected (not done here, so that is rare).
            found[s] = _mentions.Find(sentences[s].Tokens, state, corrected[s] ? null : names[s] ?? new List<NameMatch>());
        }

        Lap("mentions");
        var contexts = new List<SentenceContext>();
        for (var s = 0; s < sentences.Count; s++)
        {
            // As FactChecker: a sentence that names no entity has no claim to extract.
            if (found[s] is { } mentions)
            {
                contexts.Add(new SentenceContext(sentences[s], mentions, TimeContextReader.Read(sentences[s].Tokens, document.Date ?? asOf), _kb, _vocabulary));
            }
        }

        Lap("time context");
        var claims = new List<Claim>();
        foreach (var extractor in _extractors)
        {
            foreach (var context in contexts)
            {
                claims.AddRange(extractor.Extract(context));
            }

            Lap(extractor.GetType().Name);
        }

        foreach (var claim in claims)
        {
            _verifier.Verify(claim);
        }

        Lap("verify");
        return claims.Count;
    }
}
