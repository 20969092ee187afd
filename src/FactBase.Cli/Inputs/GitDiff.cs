using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace FactBase.Cli.Inputs;

/// <summary>Runs git as a process, with arguments (never a shell string), for <c>--changed-since</c>.</summary>
internal static class GitDiff
{
    /// <summary>The diff from <paramref name="revision"/> to the working tree, with no context lines.</summary>
    /// <remarks>
    /// Every setting that changes the diff's shape is given on the command line, so a user's git config
    /// (<c>diff.noprefix</c>, <c>diff.mnemonicPrefix</c>, <c>diff.relative</c>, <c>diff.external</c>, colour, quoted
    /// paths) cannot change what is parsed.
    /// </remarks>
    /// <returns>The diff, the working folder's path inside the repository (<c>content/</c>, or empty at the root),
    /// and the repository's root; or an error for people.</returns>
    public static (string? Diff, string Prefix, string Root, string? Error) Since(string revision)
    {
        var (root, rootError) = Run("git rev-parse --show-toplevel", "rev-parse", "--show-toplevel");
        if (root is null)
        {
            return (null, string.Empty, string.Empty, rootError);
        }

        var (prefix, prefixError) = Run("git rev-parse --show-prefix", "rev-parse", "--show-prefix");
        if (prefix is null)
        {
            return (null, string.Empty, string.Empty, prefixError);
        }

        var (diff, diffError) = Run(
            $"git diff {revision}",
            "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative",
            "--src-prefix=a/", "--dst-prefix=b/", "--unified=0", "--find-renames", revision, "--");
        return (diff, prefix.Trim(), root.Trim(), diffError);
    }

    private static (string? Output, string? Error) Run(string label, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = stderr.Result.Trim().ReplaceLineEndings(" ");
                return (null, $"{label} failed (exit {process.ExitCode}): {(message.Length > 0 ? message : "no message")}");
            }

            return (stdout, null);
        }
        catch (Win32Exception ex)
        {
            return (null, $"cannot run git ({ex.Message}); is git installed and on the PATH? Without history, pass a unified diff with --diff FILE");
        }
    }
}
