using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FactBase.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), so single-threaded throughput
/// can be measured on a shared, busy machine where wall time also counts other processes' turns.
/// Workstation non-concurrent GC runs on the allocating thread, so its cost is included.
/// Falls back to wall time elsewhere.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    public static bool IsCpuTime => Available;

    /// <summary>Now, in seconds of this thread's CPU time (or wall time when unavailable).</summary>
    public static double Now() => Available && TryRead(out var seconds) ? seconds : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static bool TryRead(out double seconds)
    {
        seconds = 0;
        try
        {
            if (clock_gettime(ClockThreadCpuTime, out var time) != 0)
            {
                return false;
            }

            seconds = time.Seconds + (time.Nanoseconds / 1e9);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
