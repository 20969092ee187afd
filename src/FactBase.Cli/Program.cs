using System;
using System.CommandLine;
using System.CommandLine.Help;
using FactBase.Cli;
using FactBase.Cli.Commands;

// A RootCommand would take its name from the entry assembly (FactBase.Cli); help should say what users type.
var root = new Command("factbase", "factbase: check articles against facts as code.")
{
    CheckCommand.Create(),
    LintCommand.Create(),
    ExplainCommand.Create(),
    ImportCommand.Create(),
    InitCommand.Create(),
    McpCommand.Create(),
};
root.Options.Add(new HelpOption());
root.Options.Add(new VersionOption());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var parseError in parse.Errors)
    {
        Console.Error.WriteLine($"error: {parseError.Message}");
    }

    Console.Error.WriteLine("Run 'factbase --help' for usage.");
    return ExitCodes.Error;
}

try
{
    // System.CommandLine's own handler would print the stack trace and exit 1; ours says what failed and exits 2.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // Never a stack trace for a user: say what failed and exit 2.
    Console.Error.WriteLine($"error: {ex.Message.ReplaceLineEndings(" ").Trim()}");
    return ExitCodes.Error;
}
