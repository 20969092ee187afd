using System;
using System.Collections.Generic;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>Checks who held an office right before a person took it, in the timelines of the offices both have held.</summary>
/// <remarks>Silent (<see langword="null"/>) when the two share no office (the succession may be in a party or another body
/// the facts do not list), when the predecessor still holds the office at the article's date (a succession to come, or
/// facts not yet updated), and when the facts give no holder before the person's term.</remarks>
public sealed class SuccessionClaimVerifier : IClaimVerifier
{
    /// <summary>The longest gap between two holders that still makes one the other's predecessor, in days (a caretaker
    /// period, an office left empty for some weeks).</summary>
    private const int Gap = 120;

    /// <inheritdoc/>
    public Type ClaimType => typeof(SuccessionClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((SuccessionClaim)claim, context);

    private static ClaimVerdict? Verify(SuccessionClaim c, VerificationContext v)
    {
        var terms = v.KnowledgeBase.GetTermsOf(c.Subject.Id);
        var old = v.KnowledgeBase.GetTermsOf(c.Predecessor.Id);
        OfficeTerm? shared = null;
        Entity? before = null;
        TimelineEntry? beforeTerm = null;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (!HeldToo(old, term, v, c.Time.AsOf, out var stillIn))
            {
                continue;
            }

            if (stillIn)
            {
                return null;
            }

            shared ??= term;
            var (previous, previousTerm) = PredecessorOf(term, v.KnowledgeBase);
            if (previous is null)
            {
                continue;
            }

            if (previous.Id == c.Predecessor.Id)
            {
                return v.Supported(term.Organization, term.Property.Name, term.Fact.Location, $"{c.Subject.Name} took over as {Wording.Office(term.Property, term.Organization)} from {c.Predecessor.Name} {v.Words.On(term.From)}");
            }

            before ??= previous;
            beforeTerm ??= previousTerm;
        }

        if (shared is null || before is null)
        {
            return null;
        }

        var title = Wording.Office(shared.Property, shared.Organization);
        return ClaimVerdict.Contradicted(
            $"{c.Subject.Name} did not take over from {c.Predecessor.Name}: {c.Subject.Name} became {title} {v.Words.On(shared.From)}, succeeding {before.Name}",
            before.Name,
            null,
            shared.Organization,
            shared.Property.Name,
            beforeTerm?.Location ?? shared.Fact.Location);
    }

    /// <summary>Whether the facts give <paramref name="predecessor"/> as the holder right before some term of
    /// <paramref name="successor"/>.</summary>
    internal static bool Follows(KnowledgeBase knowledgeBase, Entity successor, Entity predecessor)
    {
        var terms = knowledgeBase.GetTermsOf(successor.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            if (PredecessorOf(terms[t], knowledgeBase).Holder is { } previous && previous.Id == predecessor.Id)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the predecessor named held the same office as this term (and whether still at the article's date).
    private static bool HeldToo(IReadOnlyList<OfficeTerm> old, OfficeTerm term, VerificationContext v, FactDate asOf, out bool stillIn)
    {
        stillIn = false;
        var held = false;
        for (var o = 0; o < old.Count; o++)
        {
            if (old[o].Organization.Id == term.Organization.Id && old[o].Property.Name == term.Property.Name)
            {
                held = true;
                stillIn |= old[o].To is null || old[o].Covers(asOf);
            }
        }

        return held;
    }

    /// <summary>The holder whose term ended last before this one began (within the gap), other than the person: none when
    /// the facts list nobody then.</summary>
    internal static (Entity? Holder, TimelineEntry? Entry) PredecessorOf(OfficeTerm term, KnowledgeBase knowledgeBase)
    {
        var timeline = term.Organization.GetFact(term.Property.Name);
        if (timeline is null)
        {
            return (null, null);
        }

        var start = term.From.DayNumber;
        TimelineEntry? best = null;
        for (var i = 0; i < timeline.Timeline.Count; i++)
        {
            var entry = timeline.Timeline[i];
            if (entry.To is not { } end || end.DayNumber > start || end.DayNumber < start - Gap)
            {
                continue;
            }

            if (best is null || end.DayNumber > best.To!.Value.DayNumber)
            {
                best = entry;
            }
        }

        if (best is null || best.Value == term.Holder.Id || !knowledgeBase.TryGetEntity(best.Value, out var holder))
        {
            // The person's own earlier term ("re-elected"), or nobody known: this term says nothing.
            return (null, null);
        }

        return (holder, best);
    }
}
