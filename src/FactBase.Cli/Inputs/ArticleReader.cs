using System;
using System.IO;
using System.Text;

namespace FactBase.Cli.Inputs;

/// <summary>Reads one article for <c>factbase check</c>: bounded in size, decoded without loss of position, never throwing.</summary>
/// <remarks>
/// Encoding: a UTF-8, UTF-16 or UTF-32 byte-order mark is honoured; otherwise the bytes must be UTF-8.
/// Invalid UTF-8 is decoded with U+FFFD replacement characters and reported as a warning, so the
/// rest of the article is still checked (<c>--fix</c> leaves such a file alone: it does not round-trip).
/// A file holding NUL characters is binary and is skipped.
/// </remarks>
internal static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/> ("-" for standard input).</summary>
    /// <param name="path">The path as given or found.</param>
    /// <param name="maxBytes">The largest article read (<c>--max-file-size</c>).</param>
    /// <param name="foundInFolder">Whether the path was found by searching a folder or expanding a glob rather than named by the user.</param>
    /// <param name="keepBytes">Whether to keep the bytes in the <see cref="SourceFile"/> (for <c>--fix</c>).</param>
    /// <returns>The article (or <see langword="null"/> when the file is skipped), an error that skips it, and a warning that does not.</returns>
    public static (SourceFile? Source, string? Error, string? Warning) Read(string path, long maxBytes, bool foundInFolder, bool keepBytes)
    {
        byte[]? bytes;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                bytes = ReadBounded(stdin, maxBytes, 0);
                keepBytes = false; // stdin is checked, never fixed
            }
            else
            {
                var info = new FileInfo(path);
                if (foundInFolder && info.Exists && info.Length == 0)
                {
                    // Empty, or not a regular file (a named pipe would block the whole run on open): nothing to check.
                    return (SourceFile.FromBytes(Array.Empty<byte>(), keepBytes), null, null);
                }

                if (info.Exists && info.Length > maxBytes)
                {
                    return (null, TooLarge(maxBytes), null);
                }

                // Unbuffered (bufferSize 1): the bytes go straight into the array sized from the file's length.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
                bytes = ReadBounded(stream, maxBytes, info.Exists ? info.Length : 0);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return (null, $"cannot read: {Loading.FileSearch.Describe(ex)}", null);
        }

        if (bytes is null)
        {
            return (null, TooLarge(maxBytes), null);
        }

        var (source, warning) = Decode(bytes, keepBytes);
        if (source.Text.IndexOf('\0') >= 0)
        {
            return (null, "binary file skipped (it contains NUL characters)", null);
        }

        return (source, null, warning);
    }

    /// <summary>Decodes article bytes: BOM first, else strict UTF-8, else UTF-8 with replacement characters and a warning.</summary>
    internal static (string Text, string? Warning) Decode(byte[] bytes)
    {
        var (source, warning) = Decode(bytes, keepBytes: false);
        return (source.Text, warning);
    }

    private static (SourceFile Source, string? Warning) Decode(byte[] bytes, bool keepBytes)
    {
        var source = SourceFile.FromBytes(bytes, keepBytes);
        if (source.PreambleLength > 0)
        {
            return (source, null);
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return (source, null);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
            return (source, $"invalid UTF-8{at}; invalid bytes were read as U+FFFD (\uFFFD). Save the file as UTF-8 for exact columns.");
        }
    }

    /// <summary>Reads a stream to its end, or returns <see langword="null"/> as soon as it passes <paramref name="maxBytes"/> (so /dev/zero cannot fill memory).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="maxBytes">The limit.</param>
    /// <param name="expectedLength">The file's length when known (0 if not): read into an array of exactly that size.</param>
    /// <remarks>
    /// Allocation rule (docs/performance.md): a file of known length is read into one array of exactly that size, with no
    /// chunk buffer or growing stream per file; only a stream of unknown length (stdin, a pipe) or a file that grew since
    /// its length was read takes the chunked path.
    /// </remarks>
    internal static byte[]? ReadBounded(Stream stream, long maxBytes, long expectedLength)
    {
        if (expectedLength > 0 && expectedLength <= maxBytes && expectedLength <= Array.MaxLength)
        {
            var exact = new byte[expectedLength];
            var total = 0;
            int read;
            while (total < exact.Length && (read = stream.Read(exact, total, exact.Length - total)) > 0)
            {
                total += read;
            }

            if (total < exact.Length)
            {
                return exact.AsSpan(0, total).ToArray(); // it shrank while being read
            }

            var next = stream.ReadByte();
            if (next < 0)
            {
                return exact;
            }

            // It grew while being read: go on in chunks from here, still bounded.
            using var rest = new MemoryStream();
            rest.Write(exact, 0, exact.Length);
            rest.WriteByte((byte)next);
            return ReadChunks(stream, maxBytes, rest);
        }

        using var buffer = new MemoryStream();
        return ReadChunks(stream, maxBytes, buffer);
    }

    private static byte[]? ReadChunks(Stream stream, long maxBytes, MemoryStream buffer)
    {
        if (buffer.Length > maxBytes)
        {
            return null;
        }

        var chunk = new byte[16384];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string TooLarge(long maxBytes)
        => $"file skipped: larger than the limit of {maxBytes} bytes (raise it with --max-file-size; see docs/limits.md)";

    /// <summary>Parses a size such as <c>67108864</c>, <c>64M</c>, <c>64MB</c>, <c>512k</c> or <c>1G</c> (binary multiples).</summary>
    internal static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        var s = text.Trim().ToUpperInvariant();
        if (s.EndsWith("IB", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 2);
        }
        else if (s.EndsWith("B", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 1);
        }

        long multiplier = 1;
        if (s.Length > 0 && s[s.Length - 1] is 'K' or 'M' or 'G')
        {
            multiplier = s[s.Length - 1] switch { 'K' => 1024L, 'M' => 1024L * 1024, _ => 1024L * 1024 * 1024 };
            s = s.Substring(0, s.Length - 1);
        }

        if (!long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number <= 0 || number > long.MaxValue / multiplier)
        {
            return false;
        }

        bytes = number * multiplier;
        return true;
    }
}
