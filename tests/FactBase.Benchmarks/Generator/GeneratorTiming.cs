using Microsoft.CodeAnalysis;

namespace FactBase.Benchmarks.Generator;

/// <summary>
/// The time of one generator run: as the driver measures it (<c>GetTimingInfo()</c>: the FactBase generator's own
/// time, and the driver's total), and around the call (wall and this thread's CPU time, see <see cref="ThreadClock"/>).
/// </summary>
internal readonly record struct GeneratorTiming(TimeSpan Generator, TimeSpan Driver, TimeSpan Wall, TimeSpan Cpu, long Allocated = 0, int Gen2Collections = 0)
{
    /// <summary>Runs <paramref name="driver"/> over <paramref name="compilation"/> and times it.</summary>
    public static GeneratorTiming Run(ref GeneratorDriver driver, Compilation compilation)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var gen2 = GC.CollectionCount(2);
        var cpu = ThreadClock.Now();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        wall.Stop();
        var cpuSeconds = ThreadClock.Now() - cpu;
        var timing = driver.GetTimingInfo();
        return new GeneratorTiming(timing.GeneratorTimes.Single().ElapsedTime, timing.ElapsedTime, wall.Elapsed, TimeSpan.FromSeconds(cpuSeconds), GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(2) - gen2);
    }

    /// <summary>The faster of two timings (by the generator's own time), for best-of-N.</summary>
    public static GeneratorTiming Best(GeneratorTiming? a, GeneratorTiming b) => a is { } x && x.Generator <= b.Generator ? x : b;

    public override string ToString()
        => $"generator {Generator.TotalMilliseconds:F1} ms, driver {Driver.TotalMilliseconds:F1} ms, wall {Wall.TotalMilliseconds:F1} ms, CPU {Cpu.TotalMilliseconds:F1} ms, allocated {Allocated / 1048576.0:F0} MB, gen2 GCs {Gen2Collections}";
}
