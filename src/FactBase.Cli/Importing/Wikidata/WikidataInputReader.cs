using System;
using System.Buffers;
using System.IO;
using System.IO.Compression;
using System.Text.Json;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// Reads the entities of one input file in any of Wikidata's canonical JSON shapes: a <c>Special:EntityData</c> file
/// or a <c>wbgetentities</c> response (<c>{"entities": {"Q42": {...}}}</c>), a single entity object, or the full dump
/// (a JSON array with one entity per line), each plain or gzip-compressed.
/// </summary>
/// <remarks>
/// The dump is streamed: one buffer holds the line being read, so memory stays flat however large the file. Other
/// shapes are read whole, up to <see cref="MaxDocumentBytes"/>.
/// </remarks>
internal static class WikidataInputReader
{
    /// <summary>The largest non-dump file read: 512 MiB; larger inputs should use the one-entity-per-line dump format.</summary>
    public const long MaxDocumentBytes = 512L * 1024 * 1024;

    /// <summary>The longest line of a dump: 256 MiB (the largest Wikidata entities are a few MB).</summary>
    public const int MaxLineBytes = 256 * 1024 * 1024;

    /// <summary>Reads every entity of <paramref name="path"/>, in file order.</summary>
    /// <param name="path">The input file.</param>
    /// <param name="parser">Reads one entity.</param>
    /// <param name="onEntity">Called with each entity.</param>
    /// <exception cref="WikidataImportException">The file cannot be read or is not Wikidata JSON.</exception>
    public static void Read(string path, WikidataEntityParser parser, Action<WikidataEntity> onEntity)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var magic = new byte[3];
            var count = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            file.Position = 0;
            if (count >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
            {
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                ReadStream(path, gzip, parser, onEntity);
            }
            else if (count == 3 && magic[0] == (byte)'B' && magic[1] == (byte)'Z' && magic[2] == (byte)'h')
            {
                throw WikidataImportException.At(path, 0, "bzip2 is not supported; use the .json.gz dump (or decompress the file)");
            }
            else
            {
                ReadStream(path, file, parser, onEntity);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw WikidataImportException.At(path, 0, $"cannot read the file: {ex.Message}");
        }
    }

