using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Sentences;

/// <summary>One sentence with everything the claim extractors need: tokens, mentions, time.</summary>
public sealed class SentenceContext
{
    // What may start at each token and its classes, one mark per token (TokenNotes): the document's buffer's marks from
    // _marksOffset for the splitter's sentences, filled on first use, one pass for all extractors (a repeated word's mark is
    // read from its note, not worked out again). A pure function of the sentence: two threads racing to fill them would
    // store equal values, so no lock is needed.
    private ushort[]? _marks;
    private int _marksOffset;

    // What the readers' gates ask of the whole sentence, worked out in the same pass as the marks and published with them
    // (the array is stored last): the cues and token classes any token has, and the trigger lists (TriggerWords) any token
    // is a word of.
    private SentenceSummary _summary;

    // Where the tokens are: the document's buffer for the splitter's sentences (see TokenSlice), else a copy made once.
    private readonly Token[] _tokenArray;
    private readonly int _tokenOffset;
    private readonly int _tokenCount;

    // The time the sentence speaks of, read on first use: most sentences that name an entity make no claim, and only a
    // claim (or a reader deciding on one) asks for it (docs/performance.md).
    private TimeContext? _time;
    private readonly TimeContext? _undated;
    private readonly TimeContext? _carried;

    internal SentenceContext(Sentence sentence, IReadOnlyList<Mention> mentions, TimeContext time, KnowledgeBase knowledgeBase, VocabularyIndex vocabulary)
        : this(sentence, mentions, knowledgeBase, vocabulary)
    {
        _time = time;
    }

    /// <summary>A sentence whose time is read from its tokens when first asked for, as
    /// <see cref="TimeContextReader.Read(IReadOnlyList{Token}, TimeContext, TimeContext?)"/> reads it.</summary>
    internal SentenceContext(Sentence sentence, IReadOnlyList<Mention> mentions, TimeContext undated, TimeContext? carried, KnowledgeBase knowledgeBase, VocabularyIndex vocabulary)
        : this(sentence, mentions, knowledgeBase, vocabulary)
    {
        _undated = undated;
        _carried = carried;
    }

    private SentenceContext(Sentence sentence, IReadOnlyList<Mention> mentions, KnowledgeBase knowledgeBase, VocabularyIndex vocabulary)
    {
        Sentence = sentence;
        Mentions = mentions;
        KnowledgeBase = knowledgeBase;
        Vocabulary = vocabulary;
        if (sentence.Tokens is TokenSlice slice)
        {
            (_tokenArray, _tokenOffset) = slice.Storage;
        }
        else
        {
            _tokenArray = TokenArrays.Of(sentence.Tokens).ToArray();
        }

        _tokenCount = sentence.Tokens.Count;
    }

    /// <summary>What the document referred to before this sentence (<see langword="null"/> when the sentence is read alone).</summary>
    internal DocumentMentionState? Document { get; init; }

    /// <summary>The one organization with members the paragraph, else the document, referred to before this sentence:
    /// what "the other 30 allies" counts when the sentence names none.</summary>
    /// <param name="hasMembers">Which entities are organizations with members.</param>
    /// <param name="paragraphOnly">Whether to look only in the paragraph.</param>
    /// <returns>The organization, or <see langword="null"/> when none or several fit.</returns>
    /// <remarks>Asked only by sentences that count or date members without naming the organization: not cached.</remarks>
    internal Entity? OrganizationInContext(Func<Entity, bool> hasMembers, bool paragraphOnly = false)
        => Document is null ? null : FactBase.Checking.Mentions.OrganizationInContext.Find(Document, hasMembers, paragraphOnly, KnowledgeBase);

