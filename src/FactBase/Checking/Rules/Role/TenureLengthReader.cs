using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads how long a person held an office: "his 16 years as chancellor", "after ten years as NATO's secretary general",
/// "Merkel's 16 years in office", "after a reign of seventy years", "her 70-year reign", "nearly a decade as prime
/// minister", "two decades on the throne". The person is the owner written before ("his", "Merkel's") or the one person the
/// sentence names before; the office is the title after "as", or, for "in office", "reign", "tenure" and "on the throne",
/// the one office the facts give the person (the same office of several bodies counts as one).
/// </summary>
/// <remarks>Silent: a sentence with a word of a time to come or of a wish ("will", "could", "if", "hopes"), a length
/// inside quotation marks, "another/first/last 10 years" (part of a term), titles the person never held, a person of
/// several offices for "in office", and two people named before with no owner written.</remarks>
internal static class TenureLengthReader
{
    /// <summary>The units of a length; the reader's trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Units = new(new[] { "years", "year", "decade", "decades" });

    private static readonly WordSet TenureNouns = new(new[] { "reign", "tenure", "rule" });

    /// <summary>Words that put the length in a time to come, a wish or a condition.</summary>
    private static readonly WordSet Unreal = new(new[]
    {
        "will", "would", "could", "might", "may", "should", "if", "unless", "hope", "hopes", "hoped", "wants", "wanted",
        "plans", "planned", "aims", "seeks", "sought", "another", "extra", "further", "additional", "next",
    });

    /// <summary>Adds the lengths of tenure the sentence states to <paramref name="claims"/>; a word test per token when it
    /// states none.</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        if (!s.HasWordOf(Units))
        {
            return;
        }

