using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads when a successor's term began from a succession dated with no title: "X, who succeeded him in 2004,", "X replaced
/// Y in 2016", "X took over from Y in May 2010", "his successor, X, took over in 2004". The office is the one in which the
/// facts give the predecessor as the holder right before one of X's terms; the date is then checked like "X became prime
/// minister in 2004" (<see cref="TermClaim"/>).
/// </summary>
/// <remarks>
/// "him" or "her" stands for a person the sentence names before the verb or the paragraph has named: the one among them
/// who preceded X in some office. Silent when no office or more than one fits (a succession in a party or another body the
/// facts do not list, or two offices taken over from the same person), when the date does not end the clause ("in 2004 to
/// parliament"; a phrase of cause or sequence after it, "in 2004 after a long rivalry", still leaves the date the verb's), and for "as ..." (<see cref="SucceededAsReader"/> reads a title; "as party
/// leader" names another body).
/// </remarks>
internal static class SuccessionTimeReader
{
    private static readonly string[] ObjectPronouns = { "him", "her" };

    /// <summary>The claim of the succession whose predecessor is written at <paramref name="k"/> (a name or "him"/"her") and
    /// whose subject is <paramref name="subject"/>, written from token <paramref name="subjectStart"/>; or
    /// <see langword="null"/>.</summary>
    public static TermClaim? Read(SentenceContext s, int k, Entity subject, int subjectStart)
    {
        Entity? named = null;
        if (s.IsWordAt(k, ObjectPronouns))
        {
            k++;
        }
        else if (SuccessionReader.Predecessor(s, k) is { } old)
        {
            named = old.Entity;
            k = old.End;
        }
        else
        {
            return null;
        }

        return Dated(s, k, subject, subjectStart, named, named is null ? subjectStart : -1);
    }

    /// <summary>"his successor, X, took over in 2004": the successor named at <paramref name="successor"/> after a
    /// possessive of <paramref name="predecessor"/>; the verb follows the name (and its closing comma).</summary>
    public static TermClaim? ReadTookOver(SentenceContext s, Mention successor, Entity predecessor)
    {
        var k = successor.End;
        if (s.TokenAt(k)?.Is(',') == true)
        {
            k++;
        }

        if (s.IsWordAt(k, "took") && s.IsWordAt(k + 1, "over", "office"))
        {
            k += 2;
        }
        else if (s.IsWordAt(k, "succeeded", "replaced") && s.IsWordAt(k + 1, ObjectPronouns))
        {
            k += 2;
        }
        else
        {
            return null;
        }

        return Dated(s, k, successor.Entity, successor.First, predecessor, -1);
    }

    /// <summary>"X was succeeded by Y in 2004": the successor <paramref name="subject"/>'s term in the office the facts give
    /// <paramref name="predecessor"/> right before it, dated at <paramref name="k"/>; words from token
    /// <paramref name="spanStart"/>.</summary>
    public static TermClaim? ReadAfter(SentenceContext s, int k, Entity subject, int spanStart, Entity predecessor)
        => Dated(s, k, subject, spanStart, predecessor, -1);

    // The term claim when "in/on DATE" at k ends the clause and one office fits. A pronoun (pronounBefore >= 0) may stand for
    // any person named in the sentence before that token or in the paragraph before the sentence.
    private static TermClaim? Dated(SentenceContext s, int k, Entity subject, int subjectStart, Entity? predecessor, int pronounBefore)
    {
        if (s.IsWordAt(k, "as") || TermDates.Start(s, k) is not { } start || !EndsClause(s, start.End))
        {
            return null;
        }

        OfficeRef? office = null;
        var terms = s.KnowledgeBase.GetTermsOf(subject.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            if (SuccessionClaimVerifier.PredecessorOf(terms[t], s.KnowledgeBase).Holder is not { } previous
                || !(predecessor is not null ? previous.Id == predecessor.Id : NamedBefore(s, previous, pronounBefore)))
            {
                continue;
            }

            var here = new OfficeRef(terms[t].Organization, terms[t].Property);
            if (office is not null && !office.Equals(here))
            {
                return null;
            }

            office = here;
        }

        if (office is null)
        {
            return null;
        }

        var last = s.TokenSpan[start.End - 1];
        var first = s.TokenSpan[subjectStart].Span.Start;
        return new TermClaim(new TextSpan(first, last.Span.Start + last.Text.Length - first), subject, new[] { office }, start.Date, null, false, s.Time);
    }

    // Whether the person is named in this sentence before the token, or earlier in the paragraph, with no capitalized word
    // the facts do not know in between (it may be the person "him" stands for: "Jeremy Corbyn ... X, who replaced him").
    private static bool NamedBefore(SentenceContext s, Entity person, int before)
    {
        var t = s.TokenSpan;
        if (PersonPronoun.UnknownName(t.Slice(0, before), s.Mentions, null, s.Vocabulary.Words.Contains))
        {
            return false;
        }

        for (var m = 0; m < s.Mentions.Count && s.Mentions[m].End <= before; m++)
        {
            if (s.Mentions[m].Entity.Id == person.Id && !s.Mentions[m].Tentative)
            {
                return true;
            }
        }

        if (s.Document is not { } document || document.Sentence > document.Sentences.Count)
        {
            return false;
        }

        var salience = document.Salience;
        var named = new List<Entity>();
        var from = -1;
        for (var i = salience.Count - 1; i >= 0 && salience[i].Paragraph == document.Paragraph; i--)
        {
            named.Add(salience[i].Entity);
            if (from < 0 && salience[i].Entity.Id == person.Id && salience[i].Sentence < document.Sentence)
            {
                from = salience[i].Sentence;
            }
        }

        if (from < 0)
        {
            return false;
        }

        for (var n = from; n < document.Sentence; n++)
        {
            if (PersonPronoun.UnknownName(TokenArrays.Of(document.Sentences[n].Tokens), null, named, s.Vocabulary.Words.Contains))
            {
                return false;
            }
        }

        return true;
    }

    // The date ends the clause, or a phrase of cause or sequence follows it ("in 2004 after a long rivalry", "in 2016 amid
    // a crisis"): written before that phrase, the date is the verb's, not the phrase's.
    private static bool EndsClause(SentenceContext s, int end)
        => s.TokenAt(end) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') || next.Is(')') || next.IsWord("and")
            || (next is { Kind: TokenKind.Word, IsCapitalized: false } && next.IsWord("after") | next.IsWord("amid") | next.IsWord("following") | next.IsWord("despite"));
}
