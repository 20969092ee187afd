using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Examples;
using FactBase.Knowledge;
using FactBase.Importing;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase lint [DIR]</c>: validates fact files with the generator's diagnostics and runs their examples.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder of fact files (default: facts).", DefaultValueFactory = _ => "facts" };
        var noBuiltIn = new Option<bool>("--no-builtin-facts") { Description = "Validate the folder alone, without the built-in facts it may refer to (the standard vocabulary stays)." };
        var noVocabulary = new Option<bool>("--no-builtin-vocabulary") { Description = "Leave out the standard vocabulary: only the vocabulary of the fact files counts." };
        var maxEntities = MaxEntitiesOption.Create();
        var command = new Command("lint", "Validate fact files and run their examples: path(line,col): error FB0xxx: message.") { folder, noBuiltIn, noVocabulary, maxEntities };
        command.SetAction(parse => Run(parse.GetValue(folder) ?? "facts", Console.Out, Console.Error, !parse.GetValue(noBuiltIn), !parse.GetValue(noVocabulary), parse.GetValue(maxEntities) ?? FactBaseLimits.MaxEntities));
        return command;
    }

    internal static int Run(string folder, TextWriter output, TextWriter error, bool builtIn = true, bool vocabulary = true, int maxEntities = FactBaseLimits.MaxEntities)
    {
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            error.WriteLine($"{folder}: error: no such folder");
            return ExitCodes.Error;
        }

        // The same combination as 'check --facts DIR': a user's folder may refer to built-in entities and vocabulary.
        var files = FactLoader.Read(new[] { folder }).ToList();
        var overrides = new List<ImportOverride>();
        var result = FactLoader.Build(files, BuiltInFacts.Layer(builtIn, vocabulary), maxEntities, overrides);
        var examples = files.SelectMany(f => f.Examples).ToList();
        var failures = ExampleRunner.Run(examples, result.KnowledgeBase, FactDate.FromDateTime(DateTime.Today));
        // Imported facts that hand-written ones override: where the two disagree, an editor should look at both.
        // Everything in file and line order, as an editor goes through the files.
        var diagnostics = result.Diagnostics.Concat(failures).Concat(ImportDisagreements.Find(overrides, result.Properties))
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == FactDiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;

        var sameId = overrides.Count(o => o.SameId);
        if (sameId > 0)
        {
            output.WriteLine($"note: {sameId} imported entities are also written by hand (the same id); the hand-written facts are used, completed by the import (docs/import.md)");
        }

        foreach (var namesake in overrides.Where(o => !o.SameId))
        {
            output.WriteLine($"note: the imported '{namesake.Imported.Id}' ({namesake.Imported.Location}) is left out: '{namesake.Imported.Name}' names the hand-written '{namesake.HandWritten.Id}' ({namesake.HandWritten.Location})");
        }

        output.WriteLine(Summary(files, result, examples.Count - failures.Count, examples.Count, errors, warnings));
        return errors > 0 ? ExitCodes.Error : ExitCodes.Success;
    }

    /// <summary>"2 entities and 1 property of yours (+ 223 entities, 15 properties built in), 0/0 examples as expected: 3
    /// errors, 1 warning": the user's own files counted apart from the built-in facts they are checked with.</summary>
    internal static string Summary(IReadOnlyList<FactBase.Parsing.FactFile> files, KnowledgeBaseBuildResult result, int examplesPassed, int examples, int errors, int warnings)
    {
        var ownIds = new HashSet<string>(files.SelectMany(f => f.Entities).Select(e => e.Id), StringComparer.Ordinal);
        var ownProperties = new HashSet<string>(files.SelectMany(f => f.Properties).Select(p => p.Name), StringComparer.Ordinal);
        var own = result.Entities.Count(e => ownIds.Contains(e.Id));
        var ownVocabulary = result.Properties.Count(p => ownProperties.Contains(p.Name));
        var builtIn = result.Entities.Count - own;
        var builtInVocabulary = result.Properties.Count - ownVocabulary;
        var counts = builtIn + builtInVocabulary == 0
            ? $"{Count(own, "entity", "entities")}, {Count(ownVocabulary, "property", "properties")}"
            : $"{Count(own, "entity", "entities")} and {Count(ownVocabulary, "property", "properties")} of yours (+ {Count(builtIn, "entity", "entities")}, {Count(builtInVocabulary, "property", "properties")} built in)";
        return $"{counts}, {examplesPassed}/{examples} examples as expected: {Count(errors, "error", "errors")}, {Count(warnings, "warning", "warnings")}";
    }

    private static string Count(int n, string one, string many) => $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
