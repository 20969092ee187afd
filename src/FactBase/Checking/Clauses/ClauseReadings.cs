using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Text;

namespace FactBase.Checking.Clauses;

/// <summary>
/// Reads a sentence again with each clause attached to a mention set apart, so the claim readers, which know a few
/// shapes of a clause, read every shape: "X, the first president to be re-elected, died in Rome aged 97" is read as "X died
/// in Rome aged 97"; "X, who had led the government since 2015, stood down" as "X stood down" and as "X had led the
/// government since 2015"; "President X, elected in 2016, said" as "President X, who was elected in 2016, said".
/// </summary>
/// <remarks>
/// Each reading is a copy of the sentence's tokens (an inserted word has an empty span where it stands), with the
/// sentence's mentions moved to their new places: the subject stays resolved as it was in the sentence, description or
/// name. The readings add claims only: a claim the sentence as written already makes (same rule, same words) keeps the
/// sentence's reading, which saw every time it names. Sentences with no comma before such a clause, or with no number
/// (every claim a clause adds states an age or a date), are not read again (docs/performance.md).
/// </remarks>
internal static class ClauseReadings
{
    /// <summary>Adds the claims of the sentence's clause readings to <paramref name="claims"/>.</summary>
    /// <param name="s">The sentence as written, already read.</param>
    /// <param name="extractors">The claim extractors.</param>
    /// <param name="claims">Where the claims go, after the sentence's own.</param>
    public static void Extract(SentenceContext s, IClaimExtractor[] extractors, List<Claim> claims)
    {
        var t = s.TokenSpan;
        if (s.Mentions.Count == 0 || !HasNumber(t) || !AttachedClause.MayHave(t) || AttachedClause.Find(t, s.Mentions) is not { } clauses)
        {
            return;
        }

        foreach (var clause in clauses)
        {
            // Each reading is made only when it holds a number where it differs from the sentence: the main clause (or the
            // subject) after a clause left out, the clause read alone. A participle that is a dated property's verb
            // ("X, founded in 1970,", "Born in 1955, X") is read as written already.
            switch (clause.Kind)
            {
                case AttachedKind.Relative:
                    if (clause.Closed && (HasNumber(t.Slice(clause.End)) || HasNumber(t.Slice(clause.SubjectStart, clause.Comma - clause.SubjectStart))))
                    {
                        Read(s, Without(t, clause), extractors, claims);
                    }

                    // "who was then prime minister" after "In 2010,": the number is the sentence's time.
                    if (!HasNumber(t.Slice(clause.Body, clause.End - clause.Body)) && !TimeWords(t, clause))
                    {
                        break;
                    }

                    if (!AttachedClause.HasPronoun(t, clause.Body + 1, clause.End))
                    {
                        var timed = MainTime(s, others: true) is not null;
                        ReadClause(s, AsMain(t, clause, timed), extractors, claims, others: timed && TimeWords(t, clause));
                    }

                    break;
                case AttachedKind.Participle:
                    if (HasNumber(t.Slice(clause.Body, clause.End - clause.Body)) && s.Vocabulary.MatchVerb(t, clause.Body).Length == 0)
                    {
                        Read(s, AsRelative(t, clause), s.Time, extractors, claims);
                    }

                    break;
                case AttachedKind.Apposition:
                    if (HasNumber(t.Slice(clause.End)) || HasNumber(t.Slice(clause.SubjectStart, clause.Comma - clause.SubjectStart)))
                    {
                        Read(s, Without(t, clause), extractors, claims);
                    }

                    break;
                case AttachedKind.ObjectRelative:
                    if (HasNumber(t.Slice(clause.Body, clause.End - clause.Body)))
                    {
                        ReadClause(s, ObjectFirst(t, clause), extractors, claims, others: false);
                    }

                    break;
                case AttachedKind.Opening:
                    if (HasNumber(t.Slice(0, clause.Comma)) && s.Vocabulary.MatchVerb(t, t[0].IsWord("having") ? 1 : 0).Length == 0)
                    {
                        Read(s, OpeningAsRelative(t, clause), s.Time, extractors, claims);
                    }

                    break;
            }
        }
    }

    private static bool HasNumber(ReadOnlySpan<Token> t)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence without the clause and its commas: "X died in Rome" of "X, the former ..., died in Rome".</summary>
    private static Reading Without(ReadOnlySpan<Token> t, AttachedClause clause)
    {
        var reading = new Reading(t.Length, t.Length);
        reading.Keep(t, 0, clause.Comma);
        reading.Keep(t, clause.End + 1, t.Length);
        return reading;
    }

