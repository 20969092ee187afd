using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FactBase.Cli.Inputs;

namespace FactBase.Cli.Fixing;

/// <summary>
/// Applies <see cref="FixEdit"/>s to a file: byte for byte the same except the replaced spans (encoding, byte order
/// mark and line endings kept), written atomically, and never over a file that changed since it was read.
/// </summary>
internal static class FileFixer
{
    /// <summary>The new text of a file after the edits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="edits">Non-overlapping edits in text order.</param>
    /// <returns>The edited text.</returns>
    public static string Apply(string text, IReadOnlyList<FixEdit> edits)
    {
        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in edits)
        {
            builder.Append(text, at, edit.Start - at).Append(edit.Replacement);
            at = edit.Start + edit.Length;
        }

        return builder.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>The new bytes of a file: the original bytes with only the edited spans re-encoded.</summary>
    /// <param name="source">The file as read, with its bytes.</param>
    /// <param name="edits">Non-overlapping edits in text order.</param>
    /// <returns>The new bytes.</returns>
    public static byte[] ApplyBytes(SourceFile source, IReadOnlyList<FixEdit> edits)
    {
        var bytes = source.Bytes ?? throw new InvalidOperationException("The file's bytes were not kept.");
        using var output = new MemoryStream(bytes.Length + 64);
        var at = 0;
        foreach (var edit in edits)
        {
            var start = source.ByteOffsetOf(edit.Start);
            var end = source.ByteOffsetOf(edit.Start + edit.Length);
            output.Write(bytes, at, start - at);
            var replacement = source.Encoding.GetBytes(edit.Replacement);
            output.Write(replacement, 0, replacement.Length);
            at = end;
        }

        output.Write(bytes, at, bytes.Length - at);
        return output.ToArray();
    }

    /// <summary>Writes the fixed file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="source">The file as read (its bytes must be kept).</param>
    /// <param name="edits">The edits.</param>
    /// <returns><see langword="null"/> when written, else why not.</returns>
    public static string? Write(string path, SourceFile source, IReadOnlyList<FixEdit> edits)
    {
        if (!source.RoundTrips())
        {
            return $"not fixed: the file is not valid {source.EncodingName}, so rewriting it could change more than the fixes";
        }

        var updated = ApplyBytes(source, edits);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.factbase-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(updated, 0, updated.Length);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            // Last moment check: someone (an editor, another job) may have written the file while we checked it.
            if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(source.Bytes))
            {
                return "not fixed: the file changed since it was read";
            }

            if (OperatingSystem.IsWindows())
            {
                File.Replace(temp, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temp, path, overwrite: true);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"not fixed: {Loading.FileSearch.Describe(ex)}";
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
