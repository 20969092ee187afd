using System;
using System.IO;
using System.Text;

namespace FactBase.Cli;

/// <summary>Reads one article for <c>factbase check</c>: bounded in size, decoded without loss of position, never throwing.</summary>
/// <remarks>
/// Encoding: a UTF-8, UTF-16 or UTF-32 byte-order mark is honoured; otherwise the bytes must be UTF-8.
/// Invalid UTF-8 is decoded with U+FFFD replacement characters and reported as a warning, so the
/// rest of the article is still checked. A file holding NUL characters is binary and is skipped.
/// </remarks>
internal static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads <paramref name="path"/> ("-" for standard input).</summary>
    /// <param name="path">The path as given or found.</param>
    /// <param name="maxBytes">The largest article read (<c>--max-file-size</c>).</param>
    /// <param name="foundInFolder">Whether the path was found by searching a folder rather than named by the user.</param>
    /// <returns>The text (or <see langword="null"/> when the file is skipped), an error that skips it, and a warning that does not.</returns>
    public static (string? Text, string? Error, string? Warning) Read(string path, long maxBytes, bool foundInFolder)
    {
        byte[]? bytes;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                bytes = ReadBounded(stdin, maxBytes);
            }
            else
            {
                var info = new FileInfo(path);
                if (foundInFolder && info.Exists && info.Length == 0)
                {
                    // Empty, or not a regular file (a named pipe would block the whole run on open): nothing to check.
                    return (string.Empty, null, null);
                }

                if (info.Exists && info.Length > maxBytes)
                {
                    return (null, TooLarge(maxBytes), null);
                }

                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                bytes = ReadBounded(stream, maxBytes);
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

        var (text, warning) = Decode(bytes);
        if (text.IndexOf('\0') >= 0)
        {
            return (null, "binary file skipped (it contains NUL characters)", null);
        }

        return (text, null, warning);
    }

    /// <summary>Decodes article bytes: BOM first, else strict UTF-8, else UTF-8 with replacement characters and a warning.</summary>
    internal static (string Text, string? Warning) Decode(byte[] bytes)
    {
        if (HasUnicodeBom(bytes))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), LenientUtf8, detectEncodingFromByteOrderMarks: true);
            return (reader.ReadToEnd(), null);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
            return (LenientUtf8.GetString(bytes), $"invalid UTF-8{at}; invalid bytes were read as U+FFFD (\uFFFD). Save the file as UTF-8 for exact columns.");
        }
    }

    private static bool HasUnicodeBom(byte[] b)
        => (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
           || (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
           || (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF);

    /// <summary>Reads a stream to its end, or returns <see langword="null"/> as soon as it passes <paramref name="maxBytes"/> (so /dev/zero cannot fill memory).</summary>
    private static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
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
