using System.Collections.Generic;

namespace FactBase.Checking.Mentions;

/// <summary>A name found at a token of a sentence: where it starts, how many tokens it spans, and what it may stand for.</summary>
/// <param name="Start">The index of its first token.</param>
/// <param name="Length">Its length in tokens (at least one).</param>
/// <param name="Entries">The entities and kinds of name it matches, before the document context picks one.</param>
internal readonly record struct NameMatch(int Start, int Length, IReadOnlyList<NameEntry> Entries);
