using System;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// An age after a surname the text never gives in full: "Stoltenberg, 64, handed over the gavel", "Rutte (57) said". The
/// surname stands for a known person only when everything agrees: exactly one person in the facts carries it, the text
/// names a country or organization whose office that person has held (the article is about their world), no other given
/// name is written before that surname anywhere in the text, no description follows the age ("Johnson, 61, a plumber"),
/// and the age written is within a year of the person's (a namesake's age is seldom so close; a slip of a year is the
/// usual error). Otherwise a bare surname may be anyone's, and the age stays unread.
/// </summary>
/// <remarks>A surname after a title ("Chancellor Scholz, 67,") or after the full name is a mention already; this reads
/// only what the mention finder leaves, so it never contradicts it.</remarks>
internal static class LoneSurnameAge
{
    /// <summary>How far the age written may be from the person's for the surname to be taken as theirs.</summary>
    private const int Closeness = 1;

    /// <summary>Whether a sentence may hold such an age: a number between commas or brackets after a capitalized word. Asked
    /// for sentences that name no entity, which are otherwise not read.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="knowledgeBase">The facts, whose people's surnames are looked up only for a word in that place.</param>
    public static bool MayStart(ReadOnlySpan<Token> tokens, KnowledgeBase knowledgeBase)
    {
        for (var i = 2; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && Opens(tokens[i - 1]) && (tokens[i + 1].Is(',') || tokens[i + 1].Is('.') || tokens[i + 1].Is(')'))
                && tokens[i - 2] is { Kind: TokenKind.Word, IsCapitalized: true } word && PersonNames.Of(knowledgeBase).WithSurname(word.Text).Count == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The age at the number <paramref name="first"/>..<paramref name="last"/> of the person a lone surname before
    /// it stands for, or <see langword="null"/>.</summary>
    public static AgeClaim? Read(SentenceContext s, int first, int last, int n)
    {
        var t = s.TokenSpan;
        var surname = first - 2;
        if (n is < 16 or > 120 || surname < 0 || first != last || !Opens(t[first - 1]) || s.TokenAt(last + 1) is not { } close
            || !(t[first - 1].Is(',') ? close.Is(',') || close.Is('.') : close.Is(')'))
            || t[surname] is not { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: false } word || s.MentionAt(surname) is not null
            || (surname > 0 && t[surname - 1] is { Kind: TokenKind.Word, IsCapitalized: true }) || s.Document is not { } document)
        {
            return null;
        }

        // "Johnson, 61, a plumber from Leeds": a description after the age introduces someone the reader does not know.
        if (s.IsWordAt(last + 2, "a") || s.IsWordAt(last + 2, "an"))
        {
            return null;
        }

        var people = PersonNames.Of(s.KnowledgeBase).WithSurname(word.Text);
        if (people.Count != 1 || people[0] is not { } person || AgeProperty(s, person) is not { } property || person.GetFact(property.Name)?.Date is not { } born)
        {
            return null;
        }

        var at = s.Time.Primary;
        if ((person.GetFact("died")?.Date is { } died && died.DayNumber < at.Earliest.DayNumber)
            || Math.Abs(FactDate.YearsBetween(born.Earliest, at.Earliest) - n) > Closeness
            || !ServedNamed(s, person, document) || GivenOtherName(s, person, word.Text, document))
        {
            return null;
        }

        return new AgeClaim(SpanOf(s.Tokens, first, last), person, property, n, IsAnniversary: false, s.Time);
    }

    private static bool Opens(in Token token) => token.Is(',') || token.Is('(');

    // Whether the text so far names a country or organization whose office the person has held.
    private static bool ServedNamed(SentenceContext s, Entity person, DocumentMentionState document)
    {
        var terms = s.KnowledgeBase.GetTermsOf(person.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var organization = terms[t].Organization.Id;
            for (var m = 0; m < s.Mentions.Count; m++)
            {
                if (s.Mentions[m].Entity.Id == organization)
                {
                    return true;
                }
            }

            for (var k = 0; k < document.Salience.Count; k++)
            {
                if (document.Salience[k].Entity.Id == organization)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether the text writes the surname anywhere after a capitalized word that is neither a word of the person's names nor
    // a title ("Camilla Stoltenberg"): then the surname is someone else's there too.
    private static bool GivenOtherName(SentenceContext s, Entity person, string surname, DocumentMentionState document)
    {
        var names = PersonNames.Of(s.KnowledgeBase);
        for (var n = 0; n < document.Sentences.Count; n++)
        {
            var tokens = TokenArrays.Of(document.Sentences[n].Tokens);
            for (var k = 1; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && string.Equals(tokens[k].Text, surname, StringComparison.OrdinalIgnoreCase)
                    && tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true } before && !names.IsWordOf(person, before.Text)
                    && !s.Vocabulary.Words.Contains(before.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
