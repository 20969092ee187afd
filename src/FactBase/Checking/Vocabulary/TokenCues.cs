using System;

namespace FactBase.Checking.Vocabulary;

/// <summary>
/// Cheap facts about a token that tell an extractor whether to look closer: which sorts of vocabulary phrase may start
/// there, and whether it is a number. A cue left out is certain; a cue present only means "maybe".
/// </summary>
[Flags]
internal enum TokenCues : byte
{
    /// <summary>Nothing to look at.</summary>
    None = 0,

    /// <summary>An office title may start here ("Prime Minister").</summary>
    Title = 1,

    /// <summary>A verb of a date or members property may start here ("founded", "joined").</summary>
    Verb = 2,

    /// <summary>A noun of a members or count property may start here ("member state").</summary>
    Noun = 4,

    /// <summary>The token is a number, in digits or a number word ("75", "75th", "seventy", "second"): ages, counts,
    /// ordinals and years are.</summary>
    Number = 8,
}
