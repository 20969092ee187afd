using System.Collections.Generic;

namespace FactBase.Checking.Mentions;

/// <summary>What a document has named so far; lets a surname stand for a person named in full before.</summary>
/// <remarks>Entities are held by their number in the <see cref="NameIndex"/> (<see cref="NameEntry.EntityNumber"/>), not
/// their id: adding one per name found then hashes an integer instead of a string read from the knowledge base's memory.</remarks>
internal sealed class DocumentMentionState
{
    /// <summary>Numbers of entities named anywhere in the document by a full name or alias (from a first pass).</summary>
    public HashSet<int> NamedAnywhere { get; } = NewSet();

    /// <summary>Numbers of entities named anywhere in the document by a name of more than one word ("Tony Blair", not
    /// "Blair"): the evidence that "Mr Blair" is that person.</summary>
    public HashSet<int> NamedInFullAnywhere { get; } = NewSet();

    /// <summary>Numbers of people whose surname the document has given to someone else ("Prime Minister Micheál Martin" for
    /// the known Paul Martin): a title before the surname alone no longer names the known person.</summary>
    public HashSet<int> NamesakeSurnames { get; } = NewSet();

    /// <summary>Numbers of people named in full up to the current sentence.</summary>
    public HashSet<int> NamedSoFar { get; } = NewSet();

    /// <summary>The entities referred to in the sentences before the current one, in order: what a back-reference
    /// ("the alliance", "its") may stand for.</summary>
    public List<SalientEntity> Salience { get; } = new();

    /// <summary>The mentions of the sentence read last, back-references included (<see langword="null"/> for none).</summary>
    public List<Mention>? LastMentions { get; set; }

    /// <summary>The document's prose (token spans index it), for the rare check that needs what came before a word.</summary>
    public string Prose { get; init; } = string.Empty;

    /// <summary>The document's sentences, by number, for the rare reading that looks back at one.</summary>
    public IReadOnlyList<Text.Sentence> Sentences { get; set; } = System.Array.Empty<Text.Sentence>();

    /// <summary>The date the document is checked as of: which of several office holders a title back-reference ("the new
    /// chancellor") may mean.</summary>
    public Model.FactDate AsOf { get; init; }

    /// <summary>The number of the current sentence in the document.</summary>
    public int Sentence { get; set; }

    /// <summary>The number of the block the current sentence is in.</summary>
    public int Paragraph { get; set; }

    // An article names a dozen entities or so: room for them from the start, not three resizes (netstandard2.0 has no
    // capacity constructor).
#if NET
    private static HashSet<int> NewSet() => new(16);
#else
    private static HashSet<int> NewSet() => new();
#endif
}
