using System;
using System.IO;
using System.Linq;
using FactBase.Knowledge;
using FactBase.Snapshots;

namespace FactBase.Cli.Snapshots;

/// <summary>
/// The folder of compiled knowledge bases kept between runs of <c>check --facts</c>: one snapshot per content of the
/// fact files (their <see cref="SnapshotKey"/> is the file name), so an edit gives a new snapshot and a stale one is never
/// read; a damaged or unreadable one is ignored and rebuilt from the YAML.
/// </summary>
/// <remarks>
/// The folder is <c>$FACTBASE_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/factbase</c>, else the user's cache folder
/// (<c>~/.cache/factbase</c>); <c>FACTBASE_CACHE_DIR=off</c> or <c>--no-cache</c> turns it off. It keeps the newest
/// <see cref="Keep"/> snapshots. The cache only saves time: when it cannot be read or written, the run goes on from the YAML.
/// </remarks>
internal sealed class SnapshotCache
{
    /// <summary>How many snapshots the folder keeps: enough for a few fact folders and branches, bounded on disk.</summary>
    public const int Keep = 8;

    private readonly string _folder;

    // What the cache learnt by reading files (the key of fact files, a snapshot's checksum), valid while they are unchanged.
    private readonly StampRecords _stamps;

    private SnapshotCache(string folder)
    {
        _folder = folder;
        _stamps = new StampRecords(Path.Combine(folder, "stamps"));
    }

    /// <summary>The cache of this user, or <see langword="null"/> when it is turned off or there is no home to put it in.</summary>
    public static SnapshotCache? Default()
    {
        var folder = Environment.GetEnvironmentVariable("FACTBASE_CACHE_DIR");
        if (string.Equals(folder, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.IsNullOrEmpty(folder))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg) ? xdg
                : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache")
                : null;
            if (root is null)
            {
                return null;
            }

            folder = Path.Combine(root, "factbase");
        }

        return new SnapshotCache(folder);
    }

    /// <summary>The key of the fact files (<see cref="SnapshotKey.Compute(System.Collections.Generic.IEnumerable{string}, string)"/>):
    /// read from the cache when no file has changed since it was worked out (by their stamps), else from the files' content.</summary>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public byte[] KeyOf(System.Collections.Generic.IEnumerable<string> paths, string settings) => SnapshotKey.Compute(paths, settings, _stamps);

    /// <summary>The snapshot compiled from these facts by this build, or <see langword="null"/> (none, or unusable).</summary>
    public KnowledgeBaseBuildResult? TryRead(byte[] identity, byte[] key)
    {
        var path = PathOf(key);
        try
        {
            return File.Exists(path) ? KnowledgeBaseSnapshot.Read(path, identity, key, _stamps) : null;
        }
        catch (Exception ex) when (ex is SnapshotException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A compiled knowledge base given by its path (<c>--kb</c>), its checksum verified the first time it is read as it is.</summary>
    /// <exception cref="SnapshotException">The file is not a usable snapshot for this build.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public KnowledgeBaseBuildResult ReadCompiled(string path, byte[] identity) => KnowledgeBaseSnapshot.Read(path, identity, key: null, _stamps);

    /// <summary>Keeps a build for the next run; a cache that cannot be written is left alone.</summary>
    public void TryWrite(KnowledgeBaseBuildResult result, byte[] identity, byte[] key)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            KnowledgeBaseSnapshot.Write(PathOf(key), result, identity, key);
            Prune();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only time is lost: the next run builds from the YAML again.
        }
    }

    private string PathOf(byte[] key) => Path.Combine(_folder, Convert.ToHexString(key).ToLowerInvariant() + KnowledgeBaseSnapshot.Extension);

    private void Prune()
    {
        var old = new DirectoryInfo(_folder).GetFiles("*" + KnowledgeBaseSnapshot.Extension)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(Keep);
        foreach (var file in old)
        {
            file.Delete();
        }
    }
}
