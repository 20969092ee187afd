using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads a title after an occasion of the person's: "chaired his last summit as secretary general", "on her first visit
/// as Italy's prime minister", "Merkel's final trip as chancellor". The occasion may lie ahead ("his first day as
/// president" is often planned) and the time is rarely named, so the role is only confirmed.
/// </summary>
internal static class OccasionAsTitleReader
{
    /// <summary>Occasions a person has in office.</summary>
    private static readonly HashSet<string> Occasions = new(StringComparer.OrdinalIgnoreCase)
    {
        "summit", "trip", "visit", "tour", "speech", "address", "meeting", "day", "week", "year", "act", "budget", "decision",
    };

    /// <summary>The role a title after "[his|her|X's] [words] OCCASION as" states, confirmed only.</summary>
    public static Claim? Read(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var (k, qualifier) = InvestitureReader.TitlePhraseStart(s, title);

        if (!s.IsWordAt(k - 1, "as") || s.TokenAt(k - 2) is not { Kind: TokenKind.Word } occasion || !Occasions.Contains(occasion.Text)
            || s.TokenSpan[title + length - 1].IsPossessive || RoleClaimExtractor.IsOtherOfficeWord(s.TokenSpan[title + length - 1].Text))
        {
            return null;
        }

        // Up to three words before the occasion ("last", "first official", "final two-day"), then the owner.
        var j = k - 3;
        for (var n = 0; n < 3 && j >= 0 && s.MentionAt(j) is null && !s.IsWordAt(j, "his", "her") && IsModifier(s.TokenSpan[j]); n++)
        {
            j--;
        }

        var owner = s.MentionEndingBefore(j + 1) is { IsPossessive: true, Kind: MentionKind.Name or MentionKind.Surname } named && named.Entity.Type == EntityType.Person
            ? named
            : PersonPronoun.Resolve(s.TokenSpan, j, s.Mentions, s.Document, possessive: true);
        if (owner is null)
        {
            return null;
        }

        var end = title + length;
        if (qualifier is null && s.IsWordAt(end, "of") && (s.MentionStartingAt(end + 1) ?? s.MentionStartingAt(ExtractorHelpers.SkipDeterminer(s, end + 1))) is { Kind: not MentionKind.Adjective, IsPossessive: false } o && o.Entity.Type != EntityType.Person)
        {
            qualifier = o;
            end = o.End;
        }

        return RoleClaimExtractor.MakeForPerson(s, owner, qualifier?.Entity, offices) is RoleClaim role
            ? role with { Span = new TextSpan(owner.Span.Start, s.TokenSpan[end - 1].Span.End - owner.Span.Start), ConfirmOnly = true }
            : null;
    }

    // "last", "first", "official", "two-day", "2": words that describe the occasion.
    private static bool IsModifier(Token token)
        => (token.Kind == TokenKind.Word && !token.IsCapitalized && !token.IsPossessive) || token.Kind == TokenKind.Number || token.Is('-');
}
