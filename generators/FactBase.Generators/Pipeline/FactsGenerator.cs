using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generators;

/// <summary>
/// Compiles the project's fact files (YAML additional files) into typed C# (<c>Facts.Nato.Name</c>,
/// <c>Facts.Nato.Founded</c>, <c>Facts.Nato.SecretaryGeneral</c>) and the whole knowledge base
/// (<c>Facts.KnowledgeBase</c>), reporting every fact-file problem as an <c>FB0xxx</c> diagnostic
/// at its file, line and column; and checks the project's articles against those facts
/// (<see cref="ArticleCheckPipeline"/>, findings as <c>FB1xxx</c> diagnostics).
/// </summary>
/// <remarks>
/// Pipeline: each file is read and parsed on its own by the shared <see cref="FactFileParser"/>
/// (so editing one file re-parses only that file), then all files are joined by
/// <see cref="KnowledgeBaseBuilder"/>; each entity's C# is emitted on its own and cached (so an edit
/// re-emits only the entities it changed), and the pieces are joined into the two files. Every model between steps is value-equatable,
/// and nothing depends on the C# compilation, so editing C# code never re-runs the generator's work.
/// No exception escapes: one becomes diagnostic <c>FB0012</c> instead of the compiler's CS8785.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class FactsGenerator : IIncrementalGenerator
{
    /// <summary>
    /// A hook for tests only: called with the name of each step before it runs, so a test can make a
    /// step throw and check that the failure becomes <c>FB0012</c>. Flows with the test's async context.
    /// </summary>
    internal static readonly AsyncLocal<Action<string>?> TestHook = new();

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var nullable = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8);

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(nullable)
            .Select(static (pair, _) => ReadOptions(pair.Left.GlobalOptions) with { Nullable = pair.Right })
            .WithTrackingName(TrackingNames.Options);

        // Fact files and articles, told apart by their FactBaseKind item metadata (or, without it, by extension).
        var classified = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (Text: pair.Left, Kind: AdditionalFileClassifier.Classify(pair.Left.Path, pair.Right.GetOptions(pair.Left))));

        var files = classified
            .Where(static file => file.Kind is AdditionalFileKind.Fact or AdditionalFileKind.Standard)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => Read(pair.Left.Text, pair.Left.Kind, pair.Right.GetOptions(pair.Left.Text), cancellationToken))
            .WithTrackingName(TrackingNames.ReadFactFile);

        var parsed = files
            .Combine(options.Select(static (o, _) => o.PathRoot))
            .Select(static (pair, _) => Parse(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ParseFactFile);

        var plan = parsed
            .Collect()
            .Combine(options)
            .Select(static (pair, cancellationToken) => Plan(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BuildKnowledgeBase);

        // Each entity's text on its own, cached on its input: an edit re-emits only the entities it changed.
        var entities = plan
            .SelectMany(static (plan, _) => plan.Entities)
            .Select(static (input, cancellationToken) => EmitEntity(input))
            .WithTrackingName(TrackingNames.EmitEntity);

        var output = entities
            .Collect()
            .Combine(plan.Select(static (plan, _) => (plan.Frame, plan.Diagnostics)))
            .Select(static (pair, _) => Assemble(pair.Right.Frame, pair.Right.Diagnostics, pair.Left))
            // The step runs only when an entity or the frame changed, and then its output has changed too: comparing
            // two outputs of tens of MB (at 10,000 entities) to find that out is skipped.
            .WithComparer(OutputComparer.Instance)
            .WithTrackingName(TrackingNames.EmitSources);

        context.RegisterSourceOutput(output, static (context, output) => Produce(context, output));

        ArticleCheckPipeline.Register(context, classified, parsed);
    }

    /// <summary>Whether an additional file with no <c>FactBaseKind</c> metadata is a fact file: <c>.yaml</c> or <c>.yml</c>.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns><see langword="true"/> for YAML files.</returns>
    internal static bool IsFactFile(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        try
        {
            RunHook(TrackingNames.Options);
            return GeneratorOptions.From(options);
        }
        catch (Exception ex)
        {
            return GeneratorOptions.Default with { Problems = EquatableArray.Create(InternalError(ex, null)) };
        }
    }

    private static FactFileInput Read(AdditionalText text, AdditionalFileKind kind, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        var isStandard = kind == AdditionalFileKind.Standard;
        var displayPath = AdditionalFileClassifier.DisplayPath(options);
        try
        {
            RunHook(TrackingNames.ReadFactFile);
            return new FactFileInput(text.Path, text.GetText(cancellationToken)?.ToString(), isStandard, displayPath);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            // Unreadable: Parse reports it at the file.
            return new FactFileInput(text.Path, null, isStandard, displayPath);
        }
    }

    private static ParsedFactFile Parse(FactFileInput input, string pathRoot)
    {
        var displayPath = input.DisplayPath ?? GeneratorOptions.MakeRelative(input.FullPath, pathRoot);
        var text = input.Text ?? string.Empty;
        try
        {
            RunHook(TrackingNames.ParseFactFile);
            if (input.Text is null)
            {
                return Failed(FactDiagnosticIds.MalformedYaml, "cannot read the file");
            }

            return new ParsedFactFile(input.FullPath, text, FactFileParser.Parse(displayPath, text), input.IsStandard);
        }
        catch (Exception ex)
        {
            return Failed(FactDiagnosticIds.InternalError, InternalErrorMessage(ex));
        }

        ParsedFactFile Failed(string id, string message)
            => new(
                input.FullPath,
                text,
                new FactFile(
                    displayPath,
                    EquatableArray<Entity>.Empty,
                    EquatableArray<PropertyDefinition>.Empty,
                    EquatableArray.Create(new FactDiagnostic(id, FactDiagnosticSeverity.Error, message, new SourceLocation(displayPath, 1, 1)))),
                input.IsStandard);
    }

    /// <summary>Joins the parsed files, plans the C# (the knowledge-wide frame and one input per entity), and locates every diagnostic.</summary>
    private static EmissionPlan Plan(ImmutableArray<ParsedFactFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(options.Problems);
        try
        {
            RunHook(TrackingNames.BuildKnowledgeBase);

            // The same order as the run-time loader (ordinal by path), so "first definition wins" agrees.
            var ordered = files.OrderBy(f => f.File.Path, StringComparer.Ordinal).ThenBy(f => f.FullPath, StringComparer.Ordinal).ToList();
            var locator = new DiagnosticLocator(ordered);
            var result = KnowledgeBaseBuilder.Build(FactFileLayering.Files(ordered));
            cancellationToken.ThrowIfCancellationRequested();

            var naming = new List<FactDiagnostic>();
            var classes = FactsClassPlanner.Plan(result, naming);
            var (frame, entities) = FactsSourceEmitter.Plan(result, classes, options, ordered.Count);
            diagnostics.AddRange(result.Diagnostics.Concat(naming).Select(locator.Locate));
            return new EmissionPlan(frame, entities, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            diagnostics.Add(InternalError(ex, null));
            return new EmissionPlan(null, EquatableArray<EntityEmitInput>.Empty, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>One entity's text; a failure is kept as its message, for <see cref="Assemble"/> to report.</summary>
    private static EntityText EmitEntity(EntityEmitInput input)
    {
        try
        {
            RunHook(TrackingNames.EmitEntity);
            return FactsSourceEmitter.EmitEntity(input);
        }
        catch (Exception ex)
        {
            return new EntityText(null, string.Empty, InternalErrorMessage(ex));
        }
    }

    /// <summary>Joins the frame and every entity's text into the two files (none when a step failed).</summary>
    private static GenerationOutput Assemble(EmissionFrame? frame, EquatableArray<DiagnosticInfo> diagnostics, ImmutableArray<EntityText> entities)
    {
        try
        {
            RunHook(TrackingNames.EmitSources);
            if (frame is null)
            {
                return new GenerationOutput(EquatableArray<GeneratedSource>.Empty, diagnostics);
            }

            foreach (var entity in entities)
            {
                if (entity.Failure is { } failure)
                {
                    return new GenerationOutput(EquatableArray<GeneratedSource>.Empty, diagnostics.Append(new DiagnosticInfo(FactDiagnosticIds.InternalError, DiagnosticSeverity.Error, failure, null)).ToEquatableArray());
                }
            }

            return new GenerationOutput(FactsSourceEmitter.Assemble(frame, entities).ToEquatableArray(), diagnostics);
        }
        catch (Exception ex)
        {
            return new GenerationOutput(EquatableArray<GeneratedSource>.Empty, diagnostics.Append(InternalError(ex, null)).ToEquatableArray());
        }
    }

    private static void Produce(SourceProductionContext context, GenerationOutput output)
    {
        try
        {
            RunHook("Produce");
            foreach (var diagnostic in output.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var source in output.Sources)
            {
                context.AddSource(source.HintName, source.Text);
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            context.ReportDiagnostic(InternalError(ex, null).ToDiagnostic());
        }
    }

    /// <summary>Compares generated outputs by reference: a re-run of the joining step is taken as a change.</summary>
    private sealed class OutputComparer : IEqualityComparer<GenerationOutput>
    {
        public static readonly OutputComparer Instance = new();

        public bool Equals(GenerationOutput? x, GenerationOutput? y) => ReferenceEquals(x, y);

        public int GetHashCode(GenerationOutput obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>Calls the test hook, if any, with the name of the step about to run.</summary>
    /// <param name="step">The step's tracking name.</param>
    internal static void RunHook(string step) => TestHook.Value?.Invoke(step);

    private static DiagnosticInfo InternalError(Exception ex, LocationInfo? location)
        => new(FactDiagnosticIds.InternalError, DiagnosticSeverity.Error, InternalErrorMessage(ex), location);

    private static string InternalErrorMessage(Exception ex)
        => $"the FactBase generator failed: {ex.GetType().Name}: {ex.Message} Please report this with the fact file that caused it.";
}
