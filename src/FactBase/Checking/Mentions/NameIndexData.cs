using FactBase.Memory;

namespace FactBase.Checking.Mentions;

/// <summary>
/// A <see cref="NameIndex"/> as flat arrays (blocks of numbers, read in place from a snapshot's map), which a compiled snapshot keeps so that a large knowledge base needs no
/// indexing at start: entities are referred to by their place in the knowledge base's list.
/// </summary>
/// <param name="Numbers">Each entity's number in the index, or -1.</param>
/// <param name="Tags">The name trie's slots (<see cref="NameTrie"/>).</param>
/// <param name="SlotStarts">Where each slot's entries start in <paramref name="SlotOrigins"/> (in pairs), one more than the slots.</param>
/// <param name="SlotOrigins">Each name entry as (entity index, kind | source &lt;&lt; 3).</param>
/// <param name="RootKey">The trie's root key.</param>
/// <param name="Buckets">The spelling table's bucket starts (<see cref="SpellingTable"/>).</param>
/// <param name="Fingerprints">The spelling table's fingerprints.</param>
/// <param name="Candidates">The spelling table's candidate numbers.</param>
/// <param name="CandidateOrigins">Each spelling candidate as (entity index, name source, word index).</param>
/// <param name="NameWords">Every word of a name, alias or adjective (with empty lists).</param>
/// <param name="LongestSpellingWord">The longest word indexed for spelling.</param>
/// <param name="CanStart">For each ASCII character, whether a name may start with it.</param>
internal sealed record NameIndexData(
    NumberBlock<int> Numbers,
    NumberBlock<uint> Tags,
    NumberBlock<int> SlotStarts,
    NumberBlock<int> SlotOrigins,
    ulong RootKey,
    NumberBlock<int> Buckets,
    NumberBlock<uint> Fingerprints,
    NumberBlock<int> Candidates,
    NumberBlock<int> CandidateOrigins,
    WordLists NameWords,
    int LongestSpellingWord,
    bool[] CanStart);
