using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Cli.Commands;
using FactBase.Cli.Configuration;
using FactBase.Cli.Formatters;
using FactBase.Documents;
using FactBase.Model;
using ModelContextProtocol.Protocol;

namespace FactBase.Cli.Mcp;

/// <summary>
/// The tools <c>factbase mcp</c> offers an agent: <c>check</c>, <c>explain</c> and <c>lint</c>, the CLI's commands
/// with the same knowledge base and config. A problem with the input (no such file, a bad date, a broken fact file)
/// is a tool error the agent can read and act on, never a crash of the server.
/// </summary>
/// <remarks>The SDK makes each tool's JSON input schema from the method's parameters and their descriptions.</remarks>
internal sealed class FactBaseTools
{
    private readonly McpSettings _settings;

    public FactBaseTools(McpSettings settings) => _settings = settings;

    [Description("Check an article against the facts as of its date. Give the article's text, or the path of a file or folder (relative to the server's working directory; folders: .md .markdown .txt .html .htm). Returns FactBase's JSON report (version 1): for each file its as-of date and its findings, each with rule, verdict (contradicted, outdated, misspelled), line and column, the wrong text, what the facts say (expected), a suggestion and the sources.")]
    public CallToolResult Check(
        [Description("The article's text (Markdown, HTML or plain text). Give this or path.")] string? text = null,
        [Description("A file or folder to check. Give this or text.")] string? path = null,
        [Description("Check as of this date, YYYY-MM-DD. Default: the article's own date (front matter date:, or a first line 'date YYYY-MM-DD'), else the config's as-of, else today.")] string? asOf = null,
        [Description("Also report the claims that the facts support.")] bool includeSupported = false)
    {
        if ((text is null) == (path is null))
        {
            return Error("give either 'text' (the article) or 'path' (a file or folder), not both or neither");
        }

        return Guard(() => text is not null ? CheckText(text, asOf, includeSupported) : CheckPath(path!, asOf, includeSupported));
    }

    [Description("What the knowledge base says about an entity: its names, every fact with its timeline (the values that hold on the date marked with *), the offices it held, its memberships and its sources.")]
    public CallToolResult Explain(
        [Description("An entity's id (nato), name or alias (NATO, \"Mark Rutte\").")] string entity,
        [Description("Mark what holds on this date, YYYY-MM-DD (default: the config's as-of, else today).")] string? date = null)
        => Guard(() => Command((output, error) => ExplainCommand.Run(entity ?? string.Empty, date, _settings.FactFolders, _settings.NoBuiltInFacts, _settings.Config, _settings.NoConfig, output, error)));

    [Description("Validate a folder of fact files (YAML) and run their examples: one line per problem, 'path(line,col): error FB0xxx: message', and a summary line. A fact-file problem is part of the result, not a tool error.")]
    public CallToolResult Lint(
        [Description("The folder (or file) of fact files, relative to the server's working directory. Default: facts.")] string? dir = null)
        => Guard(() =>
        {
            var output = new StringWriter();
            var error = new StringWriter();
            LintCommand.Run(dir ?? "facts", output, error, !_settings.NoBuiltInFacts, !_settings.NoBuiltInVocabulary);
            var problem = error.ToString().Trim();
            return output.ToString().Length == 0 && problem.Length > 0 ? Error(problem) : Success(output.ToString());
        });

    private CallToolResult CheckPath(string path, string? asOf, bool includeSupported)
        => Command((output, error) => CheckCommand.Run(
            new CheckRequest
            {
                Paths = new[] { path },
                FactFolders = _settings.FactFolders,
                NoBuiltInFacts = _settings.NoBuiltInFacts,
                NoBuiltInVocabulary = _settings.NoBuiltInVocabulary,
                AsOf = asOf,
                Format = "json",
                IncludeSupported = includeSupported,
                Config = _settings.Config,
                NoConfig = _settings.NoConfig,
            },
            output,
            error));

    private CallToolResult CheckText(string text, string? asOfText, bool includeSupported)
    {
        FactDate? asOf = null;
        if (asOfText is not null)
        {
            if (!FactDate.TryParse(asOfText, out var parsed) || parsed.Precision != DatePrecision.Day)
            {
                return Error($"asOf {FactDate.NotADay(asOfText)}");
            }

            asOf = parsed;
        }

        FactBaseConfig? config;
        try
        {
            config = ConfigLoader.Resolve(_settings.Config, _settings.NoConfig);
        }
        catch (ConfigException ex)
        {
            return Error(ex.Message);
        }

        var problems = new StringWriter();
        var folders = (config?.Facts ?? Array.Empty<string>()).Concat(_settings.FactFolders).ToList();
        var knowledgeBase = KnowledgeBaseLoader.Load(folders, !_settings.NoBuiltInFacts && config?.BuiltInFacts != false, problems, !_settings.NoBuiltInVocabulary);
        if (knowledgeBase is null)
        {
            return Error(problems.ToString());
        }

        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        var (date, from) = asOf is { } a ? (a, AsOfSource.Option)
            : document.Date is { } d ? (d, AsOfSource.Document)
            : config?.AsOf is { } c ? (c, AsOfSource.Config)
            : (FactDate.FromDateTime(DateTime.Today), AsOfSource.Today);
        var options = new CheckOptions { IncludeSupported = includeSupported, RuleSeverities = config?.Severities ?? new Dictionary<string, Severity?>(StringComparer.Ordinal) };
        var result = new FactChecker(knowledgeBase).Check(document, date, options);
        var report = new StringWriter();
        new JsonFormatter().Write(new[] { new FileReport("-", from, result, null) }, report);
        return Success(report.ToString());
    }

    /// <summary>Runs a CLI command with its output captured: exit 0 or 1 (findings) is a result, exit 2 a tool error.</summary>
    private static CallToolResult Command(Func<TextWriter, TextWriter, int> run)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = run(output, error);
        return exit == ExitCodes.Error ? Error(error.ToString().Trim() is { Length: > 0 } message ? message : "the command failed") : Success(output.ToString());
    }

    /// <summary>Turns an unexpected failure into a tool error: the server goes on serving.</summary>
    private static CallToolResult Guard(Func<CallToolResult> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex)
        {
            return Error($"internal error ({ex.GetType().Name}: {ex.Message}); please report it");
        }
    }

    private static CallToolResult Success(string text) => new() { Content = new List<ContentBlock> { new TextContentBlock { Text = text } } };

    private static CallToolResult Error(string message) => new() { Content = new List<ContentBlock> { new TextContentBlock { Text = message } }, IsError = true };
}
