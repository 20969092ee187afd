using System;
using FactBase.Checking.Mentions;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Contradicts a name the facts do not know written with a title whose holder the facts give at the time, naming that
/// holder. Silent near a change of holder (an acting or incoming holder the facts leave out may be meant) and when the name
/// is a spelling of the holder's (the misspelling rule's to report).
/// </summary>
public sealed class UnknownHolderClaimVerifier : IClaimVerifier
{
    // A holder in office this long before the time and staying this long after it: no handover is near.
    private const int SettledDays = 90;

    /// <inheritdoc/>
    public Type ClaimType => typeof(UnknownHolderClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context)
    {
        var c = (UnknownHolderClaim)claim;
        var at = c.Time.Primary;
        if (c.Qualifier.GetFact(c.Office.Name) is not { IsTimeline: true } fact || fact.Timeline.Count == 0 || at.Precision != DatePrecision.Day)
        {
            return null;
        }

        Entity? holder = null;
        TimelineEntry? held = null;
        foreach (var entry in fact.Timeline)
        {
            // Only a term the facts close: a holder still in office in the facts may have been replaced since they were
            // written, and a news tool's facts lag the news, so a new name with the title is not flagged against them.
            var settled = entry.From.DayNumber <= at.DayNumber - SettledDays && entry.To is { } to && to.DayNumber > at.DayNumber + SettledDays;
            if (Overlaps(entry.From, entry.To, at))
            {
                if (!settled || holder is not null || !context.KnowledgeBase.TryGetEntity(entry.Value, out var known))
                {
                    return null;
                }

                holder = known;
                held = entry;
            }
        }

        if (holder is null || held is null || SpellsHolder(c.Name, holder))
        {
            return null;
        }

        var office = Wording.Office(c.Office, c.Qualifier);
        return ClaimVerdict.Contradicted(
            $"{c.Name} was not {office} {context.Words.On(at)}: the facts give {holder.Name}, in office since {context.Words.Date(held.From)}",
            holder.Name,
            null,
            c.Qualifier,
            c.Office.Name,
            held.Location);
    }

    // "Angela Merkl": a word two edits or fewer from a word of the holder's name is a misspelling, not another person.
    private static bool SpellsHolder(string written, Entity holder)
    {
        foreach (var word in written.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in holder.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (EditDistance.Distance(word.TrimEnd('\'', 's', '’'), name, 2) <= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