    /// <summary>The last date written out (with its year) in the few sentences before this one: what "a few weeks later"
    /// counts from when no time governs the paragraph ("..., which joined NATO on 29 March 2004, ... Slovakia joined the
    /// EU a few weeks later").</summary>
    /// <returns>The date, or <see langword="null"/> when none is near.</returns>
    /// <remarks>Asked only by claims that need it (rare): it reads back up to <see cref="EarlierDateReach"/> sentences.</remarks>
    internal FactDate? EarlierDate(bool day = false)
    {
        if (Document?.Sentences is not { } sentences)
        {
            return null;
        }

        for (var k = Document.Sentence - 1; k >= 0 && k >= Document.Sentence - EarlierDateReach; k--)
        {
            var tokens = sentences[k].Tokens;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (tokens[i].Kind != TokenKind.Number || !DateExpression.IsYear(tokens[i], out _))
                {
                    continue;
                }

                // The year ends the date: read from the day or month before it ("29 March 2004", "March 2004", "2004").
                for (var start = Math.Max(0, i - 3); start <= i; start++)
                {
                    if (DateExpression.Read(tokens, start) is { } date && start + date.Length == i + 1 && (!day || date.Date.Precision == DatePrecision.Day))
                    {
                        return date.Date;
                    }
                }
            }
        }

