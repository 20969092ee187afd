using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using FactBase.Benchmarks.Workloads;
using FactBase.Checking;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Benchmarks;

/// <summary>
/// The checker core, single thread: <see cref="FactChecker.Check"/> over the 5 MB corpus (about 1,300
/// articles) at each knowledge-base size. One operation = the whole corpus, so MB/s = corpus MB / mean;
/// allocations per MB = Allocated / corpus MB (the corpus size is printed by the setup).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CheckerBenchmarks
{
    private FactChecker _checker = null!;
    private (string Path, string Text)[] _texts = null!;
    private Document[] _documents = null!;
    private Document[] _sharedDocuments = null!;
    private readonly CheckOptions _options = new();

    [Params(1_000, 10_000, 100_000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = new FactChecker(FactLoader.Load(new[] { WorkloadStore.KnowledgeBase(Entities, Console.Out) }).KnowledgeBase);
        var (corpus, manifest) = WorkloadStore.Corpus(Entities, 5, Console.Out);
        _texts = WorkloadStore.Articles(corpus).Select(p => (p, File.ReadAllText(p))).ToArray();
        _documents = _texts.Select(t => DocumentReader.Read(t.Text, DocumentReader.FormatOf(t.Path))).ToArray();
        var (shared, _) = WorkloadStore.Corpus(1_000, 5, Console.Out);
        _sharedDocuments = WorkloadStore.Articles(shared).Select(p => DocumentReader.Read(File.ReadAllText(p), DocumentReader.FormatOf(p))).ToArray();
        Console.WriteLine($"// corpus: {manifest.Articles} articles, {manifest.Bytes / 1048576.0:F2} MB");
    }

    /// <summary>Check only: documents already read.</summary>
    [Benchmark(Description = "Check 5 MB")]
    public int Check()
    {
        var findings = 0;
        foreach (var document in _documents)
        {
            findings += _checker.Check(document, document.Date!.Value, _options).Findings.Count;
        }

        return findings;
    }

    /// <summary>DocumentReader.Read (Markdown/plain text) + Check.</summary>
    [Benchmark(Description = "Read+Check 5 MB")]
    public int ReadAndCheck()
    {
        var findings = 0;
        foreach (var (path, text) in _texts)
        {
            var document = DocumentReader.Read(text, DocumentReader.FormatOf(path));
            findings += _checker.Check(document, document.Date!.Value, _options).Findings.Count;
        }

        return findings;
    }

    /// <summary>The same 5 MB text (about the first 1,000 entities, which every size contains): only the index size changes.</summary>
    [Benchmark(Description = "Check same 5 MB text")]
    public int CheckSameText()
    {
        var findings = 0;
        foreach (var document in _sharedDocuments)
        {
            findings += _checker.Check(document, document.Date!.Value, _options).Findings.Count;
        }

        return findings;
    }
}

/// <summary>Knowledge-base loading: parse (YAML → entities) and build (validation, indexes), and <c>new FactChecker</c>.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class KnowledgeBaseBenchmarks
{
    private string _directory = null!;
    private (string Path, string Text)[] _files = null!;
    private List<FactFile> _parsed = null!;
    private KnowledgeBase _kb = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = WorkloadStore.KnowledgeBase(Entities, Console.Out);
        _files = Directory.EnumerateFiles(_directory, "*.yaml").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray();
        _parsed = _files.Select(f => FactFileParser.Parse(f.Path, f.Text)).ToList();
        _kb = KnowledgeBaseBuilder.Build(_parsed).KnowledgeBase;
    }

    /// <summary>FactLoader.Load: read the files, parse, build.</summary>
    [Benchmark(Description = "FactLoader.Load")]
    public KnowledgeBase Load() => FactLoader.Load(new[] { _directory }).KnowledgeBase;

    /// <summary>Parse only (texts in memory).</summary>
    [Benchmark(Description = "parse")]
    public int Parse() => _files.Sum(f => FactFileParser.Parse(f.Path, f.Text).Entities.Count);

    /// <summary>Build only (files parsed).</summary>
    [Benchmark(Description = "build")]
    public KnowledgeBase Build() => KnowledgeBaseBuilder.Build(_parsed).KnowledgeBase;

    /// <summary>The checker's indexes: names (token trie, misspelling index) and vocabulary.</summary>
    [Benchmark(Description = "new FactChecker")]
    public FactChecker NewChecker() => new(_kb);
}
