using System;
using System.Collections.Generic;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Sentences;

/// <summary>
/// What the readers' gates ask of each word of a sentence (its token classes, its vocabulary cues, the trigger lists it is
/// a word of), worked out once per distinct word and read back for every repeat of it: the tokenizer takes a word's
/// string from the thread's table of repeated words (<see cref="RepeatedWords"/>), the token keeps the word's slot there
/// (<see cref="TokenBuffer.WordSlots"/>), and the table keeps a note about the word beside it. "the", "said", "minister"
/// and the names an article repeats are classified once per thread, not once per token (docs/performance.md, "Session 10:
/// classify once").
/// </summary>
/// <remarks>
/// A note is a pure function of the token's text and the vocabulary (the text decides the kind: a word starts with a
/// letter, a number with a digit), so a word read from its note has exactly the classes, cues and trigger bits it would
/// have if tested again. The notes of a table are one vocabulary's: a checker of another knowledge base on the same
/// thread starts the table's notes afresh. A note is read only when the slot still holds the token's own string and the
/// table is the calling thread's.
/// </remarks>
internal static class TokenNotes
{
    /// <summary>The bit of a token's mark that says its cues (the high byte) are worked out; its classes are the low byte.</summary>
    internal const ushort CuesRead = 0x8000;

    private const int CuesShift = 8;

    /// <summary>The cues of a token from its mark (<see cref="Read(IReadOnlyList{Token}, VocabularyIndex, out ushort[], out int)"/> must have filled it).</summary>
    /// <param name="mark">The token's mark.</param>
    /// <returns>Its cues.</returns>
    public static TokenCues CuesOf(ushort mark) => (TokenCues)((mark >> CuesShift) & 0x0F);

    /// <summary>The classes of a token from its mark.</summary>
    /// <param name="mark">The token's mark.</param>
    /// <returns>Its classes.</returns>
    public static TokenClass ClassesOf(ushort mark) => (TokenClass)(byte)mark;

    /// <summary>Fills the mark of every token of a sentence with its classes and cues, and sums them up.</summary>
    /// <param name="tokens">A sentence's tokens.</param>
    /// <param name="vocabulary">The vocabulary the cues are of.</param>
    /// <param name="marks">Where the marks are: the document's buffer's for a sentence of the splitter, else a new array.</param>
    /// <param name="offset">The first token's mark in <paramref name="marks"/>.</param>
    /// <returns>The cues, the classes and the trigger bits (<see cref="TriggerWords.Of"/>) of the tokens, each united.</returns>
    public static SentenceSummary Read(IReadOnlyList<Token> tokens, VocabularyIndex vocabulary, out ushort[] marks, out int offset)
    {
        if (tokens is TokenSlice slice)
        {
            (marks, offset) = slice.MarkStorage;
            var words = slice.Words;
            return words is not null && ReferenceEquals(words, RepeatedWords.OfThread)
                ? Read(slice.Span, slice.WordSlots, words, vocabulary, slice.Marks)
                : Read(slice.Span, default, null, vocabulary, slice.Marks);
        }

        var span = TokenArrays.Of(tokens);
        marks = new ushort[span.Length];
        offset = 0;
        return Read(span, default, null, vocabulary, marks);
    }

    private static SentenceSummary Read(ReadOnlySpan<Token> tokens, ReadOnlySpan<short> slots, RepeatedWords? words, VocabularyIndex vocabulary, Span<ushort> marks)
    {
        var any = 0u;
        var triggers = 0UL;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            uint note;
            ulong bits;
            if (words is null)
            {
                note = Work(token, vocabulary, out bits);
            }
            else if (!words.TryGetNote(slots[i], token.Text, vocabulary, out note, out bits))
            {
                note = Work(token, vocabulary, out bits);
                words.Note(slots[i], token.Text, vocabulary, note, bits);
            }

            marks[i] = (ushort)note;
            any |= note;
            triggers |= bits;
        }

        return new SentenceSummary(CuesOf((ushort)any), ClassesOf((ushort)any), triggers);
    }

    /// <summary>The mark of a token worked out from its text: its classes (<see cref="TokenClasses.Of(in Token)"/>), its
    /// cues (<see cref="VocabularyIndex.MayStart"/>, and <see cref="TokenCues.Number"/> for a number) and
    /// <see cref="CuesRead"/>; <paramref name="triggers"/> gets its trigger bits.</summary>
    internal static ushort Work(in Token token, VocabularyIndex vocabulary, out ulong triggers)
    {
        var classes = TokenClasses.Of(token, out triggers);
        var cues = vocabulary.MayStart(token.Text) | ((classes & TokenClass.Number) != 0 ? TokenCues.Number : TokenCues.None);
        return (ushort)((byte)classes | ((int)cues << CuesShift) | CuesRead);
    }
}
