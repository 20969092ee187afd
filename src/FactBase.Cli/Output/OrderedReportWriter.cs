using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Cli.Formatters;

namespace FactBase.Cli.Output;

/// <summary>
/// Writes a streaming format's report while files are still being checked: each file's part is rendered by the thread
/// that checked it and written once every earlier file's part is, so the output is byte for byte the order of the inputs.
/// </summary>
/// <remarks>
/// Whichever thread fills the gap at the head of the queue writes the run of parts that follows it, under one lock; there
/// is no writer thread to start or wait for. A part waits in memory only while an earlier file is still being checked.
/// </remarks>
internal sealed class OrderedReportWriter
{
    private readonly IStreamingReportFormatter _formatter;
    private readonly TextWriter _output;
    private readonly string?[] _parts;
    private readonly bool[] _ready;
    private readonly object _gate = new();
    private int _next;
    private bool _started;
    private bool _wroteAny;
    private Exception? _failure;

    public OrderedReportWriter(IStreamingReportFormatter formatter, int count, TextWriter output)
    {
        _formatter = formatter;
        _output = output;
        _parts = new string?[count];
        _ready = new bool[count];
    }

    /// <summary>The first write that failed (the rest of the report is then dropped), or <see langword="null"/>.</summary>
    public Exception? Failure => _failure;

    /// <summary>Adds the report of file <paramref name="index"/> (<see langword="null"/>: the file was skipped) and writes what is in order.</summary>
    public void Add(int index, FileReport? report)
    {
        var part = report is null ? null : _formatter.RenderFile(report);
        lock (_gate)
        {
            _parts[index] = part;
            _ready[index] = true;
            while (_next < _parts.Length && _ready[_next])
            {
                if (_parts[_next] is { Length: > 0 } text && _failure is null)
                {
                    try
                    {
                        Start();
                        _formatter.WritePart(text, first: !_wroteAny, _output);
                        _wroteAny = true;
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        _failure = ex;
                    }
                }

                _parts[_next] = null;
                _next++;
            }
        }
    }

    /// <summary>Writes the summary after every file's part.</summary>
    /// <returns><see langword="false"/> when the report could not be written.</returns>
    public bool Finish(IReadOnlyList<FileReport> reports)
    {
        if (_next != _parts.Length)
        {
            throw new InvalidOperationException($"{_parts.Length - _next} file(s) were never added to the report");
        }

        if (_failure is null)
        {
            try
            {
                Start();
                _formatter.WriteSummary(reports, _output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _failure = ex;
            }
        }

        return _failure is null;
    }

    // The format's opening, once, before its first part or its summary.
    private void Start()
    {
        if (!_started)
        {
            _started = true;
            _formatter.WriteHeader(_output);
        }
    }
}
