using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.Init;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FactBase.Cli.Mcp;

/// <summary>
/// Serves <see cref="FactBaseTools"/> over the Model Context Protocol on standard input and output, with the official
/// SDK's server (<c>ModelContextProtocol.Core</c>): no generic host, so nothing else reads configuration files of the
/// working directory or writes to the console.
/// </summary>
internal static class McpServerRunner
{
    /// <summary>What the server tells a client about itself when it connects.</summary>
    public const string Instructions = "FactBase checks articles against facts as code. Use 'check' on a draft (text or a file) to find claims that disagree with the facts as of the article's date: wrong dates and ages, office holders who no longer hold the office, membership and member counts, misspelled names. Each finding says what the facts say and cites sources. Use 'explain' to see what the facts say about an entity, and 'lint' to validate fact files.";

    /// <summary>Runs until the client closes the connection (end of standard input).</summary>
    /// <param name="settings">The knowledge-base options of every tool call.</param>
    /// <param name="error">Where the server's own messages go (standard error).</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>The exit code: 0 after a normal end.</returns>
    public static async Task<int> RunAsync(McpSettings settings, TextWriter error, CancellationToken cancellationToken)
    {
        // Standard output carries the protocol alone: whatever else writes to Console.Out goes to stderr instead.
        // The transport writes to the process's output stream itself, not through Console.Out.
        Console.SetOut(error);

        var tools = new FactBaseTools(settings);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "factbase", Version = InitTemplates.ToolVersion },
            ServerInstructions = Instructions,
            ToolCollection = new McpServerPrimitiveCollection<McpServerTool>
            {
                McpServerTool.Create(tools.Check, new McpServerToolCreateOptions { Name = "check", Title = "Check an article against the facts", ReadOnly = true, OpenWorld = false }),
                McpServerTool.Create(tools.Explain, new McpServerToolCreateOptions { Name = "explain", Title = "What the facts say about an entity", ReadOnly = true, OpenWorld = false }),
                McpServerTool.Create(tools.Lint, new McpServerToolCreateOptions { Name = "lint", Title = "Validate fact files", ReadOnly = true, OpenWorld = false }),
            },
        };

        error.WriteLine("factbase mcp: serving check, explain and lint over stdio (Model Context Protocol); end of input stops it");
        await using var transport = new StdioServerTransport("factbase");
        await using var server = McpServer.Create(transport, options);
        await server.RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
