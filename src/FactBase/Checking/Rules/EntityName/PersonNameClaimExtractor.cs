using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules.Role;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.EntityName;

/// <summary>
/// Reads people's names as wholes. Two checks, both for known people only:
/// <list type="bullet">
/// <item>a given name that does not go with a surname only one known person carries: a typo of the right one ("Olav Scholz",
/// "Josef Luns"), or, when a title the person held pins the person down, another known person's given name
/// ("German Chancellor Emmanuel Scholz", "Prime Minister Dmitry Mishustin");</item>
/// <item>a surname one or two edits from the surname of a person who held the office of the title right before it
/// ("British Prime Minister Starmar", "Prime Minister Sanna Mari"), even when the right spelling appears nowhere.</item>
/// </list>
/// Any other given name may be a namesake ("Melania Trump"), so it stays silent.
/// </summary>
public sealed class PersonNameClaimExtractor : IClaimExtractor
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof" };

    /// <summary>Whether a sentence that names no known entity may still hold a misspelled surname after a title
    /// ("Prime Minister Petteri Orppo said"): a title, then a capitalized word. Such a sentence is read though it names no
    /// one the facts know.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="marks">Their marks (<see cref="TokenNotes"/>): a title starts only at a token with the title cue.</param>
    /// <param name="vocabulary">The titles.</param>
    /// <returns>Whether the sentence is worth reading for this rule.</returns>
    internal static bool MayStart(ReadOnlySpan<Token> tokens, ReadOnlySpan<ushort> marks, VocabularyIndex vocabulary)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if ((TokenNotes.CuesOf(marks[i]) & TokenCues.Title) == 0 || tokens[i] is not { Kind: TokenKind.Word, IsCapitalized: true })
            {
                continue;
            }

            var length = vocabulary.MatchTitle(tokens, i).Length;
            if (length > 0 && i + length < tokens.Length && tokens[i + length] is { Kind: TokenKind.Word, IsCapitalized: true })
            {
                return true;
            }

            i += Math.Max(length, 1) - 1;
        }

        return false;
    }

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        List<Claim>? claims = null;
        PersonNames? names = null;
        var tokens = s.TokenSpan;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || token.IsPossessive)
            {
                continue;
            }

            // Only a capitalized word before another capitalized word can be a given name before a surname; only a title
            // can come before a surname that stands alone. Most tokens are neither: no lookup for them.
            var next = tokens[i + 1];
            var titled = (s.CuesAt(i) & TokenCues.Title) != 0;
            if (!titled && (next.Kind != TokenKind.Word || !next.IsCapitalized))
            {
                continue;
            }

            names ??= PersonNames.Of(s.KnowledgeBase);
            Claim? claim = null;
            if (titled && s.Vocabulary.MatchTitle(tokens, i) is { Length: > 0 } title)
            {
                claim = SurnameAfterTitle(s, names, i, title.Length, title.Properties);
                if (claim is null)
                {
                    i += title.Length - 1;
                    continue;
                }
            }
            else if (next.Kind == TokenKind.Word && next.IsCapitalized)
            {
                claim = GivenNameBeforeSurname(s, names, i);
            }

            if (claim is not null)
            {
                (claims ??= new List<Claim>()).Add(claim);
            }
        }

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    // [Title] Given Surname: the surname is one known person's, the given name is not one of theirs.
    private static PersonNameClaim? GivenNameBeforeSurname(SentenceContext s, PersonNames names, int given)
    {
        var tokens = s.TokenSpan;
        var word = tokens[given].Text;
        var surname = given + 1;
        // Cheapest and most selective tests first: most capitalized pairs are a known full name or carry no known surname.
        if (word.Length < 3 || s.MentionAt(given) is { } known && known.End > surname
            || names.WithSurname(tokens[surname].Text) is not { Count: 1 } people
            || IsAllUpper(word) || Honorifics.Contains(word) || s.Vocabulary.Words.Contains(word) || RoleClaimExtractor.IsOtherOfficeWord(word))
        {
            return null;
        }

        // "Olav Scholz Foundation", "Harper Collins": a longer name of something else.
        if (surname + 1 < tokens.Length && tokens[surname + 1] is { Kind: TokenKind.Word, IsCapitalized: true } after && !s.Vocabulary.Words.Contains(after.Text))
        {
            return null;
        }

        var person = people[0];
        if (names.IsWordOf(person, word))
        {
            return null;
        }

        var pinned = IsTitleOf(s, person, given);
        var typo = ClosestTypo(word, names.GivenNamesOf(person), pinned);
        if (typo is not null)
        {
            return new PersonNameClaim(WordSpan(tokens[given]), person, word, typo, $"the only known person with the surname {tokens[surname].Text}");
        }

        // Another known person's given name ("Emmanuel Scholz") mixes two people; only a title the person held makes sure
        // the known one is meant, not a namesake.
        if (pinned && names.WithGivenName(word).Count > 0 && !IsShortForm(word, names.GivenNamesOf(person)) && !IsTransliteration(word, names.GivenNamesOf(person)))
        {
            var right = names.GivenNamesOf(person) is { Count: > 0 } own ? own[0] : null;
            var other = names.WithGivenName(word)[0];
            return right is null
                ? null
                : new PersonNameClaim(WordSpan(tokens[given]), person, word, right, $"the only known person with the surname {tokens[surname].Text}, and the title is one of theirs; {word} is the given name of {other.Name}");
        }

        return null;
    }

    // Title [Given] Word: Word is one or two edits from the surname of someone who held the title's office (of the
    // qualifier, when one is named) and is no known name itself.
    private static PersonNameClaim? SurnameAfterTitle(SentenceContext s, PersonNames names, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var tokens = s.TokenSpan;
        var start = title + length;
        if (start >= tokens.Length || IsOtherOfficeAround(tokens, title, start))
        {
            return null;
        }

        // The qualifier: a known entity right before the title ("British", "Finland's"); an unknown capitalized word there
        // ("Argentine President Macri") means an office the facts do not cover.
        Entity? qualifier = null;
        if (s.MentionEndingBefore(title) is { } q)
        {
            if (q.Entity.Type == EntityType.Person)
            {
                return null;
            }

            qualifier = q.Entity;
        }
        else if (title > 0 && tokens[title - 1] is { Kind: TokenKind.Word, IsCapitalized: true } before
                 && !before.IsWord("Former") && !before.IsWord("Then") && !before.IsWord("The"))
        {
            return null;
        }

        int? given = null;
        var word = start;
        if (!IsCapitalizedWord(tokens, word))
        {
            return null;
        }

        if (IsCapitalizedWord(tokens, word + 1))
        {
            given = word;
            word++;
        }

        // A third capitalized word: a longer name, or a headline in title case.
        if (IsCapitalizedWord(tokens, word + 1))
        {
            return null;
        }

        var text = tokens[word].Text;
        if (text.Length < 4 || IsAllUpper(text) || s.MentionAt(word) is not null || (given is { } g && s.MentionAt(g) is not null)
            || s.Vocabulary.Words.Contains(text) || (given is null && names.IsAnyPersonWord(text)))
        {
            return null;
        }

        // With a given name or a named country the office is pinned down: two edits; a bare title: one.
        var limit = given is not null || qualifier is not null ? 2 : 1;
        Entity? found = null;
        string? correct = null;
        foreach (var office in offices)
        {
            // Only the holders with a surname that can be a typo of the word: the others cannot match below.
            foreach (var holder in names.HoldersNear(office.Name, text, limit, surname => IsTypo(text, surname, limit)))
            {
                if (qualifier is not null && !HeldIn(s, holder, qualifier, office))
                {
                    continue;
                }

                if (given is { } gi && !ContainsIgnoreCase(names.GivenNamesOf(holder), tokens[gi].Text))
                {
                    continue;
                }

                foreach (var surname in names.SurnamesOf(holder))
                {
                    if (IsTypo(text, surname, limit))
                    {
                        if (found is not null && found.Id != holder.Id)
                        {
                            // Two people fit: we cannot tell which was meant.
                            return null;
                        }

                        found = holder;
                        correct ??= surname;
                    }
                }
            }
        }

        var title0 = offices[0].Titles.Count > 0 ? offices[0].Titles[0] : offices[0].Name;
        return found is null || correct is null ? null : new PersonNameClaim(WordSpan(tokens[word]), found, text, correct, $"the only known {title0} with a surname this close to {text}");
    }

    private static bool HeldIn(SentenceContext s, Entity holder, Entity qualifier, PropertyDefinition office)
    {
        var terms = s.KnowledgeBase.GetTermsOf(holder.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].Organization.Id == qualifier.Id && terms[t].Property.Name == office.Name)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a title the person held (any office with a title that ends right before the given name) comes first.
    private static bool IsTitleOf(SentenceContext s, Entity person, int index)
    {
        var tokens = s.TokenSpan;
        for (var start = Math.Max(0, index - 5); start < index; start++)
        {
            var (length, properties) = s.Vocabulary.MatchTitle(tokens, start);
            if (length != index - start || (start > 0 && RoleClaimExtractor.IsOtherOfficeWord(tokens[start - 1].Text)))
            {
                continue;
            }

            var terms = s.KnowledgeBase.GetTermsOf(person.Id);
            for (var t = 0; t < terms.Count; t++)
            {
                foreach (var p in properties)
                {
                    if (terms[t].Property.Name == p.Name)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsOtherOfficeAround(ReadOnlySpan<Token> tokens, int title, int end)
        => (title > 0 && RoleClaimExtractor.IsOtherOfficeWord(tokens[title - 1].Text))
           || (title > 1 && tokens[title - 1].Is('-') && RoleClaimExtractor.IsOtherOfficeWord(tokens[title - 2].Text))
           || (end + 1 < tokens.Length && tokens[end].Is('-') && RoleClaimExtractor.IsOtherOfficeWord(tokens[end + 1].Text));

    // A given name that is a typo of one of the person's: the same first letter, one edit (two for longer names), and not
    // a short form of it ("Alex" for "Alexander"). Without a title only longer names count: short ones are often other names.
    private static string? ClosestTypo(string word, IReadOnlyList<string> givenNames, bool pinned)
    {
        if (!pinned && word.Length < 5)
        {
            // A short name with two letters swapped ("Kier" for "Keir") is a typo, not another name.
            return word.Length == 4 ? SwappedTwin(word, givenNames) : null;
        }

        foreach (var given in givenNames)
        {
            if (IsTypo(word, given, 2) && !IsShortForm(word, given) && !IsTransliteration(word, given))
            {
                return given;
            }
        }

        return null;
    }

    private static string? SwappedTwin(string word, IReadOnlyList<string> givenNames)
    {
        foreach (var given in givenNames)
        {
            if (given.Length == word.Length && char.ToUpperInvariant(word[0]) == char.ToUpperInvariant(given[0]) && IsOneSwap(word, given))
            {
                return given;
            }
        }

        return null;
    }

    // Equal but for two neighbouring letters in the other order.
    private static bool IsOneSwap(string word, string right)
    {
        var first = -1;
        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(word[k]) != char.ToLowerInvariant(right[k]))
            {
                first = k;
                break;
            }
        }

        if (first < 0 || first + 1 >= word.Length
            || char.ToLowerInvariant(word[first]) != char.ToLowerInvariant(right[first + 1])
            || char.ToLowerInvariant(word[first + 1]) != char.ToLowerInvariant(right[first]))
        {
            return false;
        }

        return string.Equals(word.Substring(first + 2), right.Substring(first + 2), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTypo(string word, string right, int limit)
    {
        if (char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(right[0]) || string.Equals(word, right, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Short names allow one edit only: "Mile" for "Mike", not "Mark" for "Mike".
        var max = Math.Min(word.Length, right.Length) <= 4 ? Math.Min(limit, 1) : limit;
        return EditDistance.Distance(word, right, max) <= max;
    }

    private static bool IsShortForm(string word, IReadOnlyList<string> givenNames)
    {
        foreach (var given in givenNames)
        {
            if (IsShortForm(word, given))
            {
                return true;
            }
        }

        return false;
    }

    // "Alexander" for "Aleksander", "Alexandr" for "Aleksandr": English writes the Slavic "ks" as "x", so the name is the
    // same one spelt the English way, not a typo.
    private static bool IsTransliteration(string word, IReadOnlyList<string> givenNames)
    {
        foreach (var given in givenNames)
        {
            if (IsTransliteration(word, given))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransliteration(string word, string given)
        => string.Equals(word.ToLowerInvariant().Replace("ks", "x"), given.ToLowerInvariant().Replace("ks", "x"), StringComparison.Ordinal);

    // "Joe" and "Joseph", "Alex" and "Alexander": one starts with the other.
    private static bool IsShortForm(string word, string given)
        => given.StartsWith(word, StringComparison.OrdinalIgnoreCase) || word.StartsWith(given, StringComparison.OrdinalIgnoreCase);

    private static bool ContainsIgnoreCase(IReadOnlyList<string> words, string word)
    {
        foreach (var w in words)
        {
            if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalizedWord(ReadOnlySpan<Token> tokens, int index)
        => index < tokens.Length && tokens[index] is { Kind: TokenKind.Word, IsCapitalized: true };

    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan WordSpan(Token token) => new(token.Span.Start, token.Text.Length);
}
