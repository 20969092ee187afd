using System.Diagnostics;

namespace FactBase.Robustness.Support;

/// <summary>Runs code with a deadline, so a hang fails one test instead of stalling the run.</summary>
internal static class Bounded
{
    /// <summary>Runs <paramref name="action"/>; fails if it takes longer than <paramref name="limit"/>.</summary>
    /// <returns>How long it took.</returns>
    public static TimeSpan Run(TimeSpan limit, Action action, string what)
    {
        var watch = Stopwatch.StartNew();
        var task = Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(limit))
        {
            // The thread cannot be stopped; the test fails now and the runner ends the process when done.
            Assert.Fail($"{what}: still running after {limit.TotalSeconds:F0} s (a hang or a super-linear algorithm)");
        }

        task.GetAwaiter().GetResult();
        return watch.Elapsed;
    }

    /// <summary>Runs <paramref name="func"/> with a deadline and returns its result.</summary>
    public static T Get<T>(TimeSpan limit, Func<T> func, string what)
    {
        T result = default!;
        Run(limit, () => { result = func(); }, what);
        return result;
    }
}
