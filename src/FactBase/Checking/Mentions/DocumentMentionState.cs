using System;
using System.Collections.Generic;

namespace FactBase.Checking.Mentions;

/// <summary>What a document has named so far; lets a surname stand for a person named in full before.</summary>
internal sealed class DocumentMentionState
{
    /// <summary>Ids of entities named anywhere in the document by a full name or alias (from a first pass).</summary>
    public HashSet<string> NamedAnywhere { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of people named in full up to the current sentence.</summary>
    public HashSet<string> NamedSoFar { get; } = new(StringComparer.Ordinal);
}
