using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using FactBase.Benchmarks.Workloads;
using FactBase.Generators;
using FactBase.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactBase.Benchmarks.Generator;

/// <summary>
/// The FactBase source generator over a synthetic knowledge base, in-process with <see cref="CSharpGeneratorDriver"/>
/// as the compiler runs it: a small C# file plus every YAML file of the KB as additional files with
/// <c>FactBaseKind=Fact</c>, <c>FactBasePathRoot</c> set, no step tracking. Three kinds of run: a full run
/// (a new driver, nothing cached), a one-file edit (one <c>founded</c> year in one fact file changed, on a driver
/// that has run before) and an unrelated C# edit (one C# file changed, fact files not).
/// </summary>
internal sealed partial class GeneratorRun
{
    private const string UserCode = "public static class UsesFacts\n{\n    public static int Count => global::Facts.KnowledgeBase.Entities.Count;\n}\n";

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private readonly IReadOnlyList<InMemoryAdditionalText> _files;
    private readonly FactFileOptionsProvider _options;
    private readonly InMemoryAdditionalText _original;
    private readonly InMemoryAdditionalText _edited;
    private readonly SyntaxTree _userTree;
    private readonly SyntaxTree _editedUserTree;
    private bool _factEdited;
    private bool _codeEdited;

    private GeneratorRun(int entities, string directory)
    {
        Entities = entities;
        _files = Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p))).ToList();
        YamlBytes = _files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Content));
        _options = new FactFileOptionsProvider(new Dictionary<string, string> { ["build_property.FactBasePathRoot"] = directory });

        // The edit: the first founded year of the last entity file, one year later (a new date, no new error).
        _original = _files.Last(f => Path.GetFileName(f.Path).StartsWith("entities-", StringComparison.Ordinal));
        var match = FoundedYear().Match(_original.Content);
        if (!match.Success)
        {
            throw new InvalidOperationException($"no 'founded: YYYY' in {_original.Path} to edit");
        }

        var year = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        EditedDate = $"{year + 1}{match.Groups[2].Value}";
        _edited = new InMemoryAdditionalText(_original.Path, string.Concat(_original.Content.AsSpan(0, match.Groups[1].Index), (year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), _original.Content.AsSpan(match.Groups[1].Index + 4)));

        _userTree = CSharpSyntaxTree.ParseText(UserCode, ParseOptions, path: "UsesFacts.cs");
        _editedUserTree = CSharpSyntaxTree.ParseText(UserCode.Replace("Count =>", "EntityCount =>", StringComparison.Ordinal), ParseOptions, path: "UsesFacts.cs");
        Compilation = CSharpCompilation.Create(
            "FactBase.GeneratorBenchmark",
            new[] { _userTree },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
    }

    /// <summary>How many entities the knowledge base has.</summary>
    public int Entities { get; }

    /// <summary>How many YAML files (entity files and the vocabulary).</summary>
    public int FactFiles => _files.Count;

    /// <summary>Their size in UTF-8.</summary>
    public long YamlBytes { get; }

    /// <summary>The edited fact file's path.</summary>
    public string EditedPath => _original.Path;

    /// <summary>The founded date after the edit, as written in the fact file.</summary>
    public string EditedDate { get; }

    /// <summary>The C# compilation as it is now (with or without the C# edit).</summary>
    public Compilation Compilation { get; private set; }

    /// <summary>The generator over the synthetic knowledge base of <paramref name="entities"/> (generated if missing).</summary>
    public static GeneratorRun Load(int entities, TextWriter? log = null) => new(entities, WorkloadStore.KnowledgeBase(entities, log));

    /// <summary>A new driver over the fact files as they are now: nothing cached. Tracking is off, as in the compiler.</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            additionalTexts: _files.Select(f => f.Path == _original.Path && _factEdited ? _edited : f),
            parseOptions: ParseOptions,
            optionsProvider: _options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A full run: a new driver over the current compilation.</summary>
    public GeneratorTiming FullRun(out GeneratorDriver driver)
    {
        driver = NewDriver();
        return GeneratorTiming.Run(ref driver, Compilation);
    }

    /// <summary>Edits the fact file (toggling its founded year) in <paramref name="driver"/>; the caller runs it.</summary>
    public GeneratorDriver EditFactFile(GeneratorDriver driver)
    {
        var (from, to) = _factEdited ? (_edited, _original) : (_original, _edited);
        _factEdited = !_factEdited;
        return driver.ReplaceAdditionalText(from, to);
    }

    /// <summary>A one-file edit: one founded year in one fact file, then a run of the same driver.</summary>
    public GeneratorTiming FactEditRun(ref GeneratorDriver driver)
    {
        driver = EditFactFile(driver);
        return GeneratorTiming.Run(ref driver, Compilation);
    }

    /// <summary>Edits the C# file (toggling a property name); fact files unchanged.</summary>
    public Compilation EditCSharp()
    {
        var (from, to) = _codeEdited ? (_editedUserTree, _userTree) : (_userTree, _editedUserTree);
        _codeEdited = !_codeEdited;
        return Compilation = Compilation.ReplaceSyntaxTree(from, to);
    }

    /// <summary>An unrelated C# edit, then a run of the same driver.</summary>
    public GeneratorTiming CSharpEditRun(ref GeneratorDriver driver)
    {
        EditCSharp();
        return GeneratorTiming.Run(ref driver, Compilation);
    }

    /// <summary>
    /// Proves the runs measure real work, with step tracking on: the full run emits both files with one entity class per
    /// entity and no error; the fact edit re-parses exactly one file, rebuilds the knowledge base and changes the generated
    /// code to the new date; the C# edit re-runs nothing. Throws when anything is off; returns what it saw, for the log.
    /// </summary>
    public GeneratorCheck Verify()
    {
        if (_factEdited)
        {
            _ = EditFactFile(NewDriver());
        }

        var driver = NewDriver(trackSteps: true);
        driver = driver.RunGenerators(Compilation);
        var full = driver.GetRunResult().Results.Single();
        Require(full.Exception is null, $"the generator threw: {full.Exception}");
        var errors = full.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Require(errors.Count == 0, $"{errors.Count} error diagnostics, first: {errors.FirstOrDefault()}");
        Require(full.GeneratedSources.Length == 2, $"{full.GeneratedSources.Length} generated sources, expected 2");
        var facts = full.GeneratedSources.Single(s => s.HintName == TypedFactsWriter.HintName).SourceText.ToString();
        var data = full.GeneratedSources.Single(s => s.HintName == KnowledgeBaseDataWriter.HintName).SourceText.ToString();
        var ids = Regex.Count(facts, @"public const string Id = ");
        Require(ids == Entities, $"{ids} entity classes generated for {Entities} entities");
        var chars = full.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(facts + "\0" + data)))[..16];

        driver = EditFactFile(driver).RunGenerators(Compilation);
        var edit = driver.GetRunResult().Results.Single();
        var parse = Reasons(edit, TrackingNames.ParseFactFile);
        Require(parse.Count(r => r == IncrementalStepRunReason.Modified) == 1 && parse.Count(r => r == IncrementalStepRunReason.Cached) == FactFiles - 1, $"the fact edit re-parsed: {string.Join(", ", parse.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}"))}");
        Require(!edit.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "the fact edit made an error: " + edit.Diagnostics.FirstOrDefault());
        Require(Reasons(edit, TrackingNames.BuildKnowledgeBase).SequenceEqual(new[] { IncrementalStepRunReason.Modified }), "the fact edit did not rebuild the knowledge base");
        var editedData = edit.GeneratedSources.Single(s => s.HintName == KnowledgeBaseDataWriter.HintName).SourceText.ToString();
        Require(editedData != data && editedData.Contains($"\"{EditedDate}\"", StringComparison.Ordinal), $"the generated data does not show the edited date {EditedDate}");

        driver = driver.RunGenerators(EditCSharp());
        var code = driver.GetRunResult().Results.Single();
        var rerun = code.TrackedSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Require(rerun == 0, $"the C# edit re-ran {rerun} step outputs");

        return new GeneratorCheck(full.GeneratedSources.Length, chars, hash, ids, parse.Length);
    }

    /// <summary>
    /// Compiles the user's C# with the generated code (<c>GetDiagnostics</c> of the whole compilation) and throws on any
    /// compiler error. Slow (seconds at 1k, mostly Roslyn's JIT) and it leaves a large heap behind: run it after the timings.
    /// </summary>
    /// <returns>How long it took.</returns>
    public TimeSpan CompileCheck()
    {
        var stopwatch = Stopwatch.StartNew();
        NewDriver().RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Require(errors.Count == 0, $"the generated code does not compile: {errors.Count} errors, first: {errors.FirstOrDefault()}");
        return stopwatch.Elapsed;
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray() : Array.Empty<IncrementalStepRunReason>();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("generator benchmark check failed (it would measure the wrong thing): " + message);
        }
    }

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = trusted
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return framework.Append(MetadataReference.CreateFromFile(typeof(KnowledgeBase).Assembly.Location)).ToList();
    }

    [GeneratedRegex(@"founded: (\d{4})(-\d{2}(?:-\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex FoundedYear();
}
