using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Cli.Configuration;
using FactBase.Cli.Fixing;
using FactBase.Cli.Formatters;
using FactBase.Cli.Inputs;
using FactBase.Cli.Output;
using FactBase.Documents;
using FactBase.Model;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase check [options] PATH...</c>: checks articles against the facts.</summary>
internal static class CheckCommand
{
    /// <summary>The output formats.</summary>
    public static readonly string[] Formats = { "text", "json", "jsonl", "sarif", "github", "rdjsonl", "msbuild", "markdown", "html" };

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "Files, folders (recursive: .md .markdown .txt .html .htm), globs such as 'content/**/*.md', or - for stdin. None: the include globs of .factbase.yaml." };
        var facts = new Option<string[]>("--facts") { Description = "A folder of YAML fact files to add to the built-in knowledge base (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var noBuiltIn = new Option<bool>("--no-builtin-facts") { Description = "Use only the facts given with --facts (or the config's facts); the standard vocabulary stays." };
        var noVocabulary = new Option<bool>("--no-builtin-vocabulary") { Description = "Leave out the standard vocabulary (founded, born, members, offices...): only the vocabulary of the fact files counts." };
        var kb = new Option<string?>("--kb") { Description = "A knowledge base compiled by 'factbase compile -o FILE', used instead of the built-in facts and --facts." };
        var noCache = new Option<bool>("--no-cache") { Description = "Parse the --facts files every time instead of keeping a compiled snapshot of them in the cache folder." };
        var asOf = new Option<string?>("--as-of") { Description = "Check claims as of this date (YYYY-MM-DD) instead of the document's date." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var dateStyle = new Option<string>("--date-style") { Description = "How messages write dates: text (24 August 1991) or iso (1991-08-24).", DefaultValueFactory = _ => "text" };
        dateStyle.AcceptOnlyFromAmong("text", "iso");
        var includeSupported = new Option<bool>("--include-supported") { Description = "Also report claims that the facts support." };
        var severity = new Option<string[]>("--severity") { Description = "Set a rule's severity: RULE=error|warning|off, by name (age) or code (FB1001); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var shard = new Option<string?>("--shard") { Description = "Check only part K of N of the files (K/N): a stable split by path, for CI matrices; auto: K from JOB_COMPLETION_INDEX (a Kubernetes Indexed Job)." };
        var shardCount = new Option<string?>("--shard-count") { Description = "With --shard auto: the number of parts N (default: FACTBASE_SHARD_COUNT)." };
        var report = new Option<string[]>("--report") { Description = "Also write a report: FORMAT or FORMAT=FILE (repeatable), e.g. --report sarif=factbase.sarif --report github; the files are checked once.", Arity = ArgumentArity.ZeroOrMore };
        var changedSince = new Option<string?>("--changed-since") { Description = "Report only findings on lines added or changed since this git revision (e.g. origin/main); other files are not checked." };
        var diff = new Option<string?>("--diff") { Description = "Report only findings on lines this unified diff adds or changes (FILE, or - for stdin); its paths are relative to the working folder." };
        var fix = new Option<bool>("--fix") { Description = "Replace wrong numbers, dates and misspelled names in place; never a person, and only when the re-check is clean." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print a unified diff of the fixes instead of writing them." };
        var config = new Option<string?>("--config") { Description = "The config file (default: the nearest .factbase.yaml from the working directory up)." };
        var noConfig = new Option<bool>("--no-config") { Description = "Ignore .factbase.yaml." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
        var maxFileSize = new Option<string?>("--max-file-size") { Description = "Skip (with an error) articles larger than this: bytes, or with K, M or G (default 64M; see docs/limits.md)." };
        var maxEntities = MaxEntitiesOption.Create();

        var command = new Command("check", "Check articles against the facts as of their date.")
        {
            paths, facts, noBuiltIn, noVocabulary, kb, noCache, asOf, format, dateStyle, includeSupported, severity, shard, shardCount, report, changedSince, diff, fix, dryRun, config, noConfig, output, maxFileSize, maxEntities,
        };
        command.SetAction(parse =>
        {
            using var stdout = StandardOutput.OpenBuffered();
            return Run(
                new CheckRequest
                {
                    Paths = parse.GetValue(paths) ?? Array.Empty<string>(),
                    FactFolders = parse.GetValue(facts) ?? Array.Empty<string>(),
                    NoBuiltInFacts = parse.GetValue(noBuiltIn),
                    NoBuiltInVocabulary = parse.GetValue(noVocabulary),
                    KnowledgeBaseFile = parse.GetValue(kb),
                    NoCache = parse.GetValue(noCache),
                    AsOf = parse.GetValue(asOf),
                    Format = parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format) : null,
                    DateStyle = parse.GetValue(dateStyle) == "iso" ? DateStyle.Iso : DateStyle.Text,
                    Reports = parse.GetValue(report) ?? Array.Empty<string>(),
                    ChangedSince = parse.GetValue(changedSince),
                    Diff = parse.GetValue(diff),
                    ShardCount = parse.GetValue(shardCount),
                    IncludeSupported = parse.GetValue(includeSupported),
                    Severities = parse.GetValue(severity) ?? Array.Empty<string>(),
                    Shard = parse.GetValue(shard),
                    Fix = parse.GetValue(fix),
                    DryRun = parse.GetValue(dryRun),
                    Config = parse.GetValue(config),
                    NoConfig = parse.GetValue(noConfig),
                    Output = parse.GetValue(output),
                    MaxFileSize = parse.GetValue(maxFileSize),
                    MaxEntities = parse.GetValue(maxEntities),
                },
                stdout,
                Console.Error);
        });
        return command;
    }

    internal static int Run(CheckRequest request, TextWriter output, TextWriter error)
    {
        // 1. Options and config: every usage error is reported before any file is read.
        if (ReadSettings(request, error) is not { } settings)
        {
            return ExitCodes.Error;
        }

        var config = settings.Config;
        var fix = request.Fix || request.DryRun;

        // 2. Facts.
        if (LoadFacts(request, config, error) is not { } knowledgeBase)
        {
            return ExitCodes.Error;
        }

        // 3. Inputs.
        if (CollectInputs(request, settings, error) is not { } inputs)
        {
            return ExitCodes.Error;
        }

        // 4. Check: files are independent, so in parallel; reported in input order.
        var checker = new FactChecker(knowledgeBase);
        var options = new CheckOptions { IncludeSupported = request.IncludeSupported, RuleSeverities = settings.Severities, DateStyle = request.DateStyle };
        var today = FactDate.FromDateTime(DateTime.Today);
        // The reports' formats are known now: documents are kept for --fix and for formats that quote the text only.
        var formatters = settings.Targets.Select(t => (Target: t, Formatter: Formatter(t.Format, toConsole: t.Path is null))).ToList();
        var read = new ReadOptions(settings.MaxBytes, KeepBytes: fix, KeepDocuments: fix || formatters.Any(f => f.Formatter.NeedsDocuments));
        // One report to stdout, without --fix or a changed-lines filter: a streaming format's parts are written in input
        // order while later files are checked.
        var stream = !fix && settings.Changed is null && formatters is [{ Target.Path: null, Formatter: IStreamingReportFormatter streaming }]
            ? new OrderedReportWriter(streaming, inputs.Paths.Count, output)
            : null;
        var (done, failedFiles) = CheckAll(inputs, read, checker, options, settings, today, error, stream);
        var failed = inputs.Failed || failedFiles;
        if (settings.Changed is { } changed)
        {
            done = done.Select(r => r with { Result = r.Result with { Findings = changed.Filter(r.Path, r.Result.Findings) } }).ToList();
        }

        NoteUndated(done, today, error);

        // 5. Fixes, then 6. the reports.
        if (stream is not null)
        {
            if (!stream.Finish(done))
            {
                error.WriteLine($"output: error: cannot write the report: {Loading.FileSearch.Describe(stream.Failure!)}");
                return ExitCodes.Error;
            }

            return failed ? ExitCodes.Error : ExitCode(done);
        }

        return WriteResults(request, fix ? new FixContext(checker, options, settings.Changed) : null, formatters, done, failed, output, error);
    }

    /// <summary>The knowledge base: a compiled one (<c>--kb</c>), or the built-in facts and fact folders, through the snapshot cache.</summary>
    private static Knowledge.KnowledgeBase? LoadFacts(CheckRequest request, FactBaseConfig? config, TextWriter error)
    {
        if (request.KnowledgeBaseFile is { } file)
        {
            if (request.FactFolders.Count > 0 || request.NoBuiltInFacts || request.NoBuiltInVocabulary)
            {
                error.WriteLine("error: --kb replaces the built-in facts, vocabulary and --facts (the compiled file holds what 'factbase compile' was given); use one or the other");
                return null;
            }

            return KnowledgeBaseLoader.LoadCompiled(file, error, request.NoCache ? null : Snapshots.SnapshotCache.Default());
        }

        var factFolders = (config?.Facts ?? Array.Empty<string>()).Concat(request.FactFolders).ToList();
        var builtIn = !request.NoBuiltInFacts && config?.BuiltInFacts != false;
        return KnowledgeBaseLoader.Load(factFolders, builtIn, error, vocabulary: !request.NoBuiltInVocabulary, request.NoCache ? null : Snapshots.SnapshotCache.Default(), request.MaxEntities ?? config?.MaxEntities ?? FactBaseLimits.MaxEntities);
    }

    /// <summary>The options and the config, or <see langword="null"/> after reporting the first usage error.</summary>
    private static Settings? ReadSettings(CheckRequest request, TextWriter error)
    {
        var maxBytes = FactBaseLimits.DefaultMaxArticleBytes;
        if (request.MaxFileSize is not null && !ArticleReader.TryParseSize(request.MaxFileSize, out maxBytes))
        {
            error.WriteLine($"error: --max-file-size '{request.MaxFileSize}' is not a size such as 67108864, 64M or 1G");
            return null;
        }

        FactDate? asOf = null;
        if (request.AsOf is not null)
        {
            if (!FactDate.TryParse(request.AsOf, out var parsed) || parsed.Precision != DatePrecision.Day)
            {
                error.WriteLine($"error: --as-of {FactDate.NotADay(request.AsOf)}");
                return null;
            }

            asOf = parsed;
        }

        var (shard, shardError) = ShardEnvironment.Resolve(request.Shard, request.ShardCount, Environment.GetEnvironmentVariable);
        var (targets, reportError) = ReportTarget.Resolve(request.Reports, request.Format, request.Output, Formats);
        var stdinTwice = request.Diff == "-" && request.Paths.Contains("-") ? "--diff - and the PATH - both read stdin; give the diff as a file" : null;
        if ((shardError ?? reportError ?? stdinTwice) is { } usage)
        {
            error.WriteLine($"error: {usage}");
            return null;
        }

        FactBaseConfig? config;
        try
        {
            config = ConfigLoader.Resolve(request.Config, request.NoConfig);
        }
        catch (ConfigException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }

        var severities = new Dictionary<string, Severity?>(config?.Severities ?? new Dictionary<string, Severity?>(), StringComparer.Ordinal);
        foreach (var setting in request.Severities)
        {
            var eq = setting.IndexOf('=');
            if (eq <= 0 || !RuleCatalog.TryFind(setting.Substring(0, eq).Trim(), out var rule) || !ConfigLoader.TryParseSeverity(setting.Substring(eq + 1), out var level))
            {
                error.WriteLine($"error: --severity '{setting}' must be RULE=error|warning|off with RULE one of {string.Join(", ", RuleCatalog.Names)} (or its code FB1001...)");
                return null;
            }

            severities[rule.Name] = level;
        }

        ChangedLines? changed = null;
        if (request.ChangedSince is not null || request.Diff is not null)
        {
            (changed, var changeError) = ChangedLines.Load(request.ChangedSince, request.Diff, Console.In);
            if (changed is null)
            {
                error.WriteLine($"error: {changeError}");
                return null;
            }
        }

        return new Settings(maxBytes, asOf, shard, config, severities, targets!, changed);
    }

    /// <summary>The files to check (this shard's), with every path that matched nothing reported; <see langword="null"/>
    /// when there is nothing to look for.</summary>
    private static Inputs? CollectInputs(CheckRequest request, Settings settings, TextWriter error)
    {
        var config = settings.Config;
        var listErrors = new List<string>();
        IEnumerable<string> arguments = request.Paths;
        if (request.Paths.Count == 0)
        {
            if (config is null || config.Include.Count == 0)
            {
                error.WriteLine("error: no PATH given and no include globs in a .factbase.yaml; run 'factbase check --help' for usage");
                return null;
            }

            arguments = InputCollector.ExpandInclude(config.Directory, config.Include, listErrors);
        }

        var (inputs, missing, foundInFolders, collectErrors) = InputCollector.Collect(arguments, config?.Directory, config?.Exclude, filesAreExplicit: request.Paths.Count > 0);
        listErrors.AddRange(collectErrors);
        foreach (var path in missing)
        {
            error.WriteLine(InputCollector.IsGlob(path) ? $"{path}: error: no files match" : $"{path}: error: no such file or folder");
        }

        foreach (var message in listErrors)
        {
            error.WriteLine($"error: {message}");
        }

        if (settings.Changed is not null)
        {
            inputs = settings.Changed.Select(inputs);
        }

        if (settings.Shard is not null)
        {
            inputs = settings.Shard.Select(inputs);
        }

        return new Inputs(inputs, foundInFolders, Failed: missing.Count > 0 || listErrors.Count > 0);
    }

    /// <summary>Checks every file in parallel; reports its warnings and errors in input order.</summary>
    /// <returns>The reports of the files checked, and whether any file failed.</returns>
    private static (List<FileReport> Done, bool Failed) CheckAll(Inputs inputs, ReadOptions read, FactChecker checker, CheckOptions options, Settings settings, FactDate today, TextWriter error, OrderedReportWriter? stream)
    {
        var paths = inputs.Paths;
        var reports = new FileReport?[paths.Count];
        var messages = new string?[paths.Count];
        var warnings = new string?[paths.Count];
        using (var progress = ProgressReporter.Create(paths.Count, error))
        {
            void Check(int i)
            {
                (reports[i], messages[i], warnings[i]) = CheckOne(paths[i], inputs.FoundInFolders.Contains(paths[i]), read, checker, options, settings.AsOf, settings.Config?.AsOf, today);
                if (stream is not null)
                {
                    // Rendered here, on this file's thread; the document is no longer needed once its part is.
                    stream.Add(i, reports[i]);
                    reports[i] = reports[i] is { } r ? r with { Document = null, Source = null } : null;
                }

                progress.Advance();
            }

            // One file is checked on this thread: starting the thread pool for it costs more than the check of an article.
            if (paths.Count == 1)
            {
                Check(0);
            }
            else
            {
                System.Threading.Tasks.Parallel.For(0, paths.Count, Check);
            }
        }

        var failed = false;
        foreach (var warning in warnings.Where(w => w is not null))
        {
            error.WriteLine(warning);
        }

        foreach (var message in messages.Where(m => m is not null))
        {
            error.WriteLine(message);
            failed = true;
        }

        return (reports.Where(r => r is not null).Select(r => r!).ToList(), failed);
    }

    /// <summary>Notes the files checked as of today for want of a date: each by name when few, else how many.</summary>
    private static void NoteUndated(List<FileReport> done, FactDate today, TextWriter error)
    {
        var undated = done.Where(r => r.AsOfSource == AsOfSource.Today).ToList();
        if (undated.Count is > 0 and <= 3)
        {
            foreach (var report in undated)
            {
                error.WriteLine($"{report.Path}: note: no date in the document; checked as of today ({report.Result.AsOf}). Use --as-of, a 'date:' in front matter or as-of in .factbase.yaml.");
            }
        }
        else if (undated.Count > 3)
        {
            error.WriteLine($"note: {undated.Count} files state no date; checked as of today ({today}). Use --as-of, a 'date:' in front matter or as-of in .factbase.yaml.");
        }
    }

    /// <summary>Applies the fixes (a dry run prints its diff, to -o or stdout, instead of the reports), then writes every
    /// report from the one check.</summary>
    /// <returns>The exit code.</returns>
    private static int WriteResults(CheckRequest request, FixContext? fix, List<(ReportTarget Target, IReportFormatter Formatter)> formatters, List<FileReport> done, bool failed, TextWriter output, TextWriter error)
    {
        if (fix is not null)
        {
            if (request.DryRun)
            {
                var planned = false;
                var written = new ReportTarget("diff", request.Output).TryWrite(output, error, w => planned = ApplyFixes(done, fix, true, w, error));
                return failed || !written || !planned ? ExitCodes.Error : ExitCode(done);
            }

            failed |= !ApplyFixes(done, fix, false, output, error);
        }

        foreach (var (target, formatter) in formatters)
        {
            failed |= !target.TryWrite(output, error, w => formatter.Write(done, w));
        }

        return failed ? ExitCodes.Error : ExitCode(done);
    }

    /// <summary>What the options and the config say, read and validated once.</summary>
    private sealed record Settings(long MaxBytes, FactDate? AsOf, Shard? Shard, FactBaseConfig? Config, Dictionary<string, Severity?> Severities, IReadOnlyList<ReportTarget> Targets, ChangedLines? Changed);

    /// <summary>The files to check, those found by walking a folder (not named), and whether a path matched nothing.</summary>
    private sealed record Inputs(IReadOnlyList<string> Paths, ISet<string> FoundInFolders, bool Failed);

    /// <summary>How articles are read: the size limit (<c>--max-file-size</c>), whether bytes are kept for <c>--fix</c>, and
    /// whether the documents are kept after checking (for <c>--fix</c> and formats that quote the text).</summary>
    private sealed record ReadOptions(long MaxBytes, bool KeepBytes, bool KeepDocuments);

    /// <summary>Reads and checks one file; never throws, so one bad file cannot fail the run.</summary>
    /// <returns>The report, or an error that skipped the file; and a warning that did not.</returns>
    private static (FileReport? Report, string? Error, string? Warning) CheckOne(string path, bool foundInFolder, ReadOptions read, FactChecker checker, CheckOptions options, FactDate? asOf, FactDate? configAsOf, FactDate today)
    {
        var (source, readError, readWarning) = ArticleReader.Read(path, read.MaxBytes, foundInFolder, read.KeepBytes);
        var warning = readWarning is null ? null : $"{path}: warning: {readWarning}";
        if (source is null)
        {
            return (null, $"{path}: error: {readError}", warning);
        }

        try
        {
            var document = DocumentReader.Read(source.Text, path == "-" ? DocumentFormat.Markdown : DocumentReader.FormatOf(path));
            var (date, from) = asOf is { } a ? (a, AsOfSource.Option)
                : document.Date is { } d ? (d, AsOfSource.Document)
                : configAsOf is { } c ? (c, AsOfSource.Config)
                : (today, AsOfSource.Today);
            var result = Check(checker, document, date, options);
            return (read.KeepDocuments ? new FileReport(path, from, result, document, source) : new FileReport(path, from, result, null), null, warning);
        }
        catch (Exception ex)
        {
            // A bug must cost one file, not the run: the other files are still reported.
            return (null, $"{path}: error: internal error while checking this file ({ex.GetType().Name}: {ex.Message}); please report it", warning);
        }
    }

    /// <summary>Applies (or, with <paramref name="dryRun"/>, diffs) the fixes that survive a re-check of the fixed text;
    /// the reports then describe the files as the fixes leave them, so a dry run exits as the real run would.</summary>
    /// <returns><see langword="false"/> when a file could not be fixed.</returns>
    private static bool ApplyFixes(List<FileReport> reports, FixContext context, bool dryRun, TextWriter output, TextWriter error)
    {
        var ok = true;
        var fixedFindings = 0;
        var fixedFiles = 0;
        var refusedFindings = 0;
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            if (report.Path == "-" || report.Source?.Bytes is null || report.Document is null)
            {
                if (report.Path == "-" && report.Result.Findings.Any(f => f.Suggestion is not null))
                {
                    error.WriteLine("-: note: stdin is checked but not fixed; pass a file to fix it");
                }

                continue;
            }

            var planned = FixPlanner.Plan(report.Document, report.Result.Findings);
            if (planned.Count == 0)
            {
                continue;
            }

            var outcome = FixVerifier.Verify(
                report.Document,
                DocumentReader.FormatOf(report.Path),
                report.Result.Findings,
                planned,
                document => context.Recheck(report.Path, document, report.Result.AsOf));
            foreach (var refused in outcome.Refused)
            {
                var f = refused.Edit.Finding;
                error.WriteLine($"{report.Path}:{f.Line}:{f.Column}: note: not fixed: '{f.Text}' -> '{refused.Edit.Replacement}' would raise a new finding: {refused.Raised.Message}");
                refusedFindings++;
            }

            if (outcome.Applied.Count == 0 || outcome.Fixed is null || outcome.Result is null)
            {
                continue;
            }

            if (dryRun)
            {
                UnifiedDiff.Write(report.Path, report.Document.Original, outcome.Applied, output);
            }
            else if (FileFixer.Write(report.Path, report.Source, outcome.Applied) is { } problem)
            {
                error.WriteLine($"{report.Path}: error: {problem}");
                ok = false;
                continue;
            }

            fixedFindings += outcome.Applied.Count;
            fixedFiles++;
            reports[i] = report with { Result = outcome.Result, Document = outcome.Fixed };
        }

        var verb = dryRun ? "would fix" : "fixed";
        var refusedNote = refusedFindings > 0 ? $"; {refusedFindings} fix(es) undone because the re-check raised a new finding" : string.Empty;
        error.WriteLine($"factbase: {verb} {fixedFindings} finding(s) in {fixedFiles} file(s){refusedNote}");
        return ok;
    }

    /// <summary>Checks a document; a fact that ships with the tool is marked as built-in (<see cref="BuiltInFacts.Scheme"/>).</summary>
    private static CheckResult Check(FactChecker checker, Document document, FactDate asOf, CheckOptions options)
    {
        var result = checker.Check(document, asOf, options);
        return result with { Findings = BuiltInFacts.MarkBuiltIn(result.Findings, checker.KnowledgeBase) };
    }

    /// <summary>What a re-check of a fixed file needs: the run's checker and options, and the changed lines that limit
    /// what is reported (<c>--changed-since</c>, <c>--diff</c>), so the re-check compares like with like.</summary>
    private sealed record FixContext(FactChecker Checker, CheckOptions Options, ChangedLines? Changed)
    {
        public CheckResult Recheck(string path, Document document, FactDate asOf)
        {
            var result = Check(Checker, document, asOf, Options);
            return Changed is null ? result : result with { Findings = Changed.Filter(path, result.Findings) };
        }
    }

    private static int ExitCode(IEnumerable<FileReport> reports)
        => reports.Any(r => r.Result.Findings.Any(f => f.Severity == Severity.Error && f.Verdict != Verdict.Supported)) ? ExitCodes.Findings : ExitCodes.Success;

    private static IReportFormatter Formatter(string format, bool toConsole) => format switch
    {
        "json" => new JsonFormatter(),
        "jsonl" => new JsonlFormatter(),
        "sarif" => new SarifFormatter(),
        "github" => new GithubFormatter(Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY")),
        "rdjsonl" => new RdjsonlFormatter(),
        "msbuild" => new MsBuildFormatter(),
        "markdown" => new MarkdownFormatter(),
        "html" => new HtmlFormatter(),
        _ => new TextFormatter(color: toConsole && TextFormatter.ShouldColor()),
    };
}
