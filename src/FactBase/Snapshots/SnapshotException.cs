using System;

namespace FactBase.Snapshots;

/// <summary>A compiled knowledge base that cannot be used: not a snapshot, another format version, stale, truncated or corrupt.</summary>
public sealed class SnapshotException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the file, in words for the person who gave it.</param>
    public SnapshotException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="inner">The error that revealed it.</param>
    public SnapshotException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
