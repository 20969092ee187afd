using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using FactBase.Cli.Init;

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase init [DIR]</c>: sets up a content repository: <c>.factbase.yaml</c>, a <c>facts/</c> folder with a
/// vocabulary stub and the fact-file schema, and a GitHub Actions workflow. It never overwrites a file: one that
/// exists is left as it is and named.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The repository's folder (default: the current one).", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Set up a content repository: .factbase.yaml, facts/ (vocabulary stub, schema) and a CI workflow. Never overwrites a file.") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder) ?? ".", Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string folder, TextWriter output, TextWriter error)
    {
        var manifest = File.Exists(Path.Combine(folder, ".config", "dotnet-tools.json"));
        var files = new List<(string Path, Func<string> Text, string What)>
        {
            (".factbase.yaml", () => InitTemplates.Config, "settings: fact folders, which articles to check"),
            ("facts/vocabulary.yaml", () => InitTemplates.Vocabulary(InitTemplates.StandardProperties()), "your vocabulary; the standard one is built in"),
            ("facts/factbase.schema.json", InitTemplates.Schema, "the schema editors use for fact files"),
            (".github/workflows/factbase.yml", () => InitTemplates.Workflow(manifest), manifest ? "CI: lint and check with the tool of .config/dotnet-tools.json" : "CI: install the tool, lint and check"),
        };

        var failed = false;
        var wrote = 0;
        foreach (var (relative, text, what) in files)
        {
            var path = Path.Combine(folder, relative);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // CreateNew: a file that exists (even one made a moment ago) is never overwritten.
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
                {
                    writer.Write(text().ReplaceLineEndings("\n"));
                }

                output.WriteLine($"wrote   {path}  ({what})");
                wrote++;
            }
            catch (IOException) when (File.Exists(path))
            {
                output.WriteLine($"kept    {path}  (it exists; not overwritten)");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: error: cannot write: {Loading.FileSearch.Describe(ex)}");
                failed = true;
            }
        }

        if (wrote > 0)
        {
            output.WriteLine();
            output.WriteLine("Next: add your facts under facts/ (see facts/vocabulary.yaml), then run 'factbase lint facts' and 'factbase check'.");
        }

        return failed ? ExitCodes.Error : ExitCodes.Success;
    }
}
