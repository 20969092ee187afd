using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Membership;

/// <summary>
/// The organizations a membership predicate sets its subjects apart from, and the one it puts them in by "in":
/// "Austria and Malta are EU members outside NATO", "... are in the EU but not in NATO", "... are members of the EU but not
/// of NATO", "Ireland is in the EU". Each subject is then a member of the first organization and not of the second.
/// </summary>
internal static class ExcludedOrganization
{
    /// <summary>The word of "X is in the EU", the one predicate of membership without a membership noun; a trigger list
    /// (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet InWord = new(["in"]);

    /// <summary>Reads "outside (the) ORG" or "(,) but not (in|of) (the) ORG" at <paramref name="k"/>.</summary>
    /// <returns>The organization the subjects are not members of, with its members property, or <see langword="null"/>.</returns>
    public static (Mention Organization, PropertyDefinition Property)? Read(SentenceContext s, int k)
    {
        // "in NATO, but not in the EU"
        k = s.TokenAt(k)?.Is(',') == true && s.IsWordAt(k + 1, "but") ? k + 1 : k;
        if (s.IsWordAt(k, "outside"))
        {
            k++;
        }
        else if (s.IsWordAt(k, "but") && s.IsWordAt(k + 1, "not"))
        {
            k += s.IsWordAt(k + 2, "in", "of") ? 3 : 2;
        }
        else
        {
            return null;
        }

        return Organization(s, k, out _);
    }

    /// <summary>Reads "in (the) ORG" at <paramref name="k"/>, as a predicate of membership ("are in the EU"): only when the
    /// organization ends the clause or a contrast follows ("in NATO territory", "in NATO's plans" are places and plans).</summary>
    /// <returns>The organization, with its members property, or <see langword="null"/>; <paramref name="end"/> is the token
    /// after it.</returns>
    public static (Mention Organization, PropertyDefinition Property)? In(SentenceContext s, int k, out int end)
    {
        end = k;
        if (!s.IsWordAt(k, "in") || Organization(s, k + 1, out end) is not { } found)
        {
            return null;
        }

        var after = s.TokenAt(end);
        return after is null || after.Value.Is(',') || after.Value.Is('.') || after.Value.Is(';') || s.IsWordAt(end, "but") ? found : null;
    }

    private static (Mention Organization, PropertyDefinition Property)? Organization(SentenceContext s, int k, out int end)
    {
        end = k;
        if (s.MentionStartingAt(SkipDeterminer(s, k)) is not { Kind: not MentionKind.Adjective, IsPossessive: false } organization
            || MembersOf(s, organization.Entity) is not { } property)
        {
            return null;
        }

        end = organization.End;
        return (organization, property);
    }
}
