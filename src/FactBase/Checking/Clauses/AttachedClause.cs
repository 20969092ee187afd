using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Clauses;

/// <summary>What kind of clause is set between commas after a mention.</summary>
internal enum AttachedKind
{
    /// <summary>"X, who served two terms as president," / "NATO, which Finland joined in 2023,".</summary>
    Relative,

    /// <summary>"X, elected in 2016," / "X, sworn in on 1 June," / "X, born in 1946,".</summary>
    Participle,

    /// <summary>"X, the first president to be re-elected, died".</summary>
    Apposition,

    /// <summary>"the EU, which Poland joined in 2004," / "the EU, which it joined in 2004,": the mention is the verb's object.</summary>
    ObjectRelative,

    /// <summary>"Elected in 2016, President X ..." / "Having taken office in 2019, X ...": a participle phrase opening the
    /// sentence, attached to the subject after its comma.</summary>
    Opening,
}

/// <summary>
/// A clause attached to a mention by a comma: a non-restrictive relative clause, a participle phrase or an apposition.
/// </summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Subject">The mention it is attached to.</param>
/// <param name="SubjectStart">The first token of the subject's noun phrase ("The" of "The 77-year-old Republican").</param>
/// <param name="Comma">The comma that opens it.</param>
/// <param name="Body">The first token of the clause ("who", the participle, or the apposition's first word).</param>
/// <param name="End">The token just past the clause: its closing comma, or the sentence's end.</param>
/// <param name="Closed">Whether a comma closes it and the main clause's predicate follows.</param>
/// <param name="Verb">For an object relative clause, the verb after its subject.</param>
internal readonly record struct AttachedClause(AttachedKind Kind, Mention Subject, int SubjectStart, int Comma, int Body, int End, bool Closed, int Verb = -1)
{
    /// <summary>How far an attached clause may run: longer ones are seldom one clause between two commas.</summary>
    private const int MaxLength = 18;

    /// <summary>Participles that do not end in "-ed" and open a phrase about a person or body.</summary>
    private static readonly WordSet IrregularParticiples = new(new[]
    {
        "sworn", "born", "chosen", "known", "re-elected", "reelected", "elected", "appointed", "named", "founded", "established",
        "created", "formed", "installed", "inaugurated", "confirmed", "nominated", "taken", "become",
    });

    /// <summary>Words a participle phrase about a time or an office goes on with: "elected in 2016", "sworn in on 1 June",
    /// "appointed as", "born on".</summary>
    private static readonly WordSet AfterParticiple = new(new[]
    {
        "in", "on", "as", "at", "since", "last", "this", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "prime", "president", "chancellor", "secretary",
    });

    /// <summary>Words that cannot begin a main clause's predicate after the closing comma.</summary>
    private static readonly WordSet NotPredicate = new(new[]
    {
        "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "who", "whom",
        "whose", "which", "that", "as", "his", "her", "its", "their", "this", "these", "those", "where", "when", "while", "after",
        "before", "since", "than", "into", "about", "according", "including", "such", "both", "either", "neither", "not", "said",
        "says", "aged",
    });

    /// <summary>Whether the sentence may attach a clause to a mention: a comma followed by a word that can open one.</summary>
    /// <remarks>Runs on every sentence that names an entity: one pass over the tokens, testing only the words after commas
    /// (docs/performance.md).</remarks>
    public static bool MayHave(ReadOnlySpan<Token> t)
    {
        if (t.Length > 4 && t[0].Kind == TokenKind.Word && (t[0].IsWord("having") || IsParticipleIgnoringCase(t[0].Text)))
        {
            return true;
        }

        for (var i = 1; i + 2 < t.Length; i++)
        {
            if (t[i].Is(',') && t[i + 1] is { Kind: TokenKind.Word, IsCapitalized: false } next && MayOpen(next.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayOpen(string word)
        => word is "who" or "which" or "the" or "a" or "an" || IsParticiple(word);

    // The answer of IsParticiple for the word in lower case, without making that string (it is asked of the first word of
    // most sentences that name an entity): for an ASCII word the suffix and the exceptions are compared ignoring case, and
    // the word set ignores case; any other word is lowered as before.
    private static bool IsParticipleIgnoringCase(string word)
    {
        if (!WordSet.IsAscii(word))
        {
            return IsParticiple(word.ToLowerInvariant());
        }

        return (word.Length > 4 && (word[word.Length - 2] | 0x20) == 'e' && (word[word.Length - 1] | 0x20) == 'd'
                && !word.Equals("indeed", StringComparison.OrdinalIgnoreCase))
               || IrregularParticiples.Contains(word);
    }

    private static bool IsParticiple(string word)
        => (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && word != "aged" && word != "need" && word != "indeed")
           || IrregularParticiples.Contains(word);

    /// <summary>The clauses attached to the sentence's mentions, in order.</summary>
    /// <param name="t">The sentence's tokens.</param>
    /// <param name="mentions">Its mentions.</param>
    /// <returns>The clauses, or <see langword="null"/> for none.</returns>
    public static List<AttachedClause>? Find(ReadOnlySpan<Token> t, IReadOnlyList<Mention> mentions)
    {
        List<AttachedClause>? found = null;
        for (var m = 0; m < mentions.Count; m++)
        {
            var subject = mentions[m];
            if (subject.IsPossessive || subject.Kind is not (MentionKind.Name or MentionKind.Description))
            {
                continue;
            }

            if (At(t, mentions, subject) is { } clause)
            {
                (found ??= new List<AttachedClause>()).Add(clause);
            }
        }

        if (Opening(t, mentions) is { } opening)
        {
            (found ??= new List<AttachedClause>()).Add(opening);
        }

        return found;
    }

    /// <summary>"Elected in 2016, President X said", "Having taken office in 2019, X": the phrase from the first token to
    /// the comma (<see cref="AttachedClause.Body"/> 0, <see cref="AttachedClause.End"/> the comma), attached to the mention
    /// right after the comma, which with its title starts at <see cref="AttachedClause.SubjectStart"/>.</summary>
    private static AttachedClause? Opening(ReadOnlySpan<Token> t, IReadOnlyList<Mention> mentions)
    {
        var participle = t[0].IsWord("having") ? 1 : 0;
        if (t.Length < 6 || t[participle].Kind != TokenKind.Word || !IsParticiple(t[participle].Text.ToLowerInvariant())
            || !(participle == 1 || t[participle + 1].Kind == TokenKind.Number || AfterParticiple.Contains(t[participle + 1].Text)))
        {
            return null;
        }

        var comma = participle + 1;
        while (comma < t.Length && comma <= MaxLength && !t[comma].Is(','))
        {
            if (t[comma].Kind == TokenKind.Punctuation && !t[comma].Is('-'))
            {
                return null;
            }

            comma++;
        }

        if (comma + 2 >= t.Length || !t[comma].Is(','))
        {
            return null;
        }

        // The subject: a name after the comma, with only capitalized words (a title) before it.
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.First <= comma)
            {
                continue;
            }

            for (var k = comma + 1; k < mention.First; k++)
            {
                if (t[k] is not { Kind: TokenKind.Word, IsCapitalized: true })
                {
                    return null;
                }
            }

            return mention is { IsPossessive: false, Kind: MentionKind.Name } && mention.End < t.Length && t[mention.End] is { Kind: TokenKind.Word, IsCapitalized: false }
                ? new AttachedClause(AttachedKind.Opening, mention, comma + 1, comma, 0, comma, true)
                : null;
        }

        return null;
    }

    private static AttachedClause? At(ReadOnlySpan<Token> t, IReadOnlyList<Mention> mentions, Mention subject)
    {
        var start = subject.First;
        var comma = subject.End;
        if (subject.Kind == MentionKind.Description)
        {
            // "The 77-year-old Republican,": the noun after the description's head, and the determiner before it.
            while (comma < t.Length && comma < subject.End + 2 && t[comma].Kind == TokenKind.Word)
            {
                comma++;
            }

            start = IsDeterminer(t[subject.First]) ? subject.First : -1;
            for (var k = subject.First - 1; start < 0 && k >= 0 && k >= subject.First - 6 && !t[k].Is(','); k--)
            {
                if (IsDeterminer(t[k]))
                {
                    start = k;
                    break;
                }
            }

            if (start < 0)
            {
                return null;
            }
        }

        if (comma + 2 >= t.Length || !t[comma].Is(','))
        {
            return null;
        }

        var body = comma + 1;
        if (subject.Entity.Type == EntityType.Person && NounPhraseApposition.End(t, mentions, body) is { } closing && closing + 2 < t.Length && t[closing + 1].IsWord("who"))
        {
            // "X, Y's old rival, who was prime minister from 2007 to 2015": the apposition is X, so the clause is X's.
            body = closing + 1;
        }

        var first = t[body];
        if (first.Kind != TokenKind.Word || first.IsCapitalized)
        {
            return null;
        }

        var person = subject.Entity.Type == EntityType.Person;
        AttachedKind kind;
        var verb = -1;
        if (first.Text == "which" && !person && ObjectOf(t, mentions, body + 1) is { } agentEnd)
        {
            kind = AttachedKind.ObjectRelative;
            verb = agentEnd;
        }
        else if (first.Text == "who" && person || first.Text == "which" && !person)
        {
            if (t[body + 1] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return null;
            }

            kind = AttachedKind.Relative;
        }
        else if (IsParticiple(first.Text) && (t[body + 1].Kind == TokenKind.Number || AfterParticiple.Contains(t[body + 1].Text)))
        {
            kind = AttachedKind.Participle;
        }
        else if (first.Text is "the" or "a" or "an")
        {
            kind = AttachedKind.Apposition;
        }
        else
        {
            return null;
        }

        // The clause ends at the next comma or the sentence's end; quoted words, brackets and dashes are another structure.
        var end = body + 1;
        while (end < t.Length && !t[end].Is(',') && !IsSentenceEnd(t, end))
        {
            if (t[end].Kind == TokenKind.Punctuation && t[end].Text is "\"" or "\u201C" or "\u201D" or "(" or ")" or ";" or ":" or "\u2014" or "\u2013")
            {
                return null;
            }

            if (t[end].Is('-') && t[end].SpaceBefore)
            {
                return null;
            }

            end++;
        }

        if (end - body > MaxLength)
        {
            return null;
        }

        // Another entity named inside a relative or participle clause may be its subject or object: still the clause's
        // subject is the mention before "who", so only a mention of the same entity type as the subject right before
        // the clause's verb would make it unclear ("X, who Y appointed in 2020"): the verb must follow "who" directly.
        var closed = end < t.Length && t[end].Is(',') && end + 1 < t.Length && t[end + 1] is { Kind: TokenKind.Word, IsCapitalized: false } next
                     && !NotPredicate.Contains(next.Text) && !MayOpen(next.Text);
        if (kind == AttachedKind.Apposition && !closed)
        {
            return null;
        }

        if (NamesOther(mentions, body, end, subject))
        {
            // "X, the rival of Y, said", "X, who met Y in 2019, said he ...": read without the clause, a pronoun or an age
            // after it would have one person less to stand for.
            return null;
        }

        if (kind != AttachedKind.Apposition && Governed(t, start))
        {
            // "the son of Queen X, who died at 95": the clause may be the son's.
            return null;
        }

        if (subject.Kind == MentionKind.Name && start > 0 && t[start - 1].IsWord("the"))
        {
            start--; // "the European Union, which ..."
        }

        return new AttachedClause(kind, subject, start, comma, body, end, closed, verb);
    }

    // "which Poland joined", "which it joined": the end of the clause's subject (a name or "it"), when a verb follows it.
    private static int? ObjectOf(ReadOnlySpan<Token> t, IReadOnlyList<Mention> mentions, int k)
    {
        var end = -1;
        if (t[k].IsWord("it") && !t[k].IsCapitalized)
        {
            end = k + 1;
        }
        else
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].First == k && !mentions[m].IsPossessive && mentions[m].Kind == MentionKind.Name)
                {
                    end = mentions[m].End;
                }
            }
        }

        return end > 0 && end < t.Length && t[end] is { Kind: TokenKind.Word, IsCapitalized: false } ? end : null;
    }

    /// <summary>Where the predicate after a noun phrase ending before <paramref name="k"/> starts: at <paramref name="k"/>,
    /// or after a relative clause set between commas there (", who served two terms as president, told").</summary>
    public static int VerbAfter(ReadOnlySpan<Token> t, int k)
    {
        if (k + 2 >= t.Length || !t[k].Is(',') || !(t[k + 1].IsWord("who") || t[k + 1].IsWord("which")) || t[k + 1].IsCapitalized)
        {
            return k;
        }

        for (var end = k + 2; end < t.Length && end <= k + 1 + MaxLength; end++)
        {
            if (t[end].Is(','))
            {
                return end + 1;
            }

            if (t[end].Kind == TokenKind.Punctuation && !t[end].Is('-'))
            {
                return k;
            }
        }

        return k;
    }

    /// <summary>Words that make the noun phrase after them the object of a phrase: a clause after it may be of the phrase's
    /// head ("the son of X, who").</summary>
    private static readonly WordSet Prepositions = new(new[]
    {
        "of", "to", "with", "for", "by", "from", "against", "than", "and", "or", "like", "under", "about", "between", "over",
        "beside", "alongside", "behind",
    });

    // Whether a preposition stands before the subject's noun phrase (a title of capitalized words may come between).
    private static bool Governed(ReadOnlySpan<Token> t, int start)
    {
        var k = start - 1;
        while (k >= 0 && t[k] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            k--;
        }

        // "chaired by X, who": the agent of a passive is the clause's head.
        return k >= 0 && t[k].Kind == TokenKind.Word && !t[k].IsCapitalized && Prepositions.Contains(t[k].Text) && !t[k].IsWord("by");
    }

    /// <summary>Whether the clause holds a pronoun: read apart from the words before its subject, it would have fewer
    /// people to stand for ("X met Y, who said he was ...").</summary>
    public static bool HasPronoun(ReadOnlySpan<Token> t, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (t[k].Kind == TokenKind.Word && t[k].Text is "he" or "she" or "him" or "his" or "her" or "they" or "them" or "their" or "it" or "its")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeterminer(Token token) => token.IsWord("the") || token.IsWord("a") || token.IsWord("an");

    private static bool IsSentenceEnd(ReadOnlySpan<Token> t, int i)
        => i == t.Length - 1 && t[i].Kind == TokenKind.Punctuation && t[i].Text is "." or "!" or "?";

    private static bool NamesOther(IReadOnlyList<Mention> mentions, int from, int end, Mention subject)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.First >= from && mention.End <= end && mention.Entity.Type == EntityType.Person && mention.Entity.Id != subject.Entity.Id)
            {
                return true;
            }
        }

        return false;
    }
}