    /// <summary>The relative clause as a main clause of its subject: "X had led the government since 2015".</summary>
    /// <remarks>With <paramref name="timed"/> (the sentence names the time it speaks of), "then" and "at the time" in the
    /// clause are that time, which the clause's reading is given: the words are left out, so "X was then prime minister"
    /// and "X was at the time prime minister" read as "X was prime minister" at the sentence's time.</remarks>
    private static Reading AsMain(ReadOnlySpan<Token> t, AttachedClause clause, bool timed)
    {
        var reading = new Reading(t.Length - clause.SubjectStart, t.Length);
        reading.Keep(t, clause.SubjectStart, clause.Comma);
        var from = clause.Body + 1;
        if (timed && from + 1 < clause.End && IsCopula(t[from]))
        {
            if (t[from + 1].IsWord("then"))
            {
                reading.Keep(t, from, from + 1);
                from += 2;
            }
            else if (from + 3 < clause.End && t[from + 1].IsWord("at") && t[from + 2].IsWord("the") && t[from + 3].IsWord("time"))
            {
                reading.Keep(t, from, from + 1);
                from += 4;
            }
        }

        // The rest of the sentence stays: the times and names it holds keep the readers' guards as they are for the
        // sentence ("Finland, which joined NATO in March, had applied in 2022": a month beside a year is not placed).
        reading.Keep(t, from, t.Length);
        return reading;
    }

    // Whether the clause speaks of the sentence's time in so many words: "was then", "was at the time".
    private static bool TimeWords(ReadOnlySpan<Token> t, AttachedClause clause)
        => clause.Body + 3 < clause.End && IsCopula(t[clause.Body + 1]) && (t[clause.Body + 2].IsWord("then") || (t[clause.Body + 2].IsWord("at") && t[clause.Body + 3].IsWord("the")));

    private static bool IsCopula(Token token) => token.IsWord("was") || token.IsWord("is") || token.IsWord("were");

    /// <summary>The participle phrase as the relative clause the readers know: "X, who was elected in 2016,".</summary>
    private static Reading AsRelative(ReadOnlySpan<Token> t, AttachedClause clause)
    {
        var reading = new Reading(t.Length + 2, t.Length);
        reading.Keep(t, 0, clause.Body);
        var at = new TextSpan(t[clause.Body].Span.Start, 0);
        reading.Insert(new Token(TokenKind.Word, "who", at, false, true));
        reading.Insert(new Token(TokenKind.Word, "was", at, false, true));
        reading.Keep(t, clause.Body, t.Length);
        return reading;
    }

    /// <summary>The object relative clause with its object in place: "Poland joined NATO and it joined the EU in 2004" of
    /// "Poland joined NATO and the EU, which it joined in 2004,".</summary>
    private static Reading ObjectFirst(ReadOnlySpan<Token> t, AttachedClause clause)
    {
        var reading = new Reading(t.Length, t.Length);
        reading.Keep(t, 0, clause.SubjectStart);
        reading.Keep(t, clause.Body + 1, clause.Verb + 1);
        reading.Keep(t, clause.SubjectStart, clause.Comma);
        reading.Keep(t, clause.Verb + 1, clause.End);
        return reading;
    }

    /// <summary>An opening participle phrase as a relative clause of the subject after it: "President X, who was elected in
    /// 2016, President X said" of "Elected in 2016, President X said". The subject is written again where the phrase starts
    /// (with empty spans there), so a claim of the phrase covers its words.</summary>
    private static Reading OpeningAsRelative(ReadOnlySpan<Token> t, AttachedClause clause)
    {
        var reading = new Reading(t.Length + (clause.Subject.End - clause.SubjectStart) + 3, t.Length);
        var at = new TextSpan(t[0].Span.Start, 0);
        reading.Copy(t, clause.SubjectStart, clause.Subject.End, at, clause.Subject);
        reading.Insert(new Token(TokenKind.Punctuation, ",", at, false, false));
        reading.Insert(new Token(TokenKind.Word, "who", at, false, true));
        var having = t[0].IsWord("having");
        reading.Insert(new Token(TokenKind.Word, having ? "had" : "was", at, false, true));
        reading.Keep(t, having ? 1 : 0, t.Length);
        return reading;
    }

