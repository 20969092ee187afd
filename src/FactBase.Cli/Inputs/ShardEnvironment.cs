using System;
using System.Globalization;

namespace FactBase.Cli.Inputs;

/// <summary>
/// <c>--shard auto</c>: the part comes from the environment of the engine that started the process, so one command
/// line serves every worker.
/// </summary>
/// <remarks>
/// The part is <c>JOB_COMPLETION_INDEX</c> + 1: a Kubernetes Indexed Job sets it, 0-based, in each pod (and a
/// GitHub Actions matrix can set it from <c>strategy.job-index</c>). The count is <c>--shard-count N</c>, else
/// <c>FACTBASE_SHARD_COUNT</c>: Kubernetes does not put a Job's <c>completions</c> in the pod's environment.
/// </remarks>
internal static class ShardEnvironment
{
    /// <summary>The variable with the 0-based index of this worker.</summary>
    public const string IndexVariable = "JOB_COMPLETION_INDEX";

    /// <summary>The variable with the number of workers, when <c>--shard-count</c> is not given.</summary>
    public const string CountVariable = "FACTBASE_SHARD_COUNT";

    /// <summary>Reads <c>--shard</c> (<c>K/N</c> or <c>auto</c>) and <c>--shard-count</c>.</summary>
    /// <param name="shard">The <c>--shard</c> value, or <see langword="null"/>.</param>
    /// <param name="count">The <c>--shard-count</c> value, or <see langword="null"/>.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <returns>The shard (<see langword="null"/> when not sharding), or an error for people.</returns>
    public static (Shard? Shard, string? Error) Resolve(string? shard, string? count, Func<string, string?> environment)
    {
        if (shard is null)
        {
            return (null, count is null ? null : "--shard-count goes with --shard auto");
        }

        if (!string.Equals(shard, "auto", StringComparison.OrdinalIgnoreCase))
        {
            if (count is not null)
            {
                return (null, $"--shard-count goes with --shard auto; --shard '{shard}' gives its own count");
            }

            return Shard.TryParse(shard, out var explicitShard)
                ? (explicitShard, null)
                : (null, $"--shard '{shard}' must be K/N with 1 <= K <= N, e.g. 2/4, or auto");
        }

        var indexText = environment(IndexVariable);
        if (string.IsNullOrWhiteSpace(indexText))
        {
            return (null, $"--shard auto: {IndexVariable} is not set; a Kubernetes Indexed Job sets it in each pod (elsewhere set it, 0-based, or use --shard K/N)");
        }

        if (!int.TryParse(indexText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return (null, $"--shard auto: {IndexVariable}='{indexText}' is not a whole number from 0");
        }

        var countText = count ?? environment(CountVariable);
        var countSource = count is not null ? "--shard-count" : CountVariable;
        if (string.IsNullOrWhiteSpace(countText))
        {
            return (null, $"--shard auto: how many parts? Give --shard-count N (the Job's completions) or set {CountVariable}");
        }

        if (!int.TryParse(countText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return (null, $"--shard auto: {countSource} '{countText}' is not a whole number from 1");
        }

        if (index >= n)
        {
            return (null, $"--shard auto: {IndexVariable}={index} is not below the count {n} ({countSource}); indexes run from 0 to {n - 1}");
        }

        return (new Shard(index + 1, n), null);
    }
}
