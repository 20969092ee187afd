using System;
using System.CommandLine;
using FactBase.Cli;
using FactBase.Cli.Commands;

var root = new RootCommand("factbase: check articles against facts as code.")
{
    CheckCommand.Create(),
    LintCommand.Create(),
    ExplainCommand.Create(),
};

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
    return parse.Invoke();
}
catch (Exception ex)
{
    // Never a stack trace for a user: say what failed and exit 2.
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Error;
}
