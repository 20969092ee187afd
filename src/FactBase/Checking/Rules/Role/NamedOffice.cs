using System;
using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Which of a person's offices a text means when it tells of the office without a title ("X took office in 2017"): the
/// one of the offices the facts give the person whose title the sentence or its paragraph writes ("President", "the prime
/// minister"), else the one office the facts give the person, when the text has named its country or organisation.
/// </summary>
internal static class NamedOffice
{
    /// <summary>How many sentences back the title and the entities are looked for.</summary>
    internal const int Reach = 8;

    /// <summary>The office, or <see langword="null"/> when the person held none, or several and the text names none of them
    /// or more than one.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="person">The person.</param>
    /// <param name="named">Only an office whose title the text writes: "the post", "the job" stand for an office named
    /// before, which may be one the facts do not list ("foreign secretary"), so the person's one office is no answer.</param>
    public static OfficeRef? Of(SentenceContext s, Entity person, bool named = false)
    {
        var office = Of(s, person, out var written);
        return named && !written ? null : office;
    }

    private static OfficeRef? Of(SentenceContext s, Entity person, out bool written)
    {
        written = false;
        var offices = OfficesOf(s, person);
        if (offices.Count == 0)
        {
            return null;
        }

        OfficeRef? named = null;
        var several = false;
        void Look(IReadOnlyList<Token> tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var (length, properties) = s.Vocabulary.MatchTitle(tokens, i);
                if (length == 0)
                {
                    continue;
                }

                foreach (var office in offices)
                {
                    if (Contains(properties, office.Property) && named != office)
                    {
                        several |= named is not null;
                        named = office;
                    }
                }

                i += length - 1;
            }
        }

        Look(s.Tokens);
        if (s.Document is { } document)
        {
            // At most the last few sentences of the paragraph: a document of one long paragraph is not read again per claim.
            for (var k = System.Math.Max(FirstOfParagraph(s), document.Sentence - Reach); k >= 0 && k < document.Sentence && k < document.Sentences.Count; k++)
            {
                Look(document.Sentences[k].Tokens);
            }
        }

        if (several)
        {
            return null;
        }

        // The one office of the person, when the text has referred to its country or organisation: a text about none of
        // them may be of an office the facts do not list ("X, who took office in 2013," as a minister).
        written = named is not null;
        return named ?? (offices.Count == 1 && Referred(s, offices[0].Organization) ? offices[0] : null);
    }

    // Whether the sentence or the document before it names the entity (by name, adjective or back-reference).
    internal static bool Referred(SentenceContext s, Entity entity)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Id == entity.Id)
            {
                return true;
            }
        }

        if (s.Document is { } document)
        {
            for (var k = document.Salience.Count - 1; k >= 0 && k >= document.Salience.Count - 64; k--)
            {
                if (document.Salience[k].Entity.Id == entity.Id)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The distinct offices the facts give <paramref name="person"/>.</summary>
    public static List<OfficeRef> OfficesOf(SentenceContext s, Entity person)
    {
        var terms = s.KnowledgeBase.GetTermsOf(person.Id);
        var offices = new List<OfficeRef>(terms.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            var office = new OfficeRef(terms[t].Organization, terms[t].Property);
            if (!offices.Contains(office))
            {
                offices.Add(office);
            }
        }

        return offices;
    }

    // The number of the first sentence of the current paragraph that named an entity (a paragraph's sentences that name
    // none hold no title the readers know either way), or -1 when the document is not known.
    private static int FirstOfParagraph(SentenceContext s)
    {
        var document = s.Document!;
        var first = -1;
        for (var k = document.Salience.Count - 1; k >= 0 && document.Salience[k].Paragraph == document.Paragraph && document.Salience[k].Sentence >= document.Sentence - Reach; k--)
        {
            first = document.Salience[k].Sentence;
        }

        return first;
    }

    /// <summary>Whether <paramref name="properties"/> hold <paramref name="property"/> (by name).</summary>
    internal static bool Contains(IReadOnlyList<PropertyDefinition> properties, PropertyDefinition property)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Name, property.Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