    private static void ReadStream(string path, Stream stream, WikidataEntityParser parser, Action<WikidataEntity> onEntity)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 22);
        try
        {
            var filled = Fill(stream, buffer, 0);
            var start = 0;
            while (start < filled && IsSpace(buffer[start]))
            {
                start++;
            }

            if (start == filled)
            {
                throw WikidataImportException.At(path, 0, "the file is empty");
            }

            // The dump: "[" alone on the first line, then one entity per line.
            var firstLineEnd = Array.IndexOf(buffer, (byte)'\n', start, filled - start);
            if (buffer[start] == (byte)'[' && firstLineEnd > 0 && IsBlank(buffer.AsSpan(start + 1, firstLineEnd - start - 1)))
            {
                ReadLines(path, stream, ref buffer, filled, parser, onEntity);
                return;
            }

            if (buffer[start] is not ((byte)'{' or (byte)'['))
            {
                throw WikidataImportException.At(path, 1, "not Wikidata JSON: expected Special:EntityData or wbgetentities JSON ({\"entities\": ...}) or a JSON dump ([ and one entity per line)");
            }

            ReadDocument(path, stream, buffer, filled, parser, onEntity);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void ReadLines(string path, Stream stream, ref byte[] buffer, int filled, WikidataEntityParser parser, Action<WikidataEntity> onEntity)
    {
        long line = 0;
        var start = 0;
        var scan = 0;
        var ended = false;
        while (true)
        {
            var newline = buffer.AsSpan(scan, filled - scan).IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (ended)
                {
                    if (start < filled)
                    {
                        Line(buffer.AsSpan(start, filled - start), ++line);
                    }

                    return;
                }

                // Keep the partial line: move it to the front, or grow the buffer when it already fills it.
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                    filled -= start;
                    start = 0;
                }
                else if (filled == buffer.Length)
                {
                    if (buffer.Length >= MaxLineBytes)
                    {
                        throw WikidataImportException.At(path, line + 1, $"a line longer than {MaxLineBytes / (1024 * 1024)} MB: not one entity per line");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxLineBytes));
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                scan = filled;
                var before = filled;
                filled = Fill(stream, buffer, filled);
                ended = filled == before;
                continue;
            }

            var end = scan + newline;
            Line(buffer.AsSpan(start, end - start), ++line);
            start = end + 1;
            scan = start;
        }

        void Line(ReadOnlySpan<byte> text, long number)
        {
            text = Trim(text);
            if (text.Length > 0 && text[^1] == (byte)',')
            {
                text = Trim(text[..^1]);
            }

            if (text.IsEmpty || (text.Length == 1 && text[0] is (byte)'[' or (byte)']'))
            {
                return;
            }

            WikidataEntity? entity;
            try
            {
                entity = parser.Parse(text);
            }
            catch (JsonException ex)
            {
                throw WikidataImportException.At(path, number, $"invalid JSON: {FirstSentence(ex.Message)} (the dump format holds one entity per line)");
            }

            if (entity is not null)
            {
                onEntity(entity);
            }
        }
    }

    private static void ReadDocument(string path, Stream stream, byte[] first, int filled, WikidataEntityParser parser, Action<WikidataEntity> onEntity)
    {
        using var whole = new MemoryStream();
        whole.Write(first, 0, filled);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            whole.Write(chunk, 0, read);
            if (whole.Length > MaxDocumentBytes)
            {
                throw WikidataImportException.At(path, 0, $"larger than {MaxDocumentBytes / (1024 * 1024)} MB; use the dump format (one entity per line), which is read as a stream");
            }
        }

        var bytes = whole.GetBuffer().AsSpan(0, (int)whole.Length);
        try
        {
            ReadEntities(path, bytes, parser, onEntity);
        }
        catch (JsonException ex)
        {
            throw WikidataImportException.At(path, (ex.LineNumber ?? 0) + 1, $"invalid JSON: {FirstSentence(ex.Message)}");
        }
    }

    // {"entities": {"Q42": {...}, ...}}, one entity {"id": ...}, or [ {...}, ... ]: each entity object is handed to the
    // parser as the slice of the file it spans, without building a document.
    private static void ReadEntities(string path, ReadOnlySpan<byte> bytes, WikidataEntityParser parser, Action<WikidataEntity> onEntity)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            EachObject(ref reader, bytes, parser, onEntity);
            return;
        }

        var found = false;
        var isEntity = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var entities = reader.ValueTextEquals("entities"u8);
            isEntity |= reader.ValueTextEquals("id"u8);
            reader.Read();
            if (entities && reader.TokenType == JsonTokenType.StartObject)
            {
                found = true;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    One(ref reader, bytes, parser, onEntity);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        if (!found && isEntity)
        {
            if (parser.Parse(bytes) is { } entity)
            {
                onEntity(entity);
            }
        }
        else if (!found)
        {
            throw WikidataImportException.At(path, 1, "not Wikidata JSON: no \"entities\" object and no entity \"id\"");
        }
    }

    private static void EachObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> bytes, WikidataEntityParser parser, Action<WikidataEntity> onEntity)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            One(ref reader, bytes, parser, onEntity);
        }
    }

    // The reader is on an entity's first token: parse the object it spans, skip anything else.
    private static void One(ref Utf8JsonReader reader, ReadOnlySpan<byte> bytes, WikidataEntityParser parser, Action<WikidataEntity> onEntity)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        if (parser.Parse(bytes[start..(int)reader.BytesConsumed]) is { } entity)
        {
            onEntity(entity);
        }
    }

    private static int Fill(Stream stream, byte[] buffer, int filled)
    {
        while (filled < buffer.Length)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool IsBlank(ReadOnlySpan<byte> text) => Trim(text).IsEmpty;

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
