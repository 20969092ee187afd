using System;
using System.CommandLine;
using System.IO;
using FactBase.Loading;
using FactBase.Snapshots;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase compile -o FILE [--facts DIR]...</c>: builds the knowledge base once and writes it as a snapshot for <c>check --kb</c>.</summary>
internal static class CompileCommand
{
    public static Command Create()
    {
        var facts = new Option<string[]>("--facts") { Description = "A folder of YAML fact files to add to the built-in knowledge base (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var noBuiltIn = new Option<bool>("--no-builtin-facts") { Description = "Leave out the built-in entities (the standard vocabulary stays)." };
        var noVocabulary = new Option<bool>("--no-builtin-vocabulary") { Description = "Leave out the standard vocabulary too." };
        var output = new Option<string>("--output", "-o") { Description = "The compiled knowledge base to write (FILE.fbkb).", Required = true };
        var command = new Command("compile", "Compile fact files into one binary knowledge base that 'check --kb FILE' loads without parsing YAML.")
        {
            facts, noBuiltIn, noVocabulary, output,
        };
        command.SetAction(parse => Run(parse.GetValue(facts) ?? Array.Empty<string>(), !parse.GetValue(noBuiltIn), !parse.GetValue(noVocabulary), parse.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string[] factFolders, bool builtIn, bool vocabulary, string output, TextWriter stdout, TextWriter error)
    {
        if (KnowledgeBaseLoader.Build(factFolders, builtIn, vocabulary, error, cache: null) is not { } result)
        {
            return ExitCodes.Error;
        }

        try
        {
            KnowledgeBaseSnapshot.Write(output, result, KnowledgeBaseLoader.Identity, new byte[32]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{output}: error: cannot write the compiled knowledge base: {FileSearch.Describe(ex)}");
            return ExitCodes.Error;
        }

        stdout.WriteLine($"{output}: {result.Entities.Count} entities, {result.Properties.Count} properties, {new FileInfo(output).Length / 1024} KB");
        return ExitCodes.Success;
    }
}
