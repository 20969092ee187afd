using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// An age given to a description of a person that opens its sentence: "The former welder, 62, now has a week", "The
/// veteran diplomat, aged 71, said", "The ex-banker, now 58, told", "The 62-year-old former welder now has a week" (when
/// the person is named earlier than <see cref="AgedPersonReference"/> looks). The description stands for a person named
/// before, found by ordered passes as coreference systems do, each resolving only when exactly one person fits: the
/// nearest sentence of the paragraph that names a person, then (when the paragraph names none) the whole document so far.
/// </summary>
/// <remarks>
/// The description feeds the age rule only: it makes no mention, so no other reader (a term, a relative clause's date, a
/// title) can refute anything through it. Silent: two people at the nearest level, a capitalized word there that may name
/// someone the facts do not know, a possessive of the person (a relative may be meant), a noun of a relation ("the
/// 45-year-old son", "the former aide"), a quotation in the sentence, a noun that may be a thing, and a number more than
/// three years from the person's age (<see cref="AgeClaim.Loose"/>: the description may be of someone else).
/// </remarks>
internal static class DescribedPersonAge
{
    /// <summary>Endings of nouns for people ("welder", "banker", "diplomat", "historian", "economist").</summary>
    private static readonly string[] PersonEndings = { "er", "or", "yer", "ian", "ist", "ster", "man", "woman", "at", "ant", "ent" };

    /// <summary>Words of a description before its noun: a time in office or a kind of career.</summary>
    private static readonly WordSet Modifiers = new(new[]
    {
        "former", "ex", "veteran", "longtime", "long", "time", "retired", "one", "onetime", "seasoned", "embattled", "beleaguered",
        "outgoing", "centre", "center", "left", "right", "wing", "trained", "career", "self", "made", "socialist", "social",
        "conservative", "liberal", "populist", "nationalist", "christian", "democratic", "green", "labour", "union", "trade",
        "steel", "factory", "bank", "investment", "party", "mining", "company", "industrial",
    });

    /// <summary>Nouns that end like a person's but may be things ("the former power", "the 62-year-old tower").</summary>
    private static readonly WordSet Things = new(new[]
    {
        "power", "tower", "center", "centre", "order", "border", "corner", "water", "paper", "letter", "chapter", "quarter",
        "theatre", "theater", "river", "monument", "parliament", "government", "movement", "agreement", "department",
        "document", "statement", "tournament", "restaurant", "plant", "state", "format", "boat", "seat",
    });

