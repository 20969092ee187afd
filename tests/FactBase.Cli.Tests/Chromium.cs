using System.Diagnostics;

namespace FactBase.Cli.Tests;

/// <summary>Headless Chromium (Debian's <c>chromium</c> package, which <c>.ci/run</c> installs), to render the HTML report.</summary>
internal static class Chromium
{
    /// <summary>The browser: <c>FACTBASE_CHROMIUM</c>, else the first of the usual names on the PATH.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Renders a page and returns the DOM after its scripts ran (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string url)
    {
        var result = Run("--dump-dom", url);
        Assert.True(result.ExitCode == 0 && result.Stdout.Contains("</html>", StringComparison.Ordinal), $"chromium --dump-dom {url}: {result}");
        return result.Stdout;
    }

    /// <summary>Renders a page into a PNG of the given size.</summary>
    public static void Screenshot(string url, string png, int width, int height)
    {
        var result = Run($"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", url);
        Assert.True(result.ExitCode == 0 && File.Exists(png), $"chromium --screenshot {url}: {result}");
    }

    /// <summary>Runs the browser headless, in a throw-away profile, with every background request turned off.</summary>
    private static CliResult Run(params string[] args)
    {
        Assert.True(Executable is not null, BrowserFactAttribute.Missing);
        using var profile = new TempDir();
        var start = new ProcessStartInfo(Executable!) { WorkingDirectory = profile.Path };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
                     $"--user-data-dir={profile.Path}",
                 }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        return Cli.Execute(start, null, new Dictionary<string, string?> { ["HOME"] = profile.Path }, TimeSpan.FromSeconds(90));
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("FACTBASE_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A test that needs <see cref="Chromium"/>: skipped, saying why, on a machine without it, but never in CI
/// (<c>CI=true</c>), where <c>.ci/run</c> installs it and a missing browser must fail the run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    internal const string Missing = "needs headless Chromium: 'apt-get install chromium' (Debian), or FACTBASE_CHROMIUM=/path/to/chrome; .ci/run installs it";

    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = Missing;
        }
    }
}
