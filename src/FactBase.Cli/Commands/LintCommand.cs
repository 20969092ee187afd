using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Importing;
using FactBase.Loading;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase lint [DIR]</c>: validates fact files with the generator's diagnostics.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder of fact files (default: facts).", DefaultValueFactory = _ => "facts" };
        var noBuiltIn = new Option<bool>("--no-builtin-facts") { Description = "Validate the folder alone, without the built-in facts it may refer to." };
        var maxEntities = MaxEntitiesOption.Create();
        var command = new Command("lint", "Validate fact files: path(line,col): error FB0xxx: message.") { folder, noBuiltIn, maxEntities };
        command.SetAction(parse => Run(parse.GetValue(folder) ?? "facts", Console.Out, Console.Error, !parse.GetValue(noBuiltIn), parse.GetValue(maxEntities) ?? FactBaseLimits.MaxEntities));
        return command;
    }

    internal static int Run(string folder, TextWriter output, TextWriter error, bool builtIn = true, int maxEntities = FactBaseLimits.MaxEntities)
    {
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            error.WriteLine($"{folder}: error: no such folder");
            return ExitCodes.Error;
        }

        // The same combination as 'check --facts DIR': a user's folder may refer to built-in entities.
        var overrides = new List<ImportOverride>();
        var result = FactLoader.Load(new[] { folder }, builtIn ? BuiltInFacts.KnowledgeBase : null, maxEntities, overrides);
        var errors = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
            errors += diagnostic.Severity == FactDiagnosticSeverity.Error ? 1 : 0;
        }

        // Imported facts that hand-written ones override: where the two disagree, an editor should look at both.
        foreach (var disagreement in ImportDisagreements.Find(overrides, result.Properties))
        {
            output.WriteLine(disagreement.ToString());
        }

        var sameId = overrides.Count(o => o.SameId);
        if (sameId > 0)
        {
            output.WriteLine($"note: {sameId} imported entities are also written by hand (the same id); the hand-written facts are used, completed by the import (docs/import.md)");
        }

        foreach (var namesake in overrides.Where(o => !o.SameId))
        {
            output.WriteLine($"note: the imported '{namesake.Imported.Id}' ({namesake.Imported.Location}) is left out: '{namesake.Imported.Name}' names the hand-written '{namesake.HandWritten.Id}' ({namesake.HandWritten.Location})");
        }

        output.WriteLine($"{result.Entities.Count} entities, {result.Properties.Count} properties, {errors} error(s)");
        return errors > 0 ? ExitCodes.Error : ExitCodes.Success;
    }
}
