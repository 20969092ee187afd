using System.Diagnostics;

namespace FactBase.Cli.Tests;

/// <summary>A temporary git repository with commits, for <c>--changed-since</c> and the GitHub Action's script.</summary>
internal sealed class GitRepo : IDisposable
{
    private readonly TempDir _dir = new();

    public GitRepo()
    {
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Path => _dir.Path;

    public string Write(string relativePath, string text) => _dir.Write(relativePath, text);

    /// <summary>Stages everything and commits; returns the commit id.</summary>
    public string Commit(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--no-gpg-sign", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Runs git in the repository with a fixed identity and no user or system config.</summary>
    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path };
        foreach (var arg in new[] { "-c", "user.name=FactBase Tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var result = Cli.Execute(start, null, Environment(), TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)}: {result}");
        return result.Stdout;
    }

    /// <summary>The environment git runs in here: no global or system config, so a developer's settings cannot leak in.</summary>
    public static Dictionary<string, string?> Environment() => new()
    {
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null",
        ["GIT_AUTHOR_DATE"] = "2025-03-07T12:00:00Z",
        ["GIT_COMMITTER_DATE"] = "2025-03-07T12:00:00Z",
    };

    public void Dispose() => _dir.Dispose();
}
