using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Rules;
using FactBase.Checking.Rules.Role;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Structure;

/// <summary>
/// A list of an office's holders: under a lead-in that names one country or organisation and one of its offices ("France
/// has had these heads of government:", "NATO's secretaries general since 1995:"), the item "X (2005–2007)" says X held
/// that office from 2005 to 2007 (<see cref="TermClaim"/>), not only some office then as a term after a name alone does
/// (<see cref="TenureReader"/>, which is only confirmed).
/// </summary>
/// <remarks>Silent: a lead-in naming two bodies or two offices, or none; a person who never held the office (the list may
/// hold others: acting holders, rivals); items with more than one bracketed term.</remarks>
internal sealed class OfficeListReader
{
    private readonly VocabularyIndex _vocabulary;
    private readonly KnowledgeBase _knowledgeBase;

    public OfficeListReader(VocabularyIndex vocabulary, KnowledgeBase knowledgeBase)
    {
        _vocabulary = vocabulary;
        _knowledgeBase = knowledgeBase;
    }

    /// <summary>The one office the lead-in names, or <see langword="null"/>.</summary>
    public OfficeRef? LeadIn(IReadOnlyList<Token> tokens, IReadOnlyList<Mention>? mentions)
    {
        Entity? body = null;
        foreach (var mention in mentions ?? (IReadOnlyList<Mention>)System.Array.Empty<Mention>())
        {
            if (mention.Entity.Type == EntityType.Person)
            {
                continue;
            }

            if (body is not null && body.Id != mention.Entity.Id)
            {
                return null; // two bodies: whose office is unclear
            }

            body = mention.Entity;
        }

        if (body is null)
        {
            return null;
        }

        OfficeRef? found = null;
        void Take(PropertyDefinition property, ref bool several)
        {
            if (body.GetFact(property.Name) is not { IsTimeline: true } fact || fact.Timeline.Count == 0)
            {
                return;
            }

            var office = new OfficeRef(body, property);
            several |= found is not null && found != office;
            found = office;
        }

        var several = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (HeadsOfGovernment(tokens, i))
            {
                foreach (var property in _knowledgeBase.Properties)
                {
                    if (property.HeadOfGovernment == 1)
                    {
                        Take(property, ref several);
                    }
                }

                i += 2;
                continue;
            }

            var (length, properties) = _vocabulary.MatchTitle(tokens, i);
            if (length == 0)
            {
                continue;
            }

            foreach (var property in properties)
            {
                Take(property, ref several);
            }

            i += length - 1;
        }

        return several ? null : found;
    }

    // "head of government", "heads of government".
    private static bool HeadsOfGovernment(IReadOnlyList<Token> tokens, int i)
        => i + 2 < tokens.Count && (tokens[i].IsWord("heads") || tokens[i].IsWord("head")) && tokens[i + 1].IsWord("of") && tokens[i + 2].IsWord("government");

    /// <summary>Replaces the confirmed-only term after a holder's name in the item with the term in
    /// <paramref name="office"/>, for a person who held it.</summary>
    public void Item(IReadOnlyList<Token> tokens, IReadOnlyList<Mention>? mentions, OfficeRef office, List<Claim> claims, int firstOfSentence)
    {
        if (mentions is null)
        {
            return;
        }

        foreach (var person in mentions)
        {
            if (person.Entity.Type != EntityType.Person || person.Kind != MentionKind.Name || person.IsPossessive || person.End >= tokens.Count
                || !tokens[person.End].Is('(') || !Held(person.Entity, office))
            {
                continue;
            }

            for (var c = firstOfSentence; c < claims.Count; c++)
            {
                if (claims[c] is RoleClaim { ConfirmOnly: true } term && term.Subject.Id == person.Entity.Id && term.Span.Start == person.Span.Start
                    && term.Time.Others.Count == 1 && term.Span.End > person.Span.End)
                {
                    claims[c] = new TermClaim(term.Span, person.Entity, new[] { office }, term.Time.Primary, term.Time.Others[0], false, term.Time);
                }
            }
        }
    }

    private bool Held(Entity person, OfficeRef office)
    {
        var terms = _knowledgeBase.GetTermsOf(person.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].Organization.Id == office.Organization.Id && terms[t].Property.Name == office.Property.Name)
            {
                return true;
            }
        }

        return false;
    }
}