    /// <summary>Whether the sentence may hold such an age: it opens with "The" and a word, and has a number in its first
    /// twelve tokens. Asked of sentences that name no entity, so it looks at few tokens.</summary>
    public static bool MayStart(ReadOnlySpan<Token> t)
    {
        if (t.Length < 5 || !t[0].IsWord("the") || !t[0].IsCapitalized)
        {
            return false;
        }

        for (var k = 1; k < t.Length && k < 12; k++)
        {
            if (t[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The age claim of the number at tokens <paramref name="first"/>..<paramref name="last"/> (value
    /// <paramref name="n"/>), or <see langword="null"/>.</summary>
    public static AgeClaim? Read(SentenceContext s, int first, int last, int n)
    {
        var t = s.TokenSpan;
        if (n is < 16 or > 110 || !t[0].IsWord("the") || !t[0].IsCapitalized)
        {
            return null;
        }

        int noun;
        int after;
        if (first == 1 && YearOldAt(t, last))
        {
            // "The 62-year-old former welder now has": no mention at "old" (AgedPersonReference found no one near).
            if (s.MentionAt(last + 4) is not null)
            {
                return null;
            }

            noun = Head(t, last + 5, out after);
        }
        else
        {
            // "The former welder, 62, now has", "The veteran diplomat, aged 71, said", "The ex-banker, now 58, told".
            noun = Head(t, 1, out after);
            var k = after;
            if (noun < 0 || !t[k].Is(','))
            {
                return null;
            }

            k++;
            if (s.IsWordAt(k, "aged", "now"))
            {
                k++;
            }

            if (k != first || !(s.TokenAt(last + 1)?.Is(',') == true))
            {
                return null;
            }

            after = last + 2;
        }

        if (noun < 0 || s.TokenAt(after) is not { Kind: TokenKind.Word, IsCapitalized: false } verb || !(PredicateWords.Contains(verb.Text) || verb.Text.EndsWith("ed", StringComparison.Ordinal) || verb.Text.EndsWith("s", StringComparison.Ordinal)))
        {
            // The description must be the subject of a verb: "The former welder, 62, now has a week".
            return null;
        }

        if (SubjectPronoun.HasQuoteOrSpeech(t, 0) || s.Mentions.Count > 0 && s.Mentions[0].First < after)
        {
            // Quoted words are the speaker's; a name before the verb is the subject or beside it.
            return null;
        }

        if (Person(s) is not { } person || AgeProperty(s, person) is not { } property)
        {
            return null;
        }

        return new AgeClaim(SpanOf(s.Tokens, first, last), person, property, n, IsAnniversary: false, s.Time) { Loose = true };
    }

    /// <summary>The person a description that opens the sentence and ends right before <paramref name="end"/> stands for:
    /// "The former Belgian economy minister had been ...". The description is "The", lower-case modifiers and nouns (a
    /// country's adjective may stand among them) ending on a noun of a person, and names no one; the person is found as for
    /// an age. <see langword="null"/> when it is no such description or not exactly one person fits.</summary>
    public static Entity? Subject(SentenceContext s, int end)
    {
        var t = s.TokenSpan;
        if (end < 2 || end > 8 || !t[0].IsWord("the") || !t[0].IsCapitalized || SubjectPronoun.HasQuoteOrSpeech(t, 0))
        {
            return null;
        }

        for (var k = 1; k < end; k++)
        {
            var adjective = s.MentionAt(k) is { Kind: MentionKind.Adjective, IsPossessive: false } m && m.Entity.Type == EntityType.Country;
            if (!adjective && (t[k].Kind != TokenKind.Word || t[k].IsCapitalized || t[k].IsPossessive || !(Modifiers.Contains(t[k].Text) || IsNoun(t[k].Text) || IsNounModifier(t[k].Text))))
            {
                return null;
            }
        }

        var head = t[end - 1];
        if (head.IsCapitalized || SubjectPronoun.IsRelative(head.Text) || !IsNoun(head.Text) || s.Mentions.Count > 0 && s.Mentions[0].First < end && s.Mentions[0].Kind != MentionKind.Adjective)
        {
            return null;
        }

        return Person(s);
    }

    // A lower-case word before the head noun that names a field ("economy minister", "finance minister", "trade unionist").
    private static bool IsNounModifier(string word) => word.Length > 2 && word.Length < 12 && !PredicateWords.Contains(word) && !FunctionWords.Contains(word);

    /// <summary>Words that make a phrase more than a description: a clause, a preposition, a possessive.</summary>
    private static readonly WordSet FunctionWords = new(new[]
    {
        "the", "who", "which", "that", "and", "but", "for", "with", "from", "into", "his", "her", "its", "their", "our", "your",
        "not", "also", "then", "now", "once", "this", "these", "those", "there", "here", "when", "while", "after", "before",
    });

    private static bool YearOldAt(ReadOnlySpan<Token> t, int last)
        => last + 4 < t.Length && t[last + 1].Is('-') && t[last + 2].IsWord("year") && t[last + 3].Is('-') && t[last + 4].IsWord("old");

    // The head noun of a description from `k`: lower-case modifiers and nouns ("former welder and union leader", "ex-banker"),
    // the last of them a noun of a person; -1 when there is none. `after` is the token after the description.
    private static int Head(ReadOnlySpan<Token> t, int k, out int after)
    {
        after = -1;
        var head = -1;
        var words = 0;
        for (; k < t.Length && words < 7; k++)
        {
            var token = t[k];
            if (token.Is('-') && !token.SpaceBefore && head == k - 1)
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || token.IsCapitalized || token.IsPossessive)
            {
                break;
            }

            if (token.IsWord("and") && head == k - 1 && k + 1 < t.Length && t[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false } more && (Modifiers.Contains(more.Text) || IsNoun(more.Text)))
            {
                continue;
            }

            if (!(Modifiers.Contains(token.Text) || IsNoun(token.Text)))
            {
                break;
            }

            head = k;
            words++;
        }

        if (head < 0 || SubjectPronoun.IsRelative(t[head].Text) || !IsNoun(t[head].Text))
        {
            return -1;
        }

        after = head + 1;
        return head;
    }

    private static bool IsNoun(string word)
    {
        if (Things.Contains(word))
        {
            return false;
        }

        if (PersonNouns.Contains(word))
        {
            return true;
        }

        foreach (var ending in PersonEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The one person the description stands for: the nearest sentence of this paragraph that names a person, else the
    // document so far; exactly one person there, and nothing between that may name someone else.
    private static Entity? Person(SentenceContext s)
    {
        if (s.Document is not { } state || state.Sentence > state.Sentences.Count)
        {
            return null;
        }

        var salience = state.Salience;
        Entity? person = null;
        var from = -1;
        var inParagraph = false;
        var named = new List<Entity>();
        var level = -1; // the sentence of the nearest person in this paragraph
        for (var k = salience.Count - 1; k >= 0; k--)
        {
            var entry = salience[k];
            if (entry.Sentence >= state.Sentence)
            {
                continue;
            }

            if (!named.Exists(e => e.Id == entry.Entity.Id))
            {
                named.Add(entry.Entity);
            }

            if (entry.Entity.Type != EntityType.Person || entry.Kind is MentionKind.Adjective)
            {
                continue;
            }

            if (level >= 0 && entry.Sentence != level)
            {
                break; // the nearest sentence of the paragraph with a person is read alone
            }

            if (entry.Paragraph == state.Paragraph && level < 0)
            {
                level = entry.Sentence;
                inParagraph = true;
            }

            if (person is not null && person.Id != entry.Entity.Id)
            {
                return null;
            }

            person = entry.Entity;
            from = from < 0 ? entry.Sentence : from;
        }

        if (person is null || (!inParagraph && ParagraphNamesSomeone(state)))
        {
            return null;
        }

        for (var n = from; n < state.Sentence; n++)
        {
            var tokens = TokenArrays.Of(state.Sentences[n].Tokens);
            for (var k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && tokens[k].IsPossessive && PersonPronoun.IsNameWordOf(tokens[k].Text, person))
                {
                    return null; // "Löfven's son": a relative may be meant
                }
            }

            if (SubjectPronoun.RelativeSpokenOf(tokens) || SubjectPronoun.MayNameSomeoneElse(tokens, null, named, s.Vocabulary.Words.Contains, person))
            {
                return null;
            }
        }

        return person;
    }

    private static bool ParagraphNamesSomeone(DocumentMentionState state)
    {
        var salience = state.Salience;
        for (var k = salience.Count - 1; k >= 0 && salience[k].Paragraph == state.Paragraph; k--)
        {
            if (salience[k].Entity.Type == EntityType.Person && salience[k].Sentence < state.Sentence)
            {
                return true;
            }
        }

        return false;
    }
}
