using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Cli.Formatters;
using FactBase.Documents;
using FactBase.Model;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase check [options] PATH...</c>: checks articles against the facts.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders (recursive: .md .markdown .txt .html .htm) or - for stdin." };
        var facts = new Option<string[]>("--facts") { Description = "A folder of YAML fact files to add to the built-in knowledge base (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var noBuiltIn = new Option<bool>("--no-builtin-facts") { Description = "Use only the facts given with --facts." };
        var asOf = new Option<string?>("--as-of") { Description = "Check claims as of this date (YYYY-MM-DD) instead of the document's date." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var includeSupported = new Option<bool>("--include-supported") { Description = "Also report claims that the facts support." };
        var maxFileSize = new Option<string?>("--max-file-size") { Description = "Skip (with an error) articles larger than this: bytes, or with K, M or G (default 64M; see docs/limits.md)." };

        var command = new Command("check", "Check articles against the facts as of their date.") { paths, facts, noBuiltIn, asOf, format, includeSupported, maxFileSize };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? Array.Empty<string>(),
            parse.GetValue(facts) ?? Array.Empty<string>(),
            !parse.GetValue(noBuiltIn),
            parse.GetValue(asOf),
            parse.GetValue(format) ?? "text",
            parse.GetValue(includeSupported),
            Console.Out,
            Console.Error,
            parse.GetValue(maxFileSize)));
        return command;
    }

    internal static int Run(string[] paths, string[] factFolders, bool builtIn, string? asOfText, string format, bool includeSupported, TextWriter output, TextWriter error, string? maxFileSizeText = null)
    {
        var maxBytes = FactBaseLimits.DefaultMaxArticleBytes;
        if (maxFileSizeText is not null && !ArticleReader.TryParseSize(maxFileSizeText, out maxBytes))
        {
            error.WriteLine($"error: --max-file-size '{maxFileSizeText}' is not a size such as 67108864, 64M or 1G");
            return ExitCodes.Error;
        }

        FactDate? asOf = null;
        if (asOfText is not null)
        {
            if (!FactDate.TryParse(asOfText, out var parsed) || parsed.Precision != DatePrecision.Day)
            {
                error.WriteLine($"error: --as-of '{asOfText}' is not a date of the form YYYY-MM-DD");
                return ExitCodes.Error;
            }

            asOf = parsed;
        }

        var knowledgeBase = KnowledgeBaseLoader.Load(factFolders, builtIn, error);
        if (knowledgeBase is null)
        {
            return ExitCodes.Error;
        }

        var (inputs, missing, foundInFolders, listErrors) = InputCollector.Collect(paths);
        foreach (var path in missing)
        {
            error.WriteLine($"{path}: error: no such file or folder");
        }

        foreach (var message in listErrors)
        {
            error.WriteLine($"error: {message}");
        }

        var checker = new FactChecker(knowledgeBase);
        var options = new CheckOptions { IncludeSupported = includeSupported };
        var today = FactDate.FromDateTime(DateTime.Today);
        var reports = new FileReport[inputs.Count];
        var failed = new bool[inputs.Count];
        var messages = new string?[inputs.Count];
        var warnings = new string?[inputs.Count];

        // Files are independent: check them in parallel, report in input order.
        System.Threading.Tasks.Parallel.For(0, inputs.Count, i =>
        {
            var path = inputs[i];
            var (text, readError, warning) = ArticleReader.Read(path, maxBytes, foundInFolders.Contains(path));
            warnings[i] = warning is null ? null : $"{path}: warning: {warning}";
            if (text is null)
            {
                messages[i] = $"{path}: error: {readError}";
                failed[i] = true;
                return;
            }

            try
            {
                var document = DocumentReader.Read(text, path == "-" ? DocumentFormat.Markdown : DocumentReader.FormatOf(path));
                var (date, source) = asOf is { } a ? (a, AsOfSource.Option) : document.Date is { } d ? (d, AsOfSource.Document) : (today, AsOfSource.Today);
                reports[i] = new FileReport(path, source, checker.Check(document, date, options), document);
            }
            catch (Exception ex)
            {
                // A bug must cost one file, not the run: the other files are still reported.
                messages[i] = $"{path}: error: internal error while checking this file ({ex.GetType().Name}: {ex.Message}); please report it";
                failed[i] = true;
            }
        });

        foreach (var message in warnings.Concat(messages).Where(m => m is not null))
        {
            error.WriteLine(message);
        }

        var done = reports.Where(r => r is not null).ToList();
        foreach (var report in done.Where(r => r.AsOfSource == AsOfSource.Today))
        {
            error.WriteLine($"{report.Path}: note: no date in the document; checked as of today ({report.Result.AsOf}). Use --as-of or a 'date:' in front matter.");
        }

        IReportFormatter formatter = format switch
        {
            "json" => new JsonFormatter(),
            _ => new TextFormatter(color: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null),
        };
        formatter.Write(done, output);

        if (missing.Count > 0 || listErrors.Count > 0 || failed.Any(f => f))
        {
            return ExitCodes.Error;
        }

        return done.Any(r => r.Result.Findings.Any(f => f.Severity == Severity.Error && f.Verdict != Verdict.Supported)) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
