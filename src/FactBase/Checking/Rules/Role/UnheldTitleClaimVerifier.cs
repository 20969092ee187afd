using System;
using System.Collections.Generic;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Checks a bare title against every office the person held: contradicted when the person held none with that title and
/// the facts know which office the person held at the time.
/// </summary>
/// <remarks>Silent when the person held no known office at the time (the facts may not cover that part of a career), and
/// when a title of the office held contains the title written ("President" for "Commission President").</remarks>
public sealed class UnheldTitleClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(UnheldTitleClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context)
    {
        var c = (UnheldTitleClaim)claim;
        var at = c.Time.Primary;
        var terms = context.KnowledgeBase.GetTermsOf(c.Subject.Id);
        OfficeTerm? held = null;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (!Overlaps(term.From, term.To, at))
            {
                continue;
            }

            if (IsShortTitleOf(c.Offices, term.Property))
            {
                return null;
            }

            held ??= term;
        }

        if (held is null)
        {
            return null;
        }

        var written = TitleOf(c.Offices[0]);
        var office = Wording.Office(held.Property, held.Organization);
        return ClaimVerdict.Contradicted(
            $"The facts give {c.Subject.Name} no office of {InSentence(written)}; {context.Words.On(at)} {c.Subject.Name} was {office} (since {context.Words.Date(held.From)})",
            office,
            null,
            held.Organization,
            held.Property.Name,
            held.Fact.Location);
    }

    /// <summary>Whether a title of <paramref name="held"/> contains, as whole words, a title of one of <paramref name="offices"/>.</summary>
    private static bool IsShortTitleOf(IReadOnlyList<PropertyDefinition> offices, PropertyDefinition held)
    {
        foreach (var office in offices)
        {
            foreach (var written in office.Titles)
            {
                foreach (var title in held.Titles)
                {
                    if (WholeWords.Contain(title, written, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    internal static string TitleOf(PropertyDefinition office) => office.Titles.Count > 0 ? office.Titles[0] : office.Name.Replace('_', ' ');

    /// <summary>A title as it reads inside a sentence: "prime minister", but "CEO" stays an acronym.</summary>
    internal static string InSentence(string title)
    {
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var acronym = words[i].Length > 1 && words[i].ToUpperInvariant() == words[i];
            words[i] = acronym ? words[i] : words[i].ToLowerInvariant();
        }

        return string.Join(" ", words);
    }
}
