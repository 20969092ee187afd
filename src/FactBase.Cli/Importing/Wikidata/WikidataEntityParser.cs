using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// Reads one entity of Wikidata's canonical JSON (the format of <c>Special:EntityData</c>, <c>wbgetentities</c> and
/// the dumps) with a forward-only reader, keeping only what the mapping uses: labels and aliases in its languages and
/// the statements of its properties, with their start and end qualifiers. Everything else (other languages, sitelinks,
/// references, other properties) is skipped without being decoded, which is most of an entity.
/// </summary>
internal sealed class WikidataEntityParser
{
    private const string StartQualifier = "P580";
    private const string EndQualifier = "P582";

    private readonly string[] _languages;
    private readonly byte[][] _languageBytes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _properties;

    /// <summary>Creates a parser for these languages and properties.</summary>
    /// <param name="languages">The label and alias languages to keep.</param>
    /// <param name="properties">The properties whose statements to keep.</param>
    public WikidataEntityParser(IReadOnlyList<string> languages, IEnumerable<string> properties)
    {
        _languages = new string[languages.Count];
        _languageBytes = new byte[languages.Count][];
        for (var i = 0; i < languages.Count; i++)
        {
            _languages[i] = languages[i];
            _languageBytes[i] = Encoding.UTF8.GetBytes(languages[i]);
        }

        _properties = new HashSet<string>(properties, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parses one entity object.</summary>
    /// <param name="json">The UTF-8 text of the object (a dump line without its comma, or an entity of a document).</param>
    /// <returns>The entity, or <see langword="null"/> when the object has no id (a <c>missing</c> entry of <c>wbgetentities</c>, say).</returns>
    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public WikidataEntity? Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("an entity must be a JSON object");
        }

        string? id = null;
        var isItem = false;
        var missing = false;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var statements = new List<WikidataStatement>();
        long? revision = null;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("lastrevid"u8))
            {
                reader.Read();
                revision = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) ? number : null;
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                isItem = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("item"u8);
            }
            else if (reader.ValueTextEquals("missing"u8))
            {
                reader.Read();
                reader.Skip();
                missing = true;
            }
            else if (reader.ValueTextEquals("labels"u8))
            {
                ReadLabels(ref reader, labels);
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                ReadAliases(ref reader, aliases);
            }
            else if (reader.ValueTextEquals("claims"u8))
            {
                ReadClaims(ref reader, statements);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return id is null || missing ? null : new WikidataEntity(id, isItem, labels, aliases, statements, revision);
    }

    // Moves to the next property name of the current object; false at its end.
    private static bool Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("the JSON ends inside an object");
        }

        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private int Language(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _languageBytes.Length; i++)
        {
            if (reader.ValueTextEquals(_languageBytes[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // "labels": { "en": { "language": "en", "value": "Douglas Adams" }, ... }; the REST API's "en": "Douglas Adams" too.
    private void ReadLabels(ref Utf8JsonReader reader, Dictionary<string, string> labels)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (Next(ref reader))
        {
            var language = Language(ref reader);
            reader.Read();
            if (language < 0)
            {
                reader.Skip();
                continue;
            }

            if (ReadTerm(ref reader) is { } value)
            {
                labels[_languages[language]] = value;
            }
        }
    }

    // "aliases": { "en": [ { "language": "en", "value": "Douglas Noël Adams" }, ... ], ... }
    private void ReadAliases(ref Utf8JsonReader reader, Dictionary<string, List<string>> aliases)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (Next(ref reader))
        {
            var language = Language(ref reader);
            reader.Read();
            if (language < 0 || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            var list = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadTerm(ref reader) is { } value)
                {
                    list.Add(value);
                }
            }

            aliases[_languages[language]] = list;
        }
    }

    // A term: { "language": "en", "value": "..." }, or a bare string. The reader is on its first token.
    private static string? ReadTerm(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? value = null;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return value;
    }

    // "claims": { "P31": [ statement, ... ], ... }
    private void ReadClaims(ref Utf8JsonReader reader, List<WikidataStatement> statements)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        Span<char> name = stackalloc char[16];
        while (Next(ref reader))
        {
            var property = Wanted(ref reader, name);
            reader.Read();
            if (property is null || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadStatement(ref reader, property) is { } statement)
                {
                    statements.Add(statement);
                }
            }
        }
    }

    // The property name at the reader if the mapping uses it (its own string, so nothing is allocated per property).
    private string? Wanted(ref Utf8JsonReader reader, scoped Span<char> buffer)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (reader.ValueIsEscaped || length > buffer.Length)
        {
            var text = reader.GetString()!;
            return _properties.TryGetValue(text.AsSpan(), out var found) ? found : null;
        }

        var written = reader.CopyString(buffer);
        return _properties.TryGetValue(buffer[..written], out var property) ? property : null;
    }

    // { "mainsnak": snak, "rank": "normal", "qualifiers": { "P580": [ snak ] }, ... }
    private static WikidataStatement? ReadStatement(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        WikidataSnak? value = null;
        WikidataSnak? start = null;
        WikidataSnak? end = null;
        var rank = WikidataRank.Normal;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("mainsnak"u8))
            {
                reader.Read();
                value = ReadSnak(ref reader);
            }
            else if (reader.ValueTextEquals("rank"u8))
            {
                reader.Read();
                rank = reader.TokenType != JsonTokenType.String ? WikidataRank.Normal
                    : reader.ValueTextEquals("preferred"u8) ? WikidataRank.Preferred
                    : reader.ValueTextEquals("deprecated"u8) ? WikidataRank.Deprecated
                    : WikidataRank.Normal;
            }
            else if (reader.ValueTextEquals("qualifiers"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (Next(ref reader))
                {
                    var isStart = reader.ValueTextEquals(StartQualifier);
                    var isEnd = !isStart && reader.ValueTextEquals(EndQualifier);
                    reader.Read();
                    if ((!isStart && !isEnd) || reader.TokenType != JsonTokenType.StartArray)
                    {
                        reader.Skip();
                        continue;
                    }

                    WikidataSnak? first = null;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var snak = ReadSnak(ref reader);
                        first ??= snak;
                    }

                    if (isStart)
                    {
                        start = first;
                    }
                    else
                    {
                        end = first;
                    }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return value is null ? null : new WikidataStatement(property, rank, value, start, end);
    }

    // { "snaktype": "value", "property": "P569", "datavalue": { "value": ..., "type": "time" }, "datatype": "time" }
    private static WikidataSnak? ReadSnak(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var kind = WikidataSnakKind.Value;
        WikidataSnak? value = null;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("snaktype"u8))
            {
                reader.Read();
                kind = reader.TokenType != JsonTokenType.String ? WikidataSnakKind.Value
                    : reader.ValueTextEquals("somevalue"u8) ? WikidataSnakKind.SomeValue
                    : reader.ValueTextEquals("novalue"u8) ? WikidataSnakKind.NoValue
                    : WikidataSnakKind.Value;
            }
            else if (reader.ValueTextEquals("datavalue"u8))
            {
                reader.Read();
                value = ReadDataValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return kind switch
        {
            WikidataSnakKind.SomeValue => WikidataSnak.Unknown,
            WikidataSnakKind.NoValue => WikidataSnak.None,
            _ => value,
        };
    }

    // { "value": { ... }, "type": "wikibase-entityid" | "time" | "monolingualtext" | ... }
    private static WikidataSnak? ReadDataValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        WikidataSnak? snak = null;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                snak = ReadValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return snak;
    }

    // The value object of an item, a time or a monolingual text; anything else (strings, quantities) is not used.
    private static WikidataSnak? ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? id = null, entityType = null, time = null, text = null, language = null;
        long? numericId = null;
        var precision = 11;
        var julian = false;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("numeric-id"u8))
            {
                reader.Read();
                numericId = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) ? n
                    : reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s
                    : null;
            }
            else if (reader.ValueTextEquals("entity-type"u8))
            {
                reader.Read();
                entityType = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("time"u8))
            {
                reader.Read();
                time = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("precision"u8))
            {
                reader.Read();
                precision = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var p) ? p
                    : reader.TokenType == JsonTokenType.String && int.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q
                    : 0;
            }
            else if (reader.ValueTextEquals("calendarmodel"u8))
            {
                reader.Read();
                julian = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(WikidataTime.JulianCalendar);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("language"u8))
            {
                reader.Read();
                language = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (time is not null)
        {
            return WikidataTime.TryParse(time, precision, julian, out var parsed) ? new WikidataSnak(WikidataSnakKind.Value, null, parsed, null, null) : null;
        }

        if (id is null && numericId is { } number && (entityType is null or "item"))
        {
            id = "Q" + number.ToString(CultureInfo.InvariantCulture);
        }

        if (id is not null)
        {
            return new WikidataSnak(WikidataSnakKind.Value, id, null, null, null);
        }

        return text is not null ? new WikidataSnak(WikidataSnakKind.Value, null, null, text, language) : null;
    }
}
