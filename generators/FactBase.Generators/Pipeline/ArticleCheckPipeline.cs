using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactBase.Checking.Findings;
using FactBase.Diagnostics;
using FactBase.Documents;
using FactBase.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactBase.Generators;

/// <summary>
/// The generator's second pipeline: checks every article (<c>FactBaseArticle</c> item, an additional file with
/// <c>FactBaseKind=Article</c>) against the project's own facts with the CLI's engine (<c>DocumentReader</c> +
/// <c>FactChecker</c>), and reports each non-supported finding as a diagnostic <c>FB1001</c>...<c>FB1006</c> at the
/// article's file, line and column.
/// </summary>
/// <remarks>
/// <para>
/// Incremental: the knowledge is built from the fact files the first pipeline already parsed (and only when the
/// project has articles), and each article is read, parsed and checked on its own, keyed by value-equatable models
/// (<see cref="ArticleInput"/>, <see cref="CheckerKnowledge"/>, <see cref="ArticleOptions"/>): editing one article
/// re-checks that article only; editing a fact file re-checks them all; editing C# re-checks nothing.
/// </para>
/// <para>
/// As-of date of an article: its own date (front matter <c>date:</c> or a first line <c>date YYYY-MM-DD</c>), else the
/// MSBuild property <c>FactBaseAsOf</c>, else the day of the build. Suppression comments in the article apply.
/// </para>
/// </remarks>
internal static class ArticleCheckPipeline
{
    /// <summary>Adds the article steps to the generator.</summary>
    /// <param name="context">The generator's initialization context.</param>
    /// <param name="classified">Every additional file with its kind.</param>
    /// <param name="parsedFacts">The parsed fact files of the first pipeline.</param>
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<(AdditionalText Text, AdditionalFileKind Kind)> classified,
        IncrementalValuesProvider<ParsedFactFile> parsedFacts)
    {
        var articles = classified
            .Where(static file => file.Kind == AdditionalFileKind.Article)
            .Select(static (file, cancellationToken) => Read(file.Text, cancellationToken))
            .WithTrackingName(TrackingNames.ReadArticle);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ArticleOptions.From(provider.GlobalOptions, FactDate.FromDateTime(DateTime.Today)))
            .WithTrackingName(TrackingNames.ArticleOptions);

        // No articles, no knowledge to build: projects that only use the typed facts pay nothing for the checker.
        var anyArticles = articles.Collect().Select(static (all, _) => !all.IsEmpty);
        var knowledge = parsedFacts
            .Collect()
            .Combine(anyArticles)
            .Select(static (pair, _) => pair.Right ? CheckerKnowledge.From(pair.Left) : CheckerKnowledge.None)
            .WithTrackingName(TrackingNames.CheckerKnowledge);

        var findings = articles
            .Combine(knowledge)
            .Combine(options)
            .Select(static (pair, cancellationToken) => Check(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CheckArticle);

        context.RegisterSourceOutput(findings, static (context, diagnostics) => Report(context, diagnostics));
        context.RegisterSourceOutput(options.Select(static (o, _) => o.Problems), static (context, problems) => Report(context, problems));
    }

    private static ArticleInput Read(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return new ArticleInput(text.Path, text.GetText(cancellationToken)?.ToString());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return new ArticleInput(text.Path, null);
        }
    }

    /// <summary>Reads and checks one article; every non-supported finding becomes a located diagnostic.</summary>
    private static EquatableArray<DiagnosticInfo> Check(ArticleInput article, CheckerKnowledge knowledge, ArticleOptions options, CancellationToken cancellationToken)
    {
        try
        {
            FactsGenerator.RunHook(TrackingNames.CheckArticle);
            if (article.Text is null)
            {
                // The compiler itself reports an additional file it cannot find or read.
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            var document = DocumentReader.Read(article.Text, DocumentReader.FormatOf(article.FullPath));
            var asOf = document.Date ?? options.AsOf ?? options.Today;
            cancellationToken.ThrowIfCancellationRequested();
            var result = knowledge.Checker.Check(document, asOf);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var finding in result.Findings.Where(f => f.Verdict != Verdict.Supported))
            {
                diagnostics.Add(FindingDiagnostics.Create(article.FullPath, finding, knowledge.Locate(finding.FactLocation)));
            }

            return diagnostics.ToEquatableArray();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var start = new LinePosition(0, 0);
            return EquatableArray.Create(new DiagnosticInfo(
                FactDiagnosticIds.InternalError,
                DiagnosticSeverity.Error,
                $"the FactBase article check failed: {ex.GetType().Name}: {ex.Message} Please report this with the article that caused it.",
                new LocationInfo(article.FullPath, default, new LinePositionSpan(start, start))));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