        var t = s.TokenSpan;
        for (var u = 1; u < t.Length; u++)
        {
            if (t[u].Kind != TokenKind.Word || !Units.Contains(t[u].Text))
            {
                continue;
            }

            if (At(s, u) is { } claim)
            {
                if (HasUnrealWord(t))
                {
                    return;
                }

                (claims ??= new List<Claim>()).Add(claim);
            }
        }
    }

    // The claim whose unit ("years", "decade") is at <paramref name="u"/>.
    private static Claim? At(SentenceContext s, int u)
    {
        var t = s.TokenSpan;
        var hyphened = t[u].IsWord("year") && t[u - 1].Is('-');
        if (Length(t, u) is not { } length)
        {
            return null;
        }

        var (lead, first, years, bound) = length;
        var (offices, end, owner, body, written) = OfficeAfter(s, u, hyphened, lead);
        if (offices is null || s.IsQuotedAt(first))
        {
            return null;
        }

        if (Owner(s, owner) is not { } person)
        {
            return null;
        }

        var held = Held(s, person, offices, body);
        if (held.Count == 0)
        {
            return null;
        }

        var span = new TextSpan(t[lead].Span.Start, t[end - 1].Span.End - t[lead].Span.Start);
        return new TenureLengthClaim(span, person, held, years, bound, s.Time) { Title = written };
    }

    /// <summary>The length whose unit ("years", "decade", "16-year") is at <paramref name="u"/>: where its words start (with
    /// a bound: "more than"), where its number starts, the years and how they are meant; <see langword="null"/> when no
    /// number of one to eighty years stands there.</summary>
    internal static (int Lead, int First, int Years, CountBound Bound)? Length(System.ReadOnlySpan<Token> t, int u)
    {
        var decade = t[u].IsWord("decade") || t[u].IsWord("decades");
        var hyphened = t[u].IsWord("year") && u > 0 && t[u - 1].Is('-');
        if (u == 0 || (t[u].IsWord("year") && !hyphened))
        {
            return null;
        }

        // The number before the unit: "16 years", "seventy years", "16-year", "a decade", "two decades".
        var numberEnd = hyphened ? u - 1 : u;
        int first;
        int years;
        if (decade && t[u].IsWord("decade") && (t[u - 1].IsWord("a") || t[u - 1].IsWord("one")))
        {
            first = u - 1;
            years = 10;
        }
        else if (FindNumber(t, numberEnd) is { } number && !(decade && t[u].IsWord("decade")))
        {
            first = number.First;
            years = decade ? number.Value * 10 : number.Value;
        }
        else
        {
            return null;
        }

        if (years is < 1 or > 80 || Quantifier.Read(t, first, numberEnd) is not { } bound || bound is CountBound.Other or CountBound.Remaining)
        {
            return null;
        }

        var lead = bound == CountBound.Exact ? first : BoundStart(t, first);
        if (decade && bound == CountBound.Exact)
        {
            bound = CountBound.About; // "a decade" is a round number
        }

        return (lead, first, years, bound);
    }

    // The words of a bound before the number ("more than", "nearly", "at least"): where the phrase starts.
    private static int BoundStart(System.ReadOnlySpan<Token> t, int first)
        => first >= 2 && t[first - 1].IsWord("than") ? first - 2 : first >= 2 && t[first - 1].IsWord("least") ? first - 2 : first >= 1 ? first - 1 : first;

    // The number ending just before <paramref name="end"/>, in digits or words.
    private static (int First, int Value)? FindNumber(System.ReadOnlySpan<Token> t, int end)
    {
        for (var k = end - 1; k >= 0 && k >= end - 5; k--)
        {
            if (NumberWords.Read(t, k) is { Ordinal: false } number && k + number.Length == end)
            {
                return (k, number.Value);
            }
        }

        return null;
    }

    /// <summary>The offices the words after the unit name, the index past them, and where the owner's words end.</summary>
    private static (IReadOnlyList<PropertyDefinition>? Offices, int End, int OwnerEnd, Entity? Body, string? Written) OfficeAfter(SentenceContext s, int u, bool hyphened, int lead)
    {
        var t = s.TokenSpan;
        if (hyphened)
        {
            // "her 70-year reign", "his 16-year tenure as chancellor".
            if (u + 1 >= t.Length || !TenureNouns.Contains(t[u + 1].Text))
            {
                return (null, 0, 0, null, null);
            }

            return s.IsWordAt(u + 2, "as") && TitleAfter(s, u + 3) is { } titled ? (titled.Offices, titled.End, lead, titled.Body, titled.Written) : (AnyOffice, u + 2, lead, null, null);
        }

        // "a reign of 70 years", "a tenure of ten years": the noun before "of", and its owner before it.
        if (s.IsWordAt(lead - 1, "of") && lead >= 2 && TenureNouns.Contains(t[lead - 2].Text))
        {
            var article = lead - 3;
            return (AnyOffice, u + 1, article >= 0 && (t[article].IsWord("a") || t[article].IsWord("his") || t[article].IsWord("her")) ? (t[article].IsWord("a") ? article : article + 1) : lead - 2, null, null);
        }

        if (s.IsWordAt(u + 1, "as") && TitleAfter(s, u + 2) is { } title)
        {
            return (title.Offices, title.End, lead, title.Body, title.Written);
        }

        if (((s.IsWordAt(u + 1, "in") && s.IsWordAt(u + 2, "office")) || (s.IsWordAt(u + 1, "on") && s.IsWordAt(u + 2, "the") && s.IsWordAt(u + 3, "throne")))
            && !s.IsWordAt(s.IsWordAt(u + 1, "in") ? u + 3 : u + 4, "as"))
        {
            // Not "3 years in office as a young minister": an office named after it may be another.
            return (AnyOffice, s.IsWordAt(u + 1, "in") ? u + 3 : u + 4, lead, null, null);
        }

        return (null, 0, 0, null, null);
    }

    /// <summary>Stands for "the one office the facts give the person".</summary>
    private static readonly IReadOnlyList<PropertyDefinition> AnyOffice = System.Array.Empty<PropertyDefinition>();

    // A title after "as", with an optional article and country: "as chancellor", "as Germany's chancellor", "as NATO
    // secretary general". The offices of a country or body named are that one's only.
    private static (IReadOnlyList<PropertyDefinition> Offices, int End, Entity? Body, string? Written)? TitleAfter(SentenceContext s, int k)
    {
        if (s.IsWordAt(k, "the") || s.IsWordAt(k, "a"))
        {
            k++;
        }

        Entity? named = null;
        if (s.MentionStartingAt(k) is { } body && body.Entity.Type != EntityType.Person)
        {
            k = body.End;
            named = body.Entity;
        }

        if (k >= s.TokenSpan.Length || (s.CuesAt(k) & TokenCues.Title) == 0)
        {
            return null;
        }

        var (length, offices) = s.Vocabulary.MatchTitle(s.Tokens, k);
        return length == 0 || s.MentionAt(k) is not null ? null : (offices, k + length, named, Words(s.TokenSpan, k, k + length));
    }

    // The person whose tenure it is: "his"/"her" or a possessive name right before <paramref name="end"/>, else the one
    // person the sentence names before it.
    private static Entity? Owner(SentenceContext s, int end)
    {
        if (s.IsWordAt(end - 1, "his") || s.IsWordAt(end - 1, "her"))
        {
            // Only when no one else was named lately: "Scholz met Merkel. Scholz praised her 16 years" is Merkel's.
            return PersonPronoun.Resolve(s.TokenSpan, end - 1, s.Mentions, s.Document, possessive: true)?.Entity is { } owner
                   && OnePersonNamedLately.Find(s.Mentions, end - 1, s.Document, AgedPersonAgreement.Reach, static _ => true) is { } only && only.Id == owner.Id
                ? owner
                : null;
        }

        if (s.MentionEndingBefore(end) is { IsPossessive: true } named)
        {
            return named.Entity.Type == EntityType.Person && named.Kind != MentionKind.Adjective ? named.Entity : null;
        }

        Entity? one = null;
        for (var m = 0; m < s.Mentions.Count && s.Mentions[m].End <= end; m++)
        {
            var mention = s.Mentions[m];
            if (mention.Entity.Type != EntityType.Person || mention.Kind == MentionKind.Adjective)
            {
                continue;
            }

            if (mention.IsPossessive || mention.Tentative || (one is not null && one.Id != mention.Entity.Id))
            {
                return null;
            }

            one = mention.Entity;
        }

        return one;
    }

    // The offices the person held among those named (all of theirs for AnyOffice, when they are one office, possibly of
    // several bodies: a monarch of several realms), limited to a body named before the title.
    private static List<OfficeRef> Held(SentenceContext s, Entity person, IReadOnlyList<PropertyDefinition> offices, Entity? body)
    {
        var held = new List<OfficeRef>();
        var terms = s.KnowledgeBase.GetTermsOf(person.Id);
        for (var k = 0; k < terms.Count; k++)
        {
            var term = terms[k];
            var named = offices.Count == 0;
            for (var o = 0; o < offices.Count && !named; o++)
            {
                named = offices[o].Name == term.Property.Name;
            }

            var office = new OfficeRef(term.Organization, term.Property);
            if (named && (body is null || body.Id == term.Organization.Id) && !held.Contains(office))
            {
                held.Add(office);
            }
        }

        if (offices.Count == 0)
        {
            for (var k = 1; k < held.Count; k++)
            {
                if (held[k].Property.Name != held[0].Property.Name)
                {
                    held.Clear(); // "his years in office" of someone with several offices: which is meant is not said
                    break;
                }
            }
        }

        return held;
    }

    // The words of a title as written, one space apart ("secretary general").
    private static string Words(System.ReadOnlySpan<Token> t, int from, int end)
    {
        var text = t[from].Text;
        for (var k = from + 1; k < end; k++)
        {
            text += (t[k].Kind == TokenKind.Word && t[k - 1].Kind == TokenKind.Word ? " " : string.Empty) + t[k].Text;
        }

        return text;
    }

    private static bool HasUnrealWord(System.ReadOnlySpan<Token> t)
    {
        for (var k = 0; k < t.Length; k++)
        {
            // "May" is a month when capitalized inside a sentence.
            if (t[k].Kind == TokenKind.Word && (k == 0 || !t[k].IsCapitalized) && Unreal.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