        return null;
    }

    private const int EarlierDateReach = 6;

    /// <summary>Whether the token at <paramref name="index"/> stands inside a quotation opened in this sentence: a
    /// speaker's words, which the newsroom reports but does not correct ("'President Jacques Chirac died this morning,' his
    /// son-in-law said").</summary>
    /// <remarks>Asked only by claims that may be wrong: not cached.</remarks>
    internal bool IsQuotedAt(int index)
    {
        if (Document is null || string.IsNullOrEmpty(Document.Prose) || index >= _tokenCount)
        {
            return false;
        }

        var prose = Document.Prose;
        var start = Math.Max(0, Math.Min(Sentence.Span.Start, prose.Length));

        // A straight quotation mark just before the sentence, after a space or a line's start, opens it.
        var inside = start > 0 && prose[start - 1] == '"' && (start == 1 || char.IsWhiteSpace(prose[start - 2]));
        var end = Math.Min(Tokens[index].Span.Start, prose.Length);
        for (var at = start; at < end; at++)
        {
            switch (prose[at])
            {
                case '"':
                    inside = !inside;
                    break;
                case '\u201C':
                    inside = true;
                    break;
                case '\u201D':
                    inside = false;
                    break;
            }
        }

        return inside;
    }

    // "born in 1972", "died on 3 May 2020", "the fund, founded in 1950,": a year in the life of a person or a body, not a
    // time the narrative is in.
    private static readonly HashSet<string> LifeEventWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "born", "died", "birth", "death", "founded", "founding", "established", "created", "formed", "independence",
    };

    private static bool IsLifeEvent(IReadOnlyList<Token> tokens, int year)
    {
        for (var k = Math.Max(0, year - 4); k < year; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && LifeEventWords.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The years written in this sentence (<c>Own</c>) and in it and the one before (<c>Nearby</c>), when this one
    /// has no verb in the present tense: the times a past-tense sentence may be about even when no time phrase governs it.</summary>
    /// <remarks>Asked only by claims that may be outdated: not cached.</remarks>
    internal (IReadOnlyList<int> Nearby, IReadOnlyList<int> Own) NearbyPastYears()
    {
        if (TimeContextReader.InPresentTense(Tokens))
        {
            return (Array.Empty<int>(), Array.Empty<int>());
        }

        List<int>? own = null;
        AddPastYears(Tokens, ref own);
        IReadOnlyList<int> ownYears = own ?? (IReadOnlyList<int>)Array.Empty<int>();
        if (Document?.Sentences is not { } sentences || Document.Sentence == 0)
        {
            return (ownYears, ownYears);
        }

        var nearby = own is null ? null : new List<int>(own);
        AddPastYears(sentences[Document.Sentence - 1].Tokens, ref nearby);
        return (nearby ?? (IReadOnlyList<int>)Array.Empty<int>(), ownYears);
    }

    // The years of a life's events left out; static, so NearbyPastYears allocates no closure.
    private static void AddPastYears(IReadOnlyList<Token> tokens, ref List<int>? years)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && DateExpression.IsYear(tokens[i], out var year) && !IsLifeEvent(tokens, i))
            {
                (years ??= new List<int>()).Add(year);
            }
        }
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>The sentence's tokens.</summary>
    public IReadOnlyList<Token> Tokens => Sentence.Tokens;

    /// <summary>The entities named in the sentence, in order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The time the sentence speaks of.</summary>
    public TimeContext Time => _time ??= TimeContextReader.Read(Sentence.Tokens, _undated!, _carried);

    /// <summary>The knowledge base.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The vocabulary words.</summary>
    public VocabularyIndex Vocabulary { get; }

    /// <summary>The mention covering token <paramref name="index"/>, if any.</summary>
    /// <param name="index">A token index.</param>
    /// <returns>The mention or <see langword="null"/>.</returns>
    /// <remarks>A binary search of the mentions, which are in order and do not overlap (as <see cref="MentionFinder"/> finds
    /// them): a sentence names one to three entities, and an array of a mention per token cost 7 MB per 5 MB of text.</remarks>
    public Mention? MentionAt(int index)
    {
        var mentions = Mentions;
        var low = 0;
        var high = mentions.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            if (mentions[middle].First <= index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        // high: the last mention that starts at or before the token.
        return high >= 0 && index < mentions[high].End ? mentions[high] : null;
    }

    /// <summary>The mention that starts exactly at token <paramref name="index"/>.</summary>
    /// <param name="index">A token index.</param>
    /// <returns>The mention or <see langword="null"/>.</returns>
    public Mention? MentionStartingAt(int index) => MentionAt(index) is { } m && m.First == index ? m : null;

    /// <summary>The mention that ends exactly before token <paramref name="end"/>.</summary>
    /// <param name="end">The index just past the mention.</param>
    /// <returns>The mention or <see langword="null"/>.</returns>
    public Mention? MentionEndingBefore(int end) => MentionAt(end - 1) is { } m && m.End == end ? m : null;

    /// <summary>Cheap cues about token <paramref name="index"/>: which vocabulary phrases may start there, whether it is a number.</summary>
    /// <param name="index">A token index in the sentence.</param>
    /// <returns>The cues; a cue left out is certain, so the extractor need not look closer.</returns>
    /// <remarks>Hot path (docs/performance.md): every token is hashed once per sentence for all extractors, so no
    /// extractor probes the vocabulary at a token whose cue is absent.</remarks>
    internal TokenCues CuesAt(int index)
    {
        var marks = _marks ?? ReadCues();
        return (uint)index < (uint)_tokenCount ? TokenNotes.CuesOf(marks[_marksOffset + index]) : throw new IndexOutOfRangeException();
    }

    /// <summary>Whether some token of the sentence is a word of <paramref name="words"/> (ignoring case): the gate of a
    /// reader that needs one of those words to read anything (docs/performance.md, "Session 8: reader gates").</summary>
    /// <param name="words">The reader's trigger list.</param>
    /// <returns>The answer of <see cref="WordSet.Contains"/> for some token's text; exact for every list. A list of
    /// <see cref="TriggerWords"/> is answered by one bit of the summary read with the cues, any other by a scan.</returns>
    internal bool HasWordOf(WordSet words)
    {
        _ = _marks ?? ReadCues(); // the summary, and the bits of the listed sets, exist once the cues are read
        var bit = words.SummaryBit;
        if (bit >= 0)
        {
            return _summary.HasTrigger(bit);
        }

        var tokens = TokenSpan;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (words.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some token of the sentence has one of <paramref name="cues"/> (a title, verb or noun of the
    /// vocabulary may start there, or it is a number): the gate of a reader that starts only at such a token.</summary>
    /// <param name="cues">The cues.</param>
    /// <returns><see langword="false"/> when <see cref="CuesAt"/> has none of them at any token.</returns>
    internal bool HasCue(TokenCues cues)
    {
        _ = _marks ?? ReadCues();
        return (_summary.Cues & cues) != 0;
    }

    /// <summary>Whether some token of the sentence has one of the token classes <paramref name="classes"/> (a number in
    /// digits or words, a word of a relative time, a present-tense verb).</summary>
    /// <param name="classes">The classes.</param>
    /// <returns><see langword="false"/> when no token has any of them.</returns>
    internal bool HasClass(TokenClass classes)
    {
        _ = _marks ?? ReadCues();
        return (_summary.Classes & classes) != 0;
    }

    /// <summary>The tokens as a span (a view of the document's tokens, as the splitter makes them; of a copy otherwise).</summary>
    /// <remarks>Hot path (docs/performance.md): <see cref="Tokens"/> is an interface, so each access through it is a
    /// dispatch the JIT cannot inline; the extractors read tokens many times per sentence, through this span.</remarks>
    internal ReadOnlySpan<Token> TokenSpan => new(_tokenArray, _tokenOffset, _tokenCount);

    private ushort[] ReadCues()
    {
        // The classes, cues and trigger bits of each word with one note lookup a word (TokenNotes).
        _summary = TokenNotes.Read(Tokens, Vocabulary, out var marks, out var offset);
        _marksOffset = offset;
        _marks = marks; // last: the summary above is read once the marks are there
        return marks;
    }

    /// <summary>The token at <paramref name="index"/>, or <see langword="null"/> outside the sentence.</summary>
    /// <param name="index">A token index.</param>
    /// <returns>The token.</returns>
    public Token? TokenAt(int index) => (uint)index < (uint)_tokenCount ? At(index) : null;

    // The token at an index already checked against the count, read in place: TokenAt copies it into a nullable, which
    // the word tests below (called for most tokens by several readers) need not pay for.
    private ref readonly Token At(int index) => ref _tokenArray[_tokenOffset + index];

    /// <summary>Whether the token at <paramref name="index"/> is <paramref name="word"/> (ignoring case).</summary>
    /// <param name="index">A token index.</param>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    /// <remarks>Overloads for one to three words let callers skip the <c>params</c> array: extractors call this for every token.</remarks>
    public bool IsWordAt(int index, string word) => (uint)index < (uint)_tokenCount && At(index).IsWord(word);

    /// <summary>Whether the token at <paramref name="index"/> is one of two words (ignoring case).</summary>
    /// <param name="index">A token index.</param>
    /// <param name="word1">A word.</param>
    /// <param name="word2">Another word.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsWordAt(int index, string word1, string word2)
        => (uint)index < (uint)_tokenCount && (At(index).IsWord(word1) || At(index).IsWord(word2));

    /// <summary>Whether the token at <paramref name="index"/> is one of three words (ignoring case).</summary>
    /// <param name="index">A token index.</param>
    /// <param name="word1">A word.</param>
    /// <param name="word2">Another word.</param>
    /// <param name="word3">A third word.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsWordAt(int index, string word1, string word2, string word3)
        => (uint)index < (uint)_tokenCount && (At(index).IsWord(word1) || At(index).IsWord(word2) || At(index).IsWord(word3));

    /// <summary>Whether the token at <paramref name="index"/> is a word in <paramref name="words"/>: one lookup, no array.</summary>
    /// <param name="index">A token index.</param>
    /// <param name="words">The words, in a set that ignores case (<see cref="System.StringComparer.OrdinalIgnoreCase"/>),
    /// so the answer equals that of the <c>params</c> overload.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    internal bool IsWordAt(int index, HashSet<string> words)
        => (uint)index < (uint)_tokenCount && At(index).Kind != TokenKind.Punctuation && words.Contains(At(index).Text);

    /// <summary>Whether the token at <paramref name="index"/> is one of <paramref name="words"/> (ignoring case).</summary>
    /// <param name="index">A token index.</param>
    /// <param name="words">The words.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    /// <remarks>A span, not an array: the words of a call site go on the stack, where an array was allocated at every call
    /// (readers ask this of most sentences that name an entity; docs/performance.md, "Session 9").</remarks>
    public bool IsWordAt(int index, params ReadOnlySpan<string> words)
    {
        if ((uint)index >= (uint)_tokenCount)
        {
            return false;
        }

        ref readonly var token = ref At(index);
        foreach (var word in words)
        {
            if (token.IsWord(word))
            {
                return true;
            }
        }

        return false;
    }
}
