using System;

namespace FactBase.Checking.Sentences;

/// <summary>
/// What a token is, for the readers that gate on it: a number in digits or words, a word of a relative time, a verb in
/// the present tense. Each is exactly the answer of the test it names, worked out once per token for every reader
/// (<see cref="TokenClasses"/>), so a reader asks one byte instead of comparing the word with its list again.
/// </summary>
[Flags]
internal enum TokenClass : byte
{
    /// <summary>None of the classes.</summary>
    None = 0,

    /// <summary>The classes have been worked out (set on every classified token, so a classified token is never 0).</summary>
    Classified = 1,

    /// <summary>A number token in digits (<see cref="Text.TokenKind.Number"/>): "75", "1949", "75th".</summary>
    Digits = 2,

    /// <summary>A word that is a cardinal or ordinal number word (<see cref="Numbers.NumberWords.IsNumberWord"/>).</summary>
    NumberWord = 4,

    /// <summary>A word that may start or anchor a relative time (<see cref="Time.RelativeTime.IsAnchor"/>).</summary>
    TimeAnchor = 8,

    /// <summary>"ago", "later" or "earlier": the end of a counted relative time (<see cref="Time.RelativeTime.IsCountAnchor"/>).</summary>
    CountAnchor = 16,

    /// <summary>A verb or adverb of the present tense (<see cref="Time.TimeContextReader.IsPresentVerb"/>).</summary>
    PresentVerb = 32,

    /// <summary>A number in digits or words.</summary>
    Number = Digits | NumberWord,
}
