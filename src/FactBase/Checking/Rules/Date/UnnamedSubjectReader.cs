using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// The person a dated verb speaks of when its clause does not name them: "Born in Southampton on 12 May 1980, he won the
/// leadership" (the pronoun after an opening participle phrase: the one person the paragraph has named, as for a pronoun
/// opening its sentence; with two people or a name the facts do not know there, read as for a description), "The
/// 42-year-old historian, who was born in Gdansk in 1983, ..." and "The party leader, born on
/// 25 March 1987, ..." (a description the facts may not know). Only the pronoun is certain enough to flag a wrong date;
/// through a description the claim is read for the one person named in this or the last few sentences whose fact the date
/// agrees with, and only confirmed.
/// </summary>
internal static class UnnamedSubjectReader
{
    /// <summary>How many sentences back a person may have been named for a description to stand for them.</summary>
    private const int Reach = 3;

    /// <summary>How many tokens a description opening its sentence may have before its comma ("The former central banker,").</summary>
    private const int DescriptionLength = 7;

    /// <summary>Whether a sentence that names no entity may still state a dated fact of someone named before: "The former
    /// central banker, who was born in 1965, ..." (a description and a comma open it, a verb of the vocabulary soon follows)
    /// or "Born in Scranton on 20 November 1942, he ...". Such sentences are read with no mentions.</summary>
    public static bool MayStart(ReadOnlySpan<Token> tokens, Vocabulary.VocabularyIndex vocabulary)
    {
        if (tokens.Length > 4 && tokens[0].IsCapitalized && !tokens[0].IsWord("the") && vocabulary.MatchVerb(tokens, 0).Length > 0)
        {
            // "Born in Southampton on 12 May 1980, he ...": an opening participle phrase and a pronoun after its comma.
            for (var k = 2; k < tokens.Length - 1 && k < 16; k++)
            {
                if (tokens[k].Is(',') && PersonPronoun.Is(tokens[k + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        if (tokens.Length < 6 || !tokens[0].IsWord("the") || DescriptionComma(tokens) is not { } comma)
        {
            return false;
        }

        for (var k = comma + 1; k < tokens.Length && k <= comma + 3; k++)
        {
            if (vocabulary.MatchVerb(tokens, k).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The claim of the dated verb at <paramref name="verb"/> whose clause names no subject, or <see langword="null"/>.</summary>
    public static DateClaim? Read(SentenceContext s, int verb, (FactDate Date, int First, int End, TimeReading Reading) date, List<PropertyDefinition> properties)
    {
        if (date.Reading != TimeReading.Stated)
        {
            return null; // a relative time leans on the narrative already: one guess at a time
        }

        var t = s.TokenSpan;
        var span = ExtractorHelpers.SpanOf(s.Tokens, date.First, date.End - 1);

        // "Born in Southampton on 12 May 1980, he won ...": the pronoun that opens the main clause.
        // "Born in Wuppertal in 1930, the son of a preacher, he left school": past a description of the subject.
        if (verb == 0 && DateClaimExtractor.OpeningPhraseComma(s, date.End) is { } phraseComma
            && DateClaimExtractor.PastApposition(s, phraseComma + 1) - 1 is var phraseEnd && phraseEnd + 1 < t.Length && PersonPronoun.Is(t[phraseEnd + 1]))
        {
            var pronoun = PersonPronoun.Resolve(t.Slice(phraseEnd + 1), 0, Array.Empty<Mention>(), s.Document);
            if (pronoun is not null)
            {
                return Has(pronoun.Entity, properties) is { } own ? new DateClaim(span, pronoun.Entity, own, date.Date) { Reading = date.Reading } : null;
            }

            // Two people before it, or a name the facts do not know: the one person named lately whose date agrees, only
            // confirmed, as for a description.
            return Agreeing(s, 0, date.Date, properties) is { } agreeing
                ? new DateClaim(span, agreeing.Person, agreeing.Property, date.Date) { Reading = date.Reading, ConfirmOnly = true }
                : null;
        }

        // "The 42-year-old historian, who was born ...", "The D66 leader, born ...": a description and a comma open the
        // sentence, and nothing but "who was" stands between the comma and the verb.
        if (DescriptionComma(t) is not { } comma || comma >= verb || verb - comma > 3 || NamesBefore(s, comma))
        {
            return null;
        }

        return Agreeing(s, verb, date.Date, properties) is { } found
            ? new DateClaim(span, found.Person, found.Property, date.Date) { Reading = date.Reading, ConfirmOnly = true }
            : null;
    }

    // The comma that closes a description opening the sentence: "The", then lower-case words, numbers, hyphens or
    // capitalized words (a party, a nationality) and no clause word.
    private static int? DescriptionComma(ReadOnlySpan<Token> t)
    {
        for (var k = 1; k < t.Length && k <= DescriptionLength; k++)
        {
            if (t[k].Is(','))
            {
                return k >= 2 ? k : null;
            }

            if (t[k].Kind == TokenKind.Punctuation && !t[k].Is('-'))
            {
                return null;
            }

            if (t[k].IsWord("who") || t[k].IsWord("which") || t[k].IsWord("and") || t[k].IsWord("said") || t[k].IsWord("was") || t[k].IsWord("is"))
            {
                return null;
            }
        }

        return null;
    }

    // A name of the facts before the comma that is not a description of a person ("The NATO chief," names NATO, not a
    // person; "The 42-year-old historian," is a description).
    private static bool NamesBefore(SentenceContext s, int comma)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First < comma && !(m.Entity.Type == EntityType.Person && m.Kind == MentionKind.Description))
            {
                return true;
            }
        }

        return false;
    }

    // The one person named in this sentence before the verb or in the last few sentences whose dated fact agrees with the
    // date written; none when no one, or more than one, agrees.
    private static (Entity Person, PropertyDefinition Property)? Agreeing(SentenceContext s, int verb, FactDate written, List<PropertyDefinition> properties)
        => OnePersonNamedLately.Find(s.Mentions, verb, s.Document, Reach, e => Has(e, properties) is { } p && MatchesAny(written, e.GetFact(p.Name)!.Date!.Value, e.GetFact(p.Name)!.AlsoDates, out _)) is { } person
            ? (person, Has(person, properties)!)
            : null;

    private static PropertyDefinition? Has(Entity e, List<PropertyDefinition> properties)
    {
        foreach (var p in properties)
        {
            if (e.GetFact(p.Name)?.Date is not null)
            {
                return p;
            }
        }

        return null;
    }
}
