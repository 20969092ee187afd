using System;
using System.IO;
using System.Threading;

namespace FactBase.Cli.Output;

/// <summary>
/// "checked 120/5000 files" on stderr while many files are checked, only when stderr is a terminal
/// (never in redirected output or CI logs). Thread-safe: files are checked in parallel.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    /// <summary>Fewer files than this finish too fast to need progress.</summary>
    public const int MinimumFiles = 20;

    private readonly TextWriter? _error;
    private readonly int _total;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _done;
    private bool _shown;
    private bool _disposed;

    private ProgressReporter(TextWriter? error, int total)
    {
        _error = error;
        _total = total;
        if (error is not null)
        {
            // The first update waits a little so quick runs print nothing at all.
            _timer = new Timer(_ => Show(), null, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(150));
        }
    }

    /// <summary>A reporter that shows progress when it is worth it and stderr is a terminal.</summary>
    public static ProgressReporter Create(int total, TextWriter error)
    {
        var terminal = !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("TERM") != "dumb"
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new ProgressReporter(terminal && total >= MinimumFiles ? error : null, total);
    }

    /// <summary>Counts one file as done.</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    /// <summary>Clears the progress line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_shown)
            {
                _error!.Write("\r\u001b[K");
                _error.Flush();
            }

            _shown = false;
            _disposed = true;
        }
    }

    private void Show()
    {
        lock (_gate)
        {
            if (_error is null || _disposed)
            {
                return;
            }

            _error.Write($"\r\u001b[Kfactbase: checked {Volatile.Read(ref _done)}/{_total} files");
            _error.Flush();
            _shown = true;
        }
    }
}
