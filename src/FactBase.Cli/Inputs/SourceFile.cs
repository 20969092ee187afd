using System;
using System.IO;
using System.Text;

namespace FactBase.Cli.Inputs;

/// <summary>An article as read from disk or stdin: its text, and how it was encoded (for <c>--fix</c>).</summary>
internal sealed class SourceFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private SourceFile(string text, Encoding encoding, int preambleLength, byte[]? bytes)
    {
        Text = text;
        Encoding = encoding;
        PreambleLength = preambleLength;
        Bytes = bytes;
    }

    /// <summary>The decoded text, without a byte order mark.</summary>
    public string Text { get; }

    /// <summary>The encoding detected from the byte order mark (UTF-8 when there is none).</summary>
    public Encoding Encoding { get; }

    /// <summary>The length in bytes of the byte order mark, 0 when there is none.</summary>
    public int PreambleLength { get; }

    /// <summary>The bytes as read; kept only when the file may be fixed.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Reads a file; UTF-8 unless a byte order mark says UTF-16 or UTF-32 (check reads through <see cref="ArticleReader"/>, which bounds the size).</summary>
    /// <param name="path">The file.</param>
    /// <param name="keepBytes">Whether to keep the bytes (for fixing).</param>
    /// <returns>The file.</returns>
    public static SourceFile Read(string path, bool keepBytes) => FromBytes(File.ReadAllBytes(path), keepBytes);

    /// <summary>Decodes bytes as <see cref="Read"/> does.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="keepBytes">Whether to keep them.</param>
    /// <returns>The file.</returns>
    public static SourceFile FromBytes(byte[] bytes, bool keepBytes)
    {
        var (encoding, preamble) = Detect(bytes);
        var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
        return new SourceFile(text, encoding, preamble, keepBytes ? bytes : null);
    }

    private static (Encoding Encoding, int PreambleLength) Detect(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 3);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2);
        }

        return (Utf8, 0);
    }

    /// <summary>Whether the text re-encodes to exactly the bytes read (no invalid sequences were replaced).</summary>
    /// <returns><see langword="true"/> when editing the text and encoding it again changes only the edited spans.</returns>
    public bool RoundTrips()
    {
        if (Bytes is null)
        {
            return false;
        }

        var encoded = Encoding.GetBytes(Text);
        return encoded.AsSpan().SequenceEqual(Bytes.AsSpan(PreambleLength));
    }

    /// <summary>The byte offset of a character offset in <see cref="Text"/>, counting the byte order mark.</summary>
    /// <param name="charOffset">An offset into <see cref="Text"/>.</param>
    /// <returns>The offset into <see cref="Bytes"/>.</returns>
    public int ByteOffsetOf(int charOffset) => PreambleLength + Encoding.GetByteCount(Text.AsSpan(0, charOffset));

    /// <summary>The text's name for the encoding, for messages.</summary>
    public string EncodingName => Encoding.WebName + (PreambleLength > 0 ? " with BOM" : string.Empty);
}
