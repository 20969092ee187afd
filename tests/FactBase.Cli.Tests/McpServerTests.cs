using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace FactBase.Cli.Tests;

/// <summary>
/// <c>factbase mcp</c> end to end: the built CLI started as a process and driven over stdio by the Model Context
/// Protocol SDK's own client, as an agent would.
/// </summary>
public sealed class McpServerTests
{
    [Fact]
    public async Task A_client_lists_the_three_tools_with_input_schemas_and_gets_the_seed_NATA_finding_from_check()
    {
        await using var client = await Connect(Cli.RepositoryRoot);

        var tools = await client.ListToolsAsync();

        Assert.Equal(new[] { "check", "explain", "lint" }, tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        Assert.Equal(new[] { "asOf", "includeSupported", "path", "text" }, Properties(tools.Single(t => t.Name == "check")));
        Assert.Equal(new[] { "date", "entity" }, Properties(tools.Single(t => t.Name == "explain")));
        Assert.Equal(new[] { "entity" }, tools.Single(t => t.Name == "explain").JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "dir" }, Properties(tools.Single(t => t.Name == "lint")));

        var result = await client.CallToolAsync("check", new Dictionary<string, object?> { ["path"] = "seeds/000_d7d27435de85b353.txt" });

        Assert.NotEqual(true, result.IsError);
        var file = JsonDocument.Parse(Text(result)).RootElement.GetProperty("files").EnumerateArray().Single();
        Assert.Equal(("2025-03-07", "document"), (file.GetProperty("asOf").GetString(), file.GetProperty("asOfSource").GetString()));
        var finding = file.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(
            ("entity-name", "misspelled", "NATA", "NATO", 3, 309),
            (finding.GetProperty("rule").GetString(), finding.GetProperty("verdict").GetString(), finding.GetProperty("text").GetString(),
                finding.GetProperty("expected").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task Check_takes_text_and_an_as_of_date_and_explain_and_lint_answer()
    {
        await using var client = await Connect(Cli.RepositoryRoot);

        var check = await client.CallToolAsync("check", new Dictionary<string, object?> { ["text"] = "NATO Secretary General Jens Stoltenberg spoke.", ["asOf"] = "2025-03-07" });
        var finding = JsonDocument.Parse(Text(check)).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(("role", "outdated", "Mark Rutte"), (finding.GetProperty("rule").GetString(), finding.GetProperty("verdict").GetString(), finding.GetProperty("expected").GetString()));

        var earlier = await client.CallToolAsync("check", new Dictionary<string, object?> { ["text"] = "NATO Secretary General Jens Stoltenberg spoke.", ["asOf"] = "2019-01-01" });
        Assert.Empty(JsonDocument.Parse(Text(earlier)).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray());

        var explain = await client.CallToolAsync("explain", new Dictionary<string, object?> { ["entity"] = "NATO", ["date"] = "2025-03-07" });
        Assert.NotEqual(true, explain.IsError);
        Assert.Contains("* Mark Rutte (mark-rutte)", Text(explain), StringComparison.Ordinal);

        var lint = await client.CallToolAsync("lint", new Dictionary<string, object?> { ["dir"] = "facts" });
        Assert.NotEqual(true, lint.IsError);
        Assert.EndsWith(": 0 errors, 0 warnings", Text(lint).TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_a_tool_error_and_the_server_goes_on()
    {
        using var dir = new TempDir();
        dir.Write("facts/broken.yaml", "id: acme\ntype: company\nname: Acme\n");
        await using var client = await Connect(dir.Path);

        var cases = new (string Tool, Dictionary<string, object?> Arguments, string Message)[]
        {
            ("check", new() { ["path"] = "no-such-article.md" }, "no-such-article.md: error: no such file or folder"),
            ("check", new() { ["text"] = "NATO met.", ["path"] = "x.md" }, "give either 'text'"),
            ("check", new() { ["text"] = "NATO met.", ["asOf"] = "March 2025" }, "asOf 'March 2025' is not a date"),
            ("explain", new() { ["entity"] = "NATA" }, "no entity 'NATA' in the knowledge base; did you mean: nato (NATO)?"),
            ("lint", new() { ["dir"] = "no-such-folder" }, "no-such-folder: error: no such folder"),
        };
        foreach (var (tool, arguments, message) in cases)
        {
            var result = await client.CallToolAsync(tool, arguments);
            Assert.True(result.IsError, $"{tool}: {Text(result)}");
            Assert.Contains(message, Text(result), StringComparison.Ordinal);
        }

        // A broken fact file is lint's result, not a failure of the tool.
        var lint = await client.CallToolAsync("lint", new Dictionary<string, object?>());
        Assert.NotEqual(true, lint.IsError);
        Assert.Contains("broken.yaml(2,7): error FB0004: type 'company' must be one of organization, country, person, other", Text(lint), StringComparison.Ordinal);

        var still = await client.CallToolAsync("check", new Dictionary<string, object?> { ["text"] = "NATO, founded in 1948, met.", ["asOf"] = "2025-03-07" });
        Assert.Contains("NATO was founded on 4 April 1949, not in 1948", Text(still), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_output_carries_the_protocol_alone()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Cli.RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Cli.DllPath);
        start.ArgumentList.Add("mcp");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var requests = new[]
        {
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"lint","arguments":{"dir":"facts"}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"explain","arguments":{"entity":"nato"}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"check","arguments":{"path":"seeds"}}}""",
        };
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
        }

        await process.StandardInput.FlushAsync();
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (lines.Count < 4 && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
        }

        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the server did not stop at the end of its input");
        lines.AddRange((await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(new[] { 1, 2, 3, 4 }, lines.Select(l => JsonDocument.Parse(l).RootElement).Select(r => r.GetProperty("id").GetInt32()).Order());
        Assert.All(lines, l => Assert.Equal("2.0", JsonDocument.Parse(l).RootElement.GetProperty("jsonrpc").GetString()));
        Assert.Contains("factbase mcp: serving", await stderr, StringComparison.Ordinal);
    }

    private static Task<McpClient> Connect(string workingDirectory)
        => McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "factbase",
            Command = "dotnet",
            Arguments = new[] { Cli.DllPath, "mcp" },
            WorkingDirectory = workingDirectory,
        }));

    private static string[] Properties(McpClientTool tool)
        => tool.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
