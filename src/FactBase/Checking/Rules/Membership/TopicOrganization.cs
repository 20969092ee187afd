using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Membership;

/// <summary>
/// The organization a bare "member" speaks of ("Turkey, a member since 1952", "Sweden, which is not yet a member"): the one
/// organization with members that the sentence names, else the one its paragraph has named so far. Two candidates, or none,
/// and the member noun stays unread.
/// </summary>
internal static class TopicOrganization
{
    public static (Mention Organization, PropertyDefinition Property)? Find(SentenceContext s, IReadOnlyList<PropertyDefinition> nouns, IReadOnlyList<Mention> subjects)
    {
        Mention? one = null;
        PropertyDefinition? property = null;
        var several = false;
        foreach (var mention in s.Mentions)
        {
            Consider(mention, mention.Entity, mention.Kind);
        }

        if (one is null && !several && s.Document is { } document)
        {
            var salience = document.Salience;
            for (var k = salience.Count - 1; k >= 0 && salience[k].Paragraph == document.Paragraph; k--)
            {
                Consider(null, salience[k].Entity, salience[k].Kind);
            }
        }

        return one is not null && !several && property is not null ? (one, property) : null;

        void Consider(Mention? mention, Entity entity, MentionKind kind)
        {
            if (kind == MentionKind.Adjective || IsSubject(entity) || MembersProperty(entity, nouns, allowCount: false) is not { } found)
            {
                return;
            }

            if (one is null)
            {
                // A mention from an earlier sentence stands for the organization only; the claim points at the subject.
                one = mention ?? new Mention(entity, MentionKind.Description, -1, -1, default, false);
                property = found;
            }
            else if (one.Entity.Id != entity.Id)
            {
                several = true;
            }
        }

        bool IsSubject(Entity entity)
        {
            foreach (var subject in subjects)
            {
                if (subject.Entity.Id == entity.Id)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
