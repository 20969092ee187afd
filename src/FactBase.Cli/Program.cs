using System;
using System.CommandLine;
using FactBase.Cli;
using FactBase.Cli.Commands;

var root = new RootCommand("factbase: check articles against facts as code.")
{
    CheckCommand.Create(),
    LintCommand.Create(),
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
    // System.CommandLine's own handler would print the stack trace and exit 1; ours says what failed and exits 2.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // Never a stack trace for a user: say what failed and exit 2.
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Error;
}