    /// <summary>The time of a relative clause read alone: its own, else the time the sentence speaks of, which "at the
    /// time" and "then" in it refer to.</summary>
    private static void ReadClause(SentenceContext s, Reading reading, IClaimExtractor[] extractors, List<Claim> claims, bool others)
        => Read(s, reading, TimeContextReader.Read(reading.Tokens, TimeContextReader.Undated(s.Time.AsOf), MainTime(s, others)), extractors, claims);

    /// <summary>The time the sentence speaks of, as a narrative time for its clauses: the time at its start ("In 2010,") or
    /// the narrative's; with <paramref name="others"/>, also the one time it names elsewhere, which "then" and "at the time"
    /// refer to. <see langword="null"/> when it names none or several.</summary>
    private static TimeContext? MainTime(SentenceContext s, bool others)
    {
        var main = s.Time;
        if (main.Carried || main.Narrative is not null || main.Primary != main.AsOf)
        {
            return TimeContextReader.Carry(main.Primary, main.AsOf);
        }

        return others && main.Others.Count == 1 ? TimeContextReader.Carry(main.Others[0], main.AsOf) : null;
    }

    /// <summary>Reads the main clause with the times it names itself: those of the clause left out are of that clause
    /// ("X, who won the prize in 2008, has died aged 86"). The narrative's time still governs it.</summary>
    private static void Read(SentenceContext s, Reading reading, IClaimExtractor[] extractors, List<Claim> claims)
    {
        var time = s.Time;
        var carried = time.Carried && time.Narrative is { } narrative ? TimeContextReader.Carry(narrative, time.AsOf) : null;
        Read(s, reading, TimeContextReader.Read(reading.Tokens, TimeContextReader.Undated(time.AsOf), carried), extractors, claims);
    }

    private static void Read(SentenceContext s, Reading reading, TimeContext time, IClaimExtractor[] extractors, List<Claim> claims)
    {
        var mentions = reading.Move(s.Mentions);
        if (mentions.Count == 0)
        {
            return;
        }

        var sentence = new Sentence(s.Sentence.Span, reading.Tokens);
        var context = new SentenceContext(sentence, mentions, time, s.KnowledgeBase, s.Vocabulary) { Document = s.Document };
        for (var e = 0; e < extractors.Length; e++)
        {
            foreach (var claim in extractors[e].Extract(context))
            {
                // A claim of words written again (the subject before an opening phrase) or out of their order covers no
                // words of the text as one stretch: the sentence as written makes it, if anything does.
                if (claim.Span.Length > 0)
                {
                    claims.Add(claim);
                }
            }
        }
    }

    /// <summary>A sentence's tokens rearranged, with where each token of the sentence went.</summary>
    private sealed class Reading
    {
        private readonly List<Token> _tokens;

        // Where each token of the sentence went, plus one (0: left out).
        private readonly int[] _moved;

        public Reading(int capacity, int length)
        {
            _tokens = new List<Token>(capacity);
            _moved = new int[length];
        }

        public IReadOnlyList<Token> Tokens => _tokens;

        public void Keep(ReadOnlySpan<Token> t, int from, int to)
        {
            for (var i = from; i < to && i < t.Length; i++)
            {
                _moved[i] = _tokens.Count + 1;
                _tokens.Add(t[i]);
            }
        }

        public void Insert(Token token) => _tokens.Add(token);

        /// <summary>Writes the tokens again at <paramref name="at"/>, with the mention among them.</summary>
        public void Copy(ReadOnlySpan<Token> t, int from, int to, TextSpan at, Mention mention)
        {
            var offset = _tokens.Count - from;
            for (var i = from; i < to; i++)
            {
                _tokens.Add(t[i] with { Span = at });
            }

            _copies.Add(mention with { First = mention.First + offset, End = mention.End + offset, Span = at });
        }

        private readonly List<Mention> _copies = new();

        /// <summary>The mentions kept whole, at their new places, and those written again, in order.</summary>
        public List<Mention> Move(IReadOnlyList<Mention> mentions)
        {
            var moved = new List<Mention>(mentions.Count + _copies.Count);
            moved.AddRange(_copies);
            foreach (var mention in mentions)
            {
                var first = _moved[mention.First] - 1;
                var last = _moved[mention.End - 1] - 1;
                if (first >= 0 && last >= 0 && last - first == mention.End - 1 - mention.First)
                {
                    moved.Add(mention with { First = first, End = last + 1 });
                }
            }

            moved.Sort(static (a, b) => a.First.CompareTo(b.First));
            return moved;
        }
    }
}
