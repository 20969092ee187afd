using System;
using System.CommandLine;
using FactBase.Cli.Mcp;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase mcp</c>: serves check, explain and lint to AI agents over the Model Context Protocol (stdio).</summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var facts = new Option<string[]>("--facts") { Description = "A folder of YAML fact files to add to the built-in knowledge base (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var noBuiltIn = new Option<bool>("--no-builtin-facts") { Description = "Use only the facts given with --facts (or the config's facts); the standard vocabulary stays." };
        var noVocabulary = new Option<bool>("--no-builtin-vocabulary") { Description = "Leave out the standard vocabulary." };
        var config = new Option<string?>("--config") { Description = "The config file (default: the nearest .factbase.yaml from the working directory up)." };
        var noConfig = new Option<bool>("--no-config") { Description = "Ignore .factbase.yaml." };
        var command = new Command("mcp", "Serve check, explain and lint to AI agents over the Model Context Protocol on stdin/stdout.") { facts, noBuiltIn, noVocabulary, config, noConfig };
        command.SetAction((parse, cancellationToken) => McpServerRunner.RunAsync(
            new McpSettings(parse.GetValue(facts) ?? Array.Empty<string>(), parse.GetValue(noBuiltIn), parse.GetValue(noVocabulary), parse.GetValue(config), parse.GetValue(noConfig)),
            Console.Error,
            cancellationToken));
        return command;
    }
}
