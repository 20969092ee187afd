using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// The time an opening "when" clause of joining names without a date: "When Spain joined NATO, the alliance had 16 members"
/// speaks of the day Spain joined, which the organization's members timeline gives.
/// </summary>
/// <remarks>Only a member that joined once (a member that left and came back joined on two days), and only "When MEMBER
/// joined (the) ORGANIZATION," at the start of the sentence.</remarks>
internal static class JoiningClauseTime
{
    /// <summary>The organization joined and the day of the joining, or <see langword="null"/>.</summary>
    public static (Entity Organization, FactDate Day)? Read(SentenceContext s)
    {
        if (!s.IsWordAt(0, "when") || s.MentionStartingAt(1) is not { IsPossessive: false, Kind: not MentionKind.Adjective } member
            || member.Entity.Type != EntityType.Country || !s.IsWordAt(member.End, "joined", "entered"))
        {
            return null;
        }

        if (s.MentionStartingAt(SkipDeterminer(s, member.End + 1)) is not { IsPossessive: false, Kind: not MentionKind.Adjective } organization
            || s.TokenAt(organization.End)?.Is(',') != true || MembersOf(s, organization.Entity) is not { } property)
        {
            return null;
        }

        FactDate? day = null;
        var timeline = organization.Entity.GetFact(property.Name)!.Timeline;
        for (var i = 0; i < timeline.Count; i++)
        {
            if (timeline[i].Value != member.Entity.Id)
            {
                continue;
            }

            if (day is not null)
            {
                return null; // joined twice
            }

            day = timeline[i].From;
        }

        return day is { } joinedOn ? (organization.Entity, joinedOn) : null;
    }
}
