using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using FactBase.Loading;

namespace FactBase.Snapshots;

/// <summary>What a snapshot is keyed by: the build of the tool, and the content of the fact files.</summary>
public static class SnapshotKey
{
    /// <summary>The identity of a build: the module version ids of the given assemblies (this library's always), so a
    /// snapshot written by a build with other code or other built-in facts is never read by this one.</summary>
    /// <param name="assemblies">Other assemblies whose code or data shape the knowledge base (the tool with its built-in facts).</param>
    /// <returns>A 32-byte hash.</returns>
    public static byte[] Identity(params Assembly[] assemblies)
    {
        var text = new StringBuilder("factbase-snapshot/").Append(SnapshotHeader.FormatVersion);
        foreach (var assembly in new[] { typeof(SnapshotKey).Assembly }.Concat(assemblies))
        {
            text.Append('/').Append(assembly.ManifestModule.ModuleVersionId.ToString("N"));
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// The key of the fact files under the given paths: every file under each (not only <c>*.yaml</c>, since other files
    /// such as an import folder's manifest change how the facts load), by path, length and content, plus the settings
    /// that change the build. Any edit, added, removed or renamed file gives another key.
    /// </summary>
    /// <param name="paths">The fact folders or files, as given to the loader.</param>
    /// <param name="settings">Everything else the build depends on (built-in facts on or off, the entity limit).</param>
    /// <returns>A 32-byte hash.</returns>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static byte[] Compute(IEnumerable<string> paths, string settings) => Compute(paths, settings, records: null);

    /// <summary>The key of <see cref="Compute(IEnumerable{string}, string)"/>, read from <paramref name="records"/> when
    /// it holds the key of these files with these stamps (no file read), else worked out from the content and recorded.</summary>
    /// <param name="paths">The fact folders or files.</param>
    /// <param name="settings">Everything else the build depends on.</param>
    /// <param name="records">Where keys are recorded, or <see langword="null"/>.</param>
    /// <param name="now">The time now (tests move it on, so that files just written count as settled).</param>
    internal static byte[] Compute(IEnumerable<string> paths, string settings, StampRecords? records, DateTime? now = null)
    {
        var time = now ?? DateTime.UtcNow;
        var roots = new List<(string Root, List<string> Files, List<string> Errors)>();
        foreach (var root in paths)
        {
            var errors = new List<string>();
            var files = File.Exists(root) ? new List<string> { root }
                : Directory.Exists(root) ? FileSearch.Files(root, _ => true, errors)
                : new List<string>();
            roots.Add((root, files, errors));
        }

        var question = records is null ? null : StampQuestion(roots, settings, time);
        if (question is not null && records!.Find(question) is { Length: SnapshotHeader.HashSize } known)
        {
            return known;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, settings);
        var buffer = new byte[1 << 16];
        foreach (var (root, files, errors) in roots)
        {
            Add(hash, "root:" + root);
            foreach (var error in errors)
            {
                Add(hash, "error:" + error);
            }

            foreach (var file in files)
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                Add(hash, "file:" + file + ":" + stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }
        }

        var key = hash.GetHashAndReset();
        if (question is not null)
        {
            records!.Add(question, key);
        }

        return key;
    }

    // The question whose answer is the key: the settings, the roots, the files found and every file's stamp, taken after
    // the listing and before the content is read, so a file written after it has another stamp. Null when a file has no
    // stamp or one too recent to trust.
    private static string? StampQuestion(List<(string Root, List<string> Files, List<string> Errors)> roots, string settings, DateTime now)
    {
        var question = new StringBuilder("key/").Append(settings.Length).Append(':').Append(settings);
        foreach (var (root, files, errors) in roots)
        {
            question.Append("\nroot:").Append(Path.GetFullPath(root)).Append('/').Append(root.Length).Append(':').Append(root);
            foreach (var error in errors)
            {
                question.Append("\nerror:").Append(error);
            }

            foreach (var file in files)
            {
                if (FileStamp.Of(file) is not { } stamp || !stamp.IsSettled(now))
                {
                    return null;
                }

                question.Append("\nfile:").Append(file.Length).Append(':').Append(file).Append(':').Append(stamp);
            }
        }

        return question.ToString();
    }

    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
