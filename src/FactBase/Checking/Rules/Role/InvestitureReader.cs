using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads a person taking an office: "X was sworn in on Friday as Canada's 24th prime minister", "X took the oath as
/// Ukraine's president", "X took over as NATO's secretary general", "the president swore in X as prime minister",
/// "Macron appointed X as France's prime minister". The person holds the office from that time, and on the day an office
/// changes hands the one taking it is the holder, not the one leaving.
/// </summary>
/// <remarks>Only past tenses: "takes office as" and "will be sworn in as" often speak of a day still to come. Choices that
/// come before taking office ("appointed", "elected", "confirmed", "named") only confirm the role: the facts date the
/// taking, which may come months later; "nominated" is not read (a nominee may be turned down).</remarks>
internal static class InvestitureReader
{
    /// <summary>Verbs whose subject takes the office: "was sworn in", "took the oath", "took office", "took over".</summary>
    private static readonly string[][] SubjectTakes =
    {
        new[] { "sworn", "in" }, new[] { "took", "the", "oath" }, new[] { "taken", "the", "oath" }, new[] { "took", "office" },
        new[] { "taken", "office" }, new[] { "took", "over" }, new[] { "taken", "over" }, new[] { "appointed" }, new[] { "installed" },
        new[] { "inaugurated" },
    };

    /// <summary>Verbs whose object takes the office: "swore in X as", "appointed X as", "installed X as", and the choices
    /// that come before taking it: "elected X as", "confirmed X as", "named X as".</summary>
    private static readonly string[][] ObjectTakes =
    {
        new[] { "swore", "in" }, new[] { "appointed" }, new[] { "installed" }, new[] { "elected" }, new[] { "confirmed" }, new[] { "named" },
    };

    /// <summary>Choices that may come before the office is taken (a parliament elects or confirms, a leader names or
    /// appoints): a role after them is only confirmed.</summary>
    private static readonly HashSet<string> Choices = new(StringComparer.OrdinalIgnoreCase) { "appointed", "elected", "confirmed", "named" };

    /// <summary>Passive choices whose subject is chosen: "X was elected as", "X was confirmed as", "X was named as".</summary>
    private static readonly string[][] SubjectChosen =
    {
        new[] { "elected" }, new[] { "confirmed" }, new[] { "named" },
    };

    /// <summary>Words that may stand between the verb and "as": a time or place of the ceremony ("on Friday", "on Tuesday
    /// evening", "of office", "for another six-year term").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "for", "of", "office", "formally", "officially", "today", "yesterday", "morning", "afternoon", "evening",
        "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "a", "another", "new", "second",
        "third", "fourth", "fifth", "sixth", "term", "year", "-", "the",
    };

    /// <summary>Auxiliaries of a past passive or perfect before the verb: "was sworn in", "has taken office".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "has", "had", "have", "been", "formally", "officially", "finally",
    };

    /// <summary>The role a title after "as" states, when a verb of taking office leads to it: [verb] [time] as [Qualifier's |
    /// the] [ordinal] Title [of [the] Qualifier].</summary>
    public static Claim? AsTitle(SentenceContext s, int title, int length, IReadOnlyList<PropertyDefinition> offices)
    {
        var end = title + length;
        if (s.TokenSpan[end - 1].IsPossessive || IsOther(s, title - 1) || IsOther(s, end) || (s.TokenAt(end)?.Is('-') == true && IsOther(s, end + 1)))
        {
            return null;
        }

        var (k, qualifier) = TitlePhraseStart(s, title);

        if (!s.IsWordAt(k - 1, "as"))
        {
            return null;
        }

        if (qualifier is null && s.IsWordAt(end, "of"))
        {
            if ((s.MentionStartingAt(end + 1) ?? s.MentionStartingAt(SkipDeterminer(s, end + 1))) is not { Kind: not MentionKind.Adjective, IsPossessive: false } o || o.Entity.Type == EntityType.Person)
            {
                return null;
            }

            qualifier = o;
            end = o.End;
        }

        if (Taker(s, k - 1) is not { } person)
        {
            return null;
        }

        var span = new TextSpan(person.Span.Start, s.TokenSpan[end - 1].Span.End - person.Span.Start);
        // An appointment may come months before the office is taken (NATO's and the UN's chiefs are appointed in advance):
        // a role after "appointed" is only confirmed.
        var appointed = IsAppointment(s, person, k - 1);
        return RoleClaimExtractor.MakeForPerson(s, person, qualifier?.Entity, offices) switch
        {
            RoleClaim role => role with { Span = span, Investiture = !appointed, ConfirmOnly = appointed },
            var other => appointed ? null : other,
        };
    }

    // The person who takes the office, read back from "as": the object of "swore in X" / "appointed X" (", 57," may follow
    // it), or the subject of "X was sworn in" / "X, 57, took over"; a time of the ceremony may stand before "as".
    private static Mention? Taker(SentenceContext s, int asIndex)
    {
        for (int k = asIndex, gap = 0; k > 0 && gap <= 8; k--, gap++)
        {
            var objectEnd = SkipAge(s, k);
            if (s.MentionEndingBefore(objectEnd) is { IsPossessive: false } obj && obj.Entity.Type == EntityType.Person)
            {
                return (EndsWithVerb(s, obj.First, ObjectTakes) ?? EndsWithVerb(s, DescriptionStart(s, obj.First), ObjectTakes)) is { } verb && !IsFuture(s, verb) ? obj : null;
            }

            if ((EndsWithVerb(s, k, SubjectTakes) ?? (s.IsWordAt(k - 2, "was", "were") ? EndsWithVerb(s, k, SubjectChosen) : null)) is { } start)
            {
                return IsFuture(s, start) ? null : Subject(s, start);
            }

            if (s.MentionAt(k - 1) is not null || !(s.TokenSpan[k - 1].Kind == TokenKind.Number || IsBetween(s, k - 1)))
            {
                return null;
            }
        }

        return null;
    }

    // "X was sworn in", "X, 57, took over", "X has formally taken office".
    private static Mention? Subject(SentenceContext s, int verb)
    {
        var j = verb;
        while (j > 0 && s.MentionAt(j - 1) is null && Auxiliaries.Contains(s.TokenSpan[j - 1].Text))
        {
            j--;
        }

        j = SkipAge(s, j);
        if (s.TokenAt(j - 1)?.Is(',') == true && s.MentionEndingBefore(j - 1) is null)
        {
            j = AppositionStart(s, j - 1);
        }

        return s.MentionEndingBefore(j) is { IsPossessive: false, Kind: not MentionKind.Pronoun } subject && subject.Entity.Type == EntityType.Person ? subject : null;
    }

    // "X, the television comic who played a president, took the oath": the comma that opens the apposition closed at
    // <paramref name="comma"/>, when the apposition names nobody and holds no other comma; else the closing comma itself.
    private static int AppositionStart(SentenceContext s, int comma)
    {
        for (var k = comma - 1; k > 0 && k > comma - 16; k--)
        {
            if (s.MentionAt(k) is not null || s.TokenSpan[k].Is(';') || s.TokenSpan[k].Is('"'))
            {
                return comma;
            }

            if (s.TokenSpan[k].Is(','))
            {
                return k;
            }
        }

        return comma;
    }

    // "elected the Social Democrat Olaf Scholz as": where a short description that opens with "the" begins before a name
    // (lower-case or capitalized words, no punctuation, no other name), else the name's own start.
    private static int DescriptionStart(SentenceContext s, int name)
    {
        for (var k = name - 1; k >= 0 && k >= name - 4; k--)
        {
            if (s.TokenSpan[k].Kind != TokenKind.Word || s.MentionAt(k) is not null)
            {
                return name;
            }

            if (s.IsWordAt(k, "the"))
            {
                return k;
            }
        }

        return name;
    }

    // ", 57," right before the end: where the name before it ends.
    internal static int SkipAge(SentenceContext s, int end)
        => s.TokenAt(end - 1)?.Is(',') == true && s.TokenAt(end - 2)?.Kind == TokenKind.Number && s.TokenAt(end - 3)?.Is(',') == true ? end - 3 : end;

    // Whether a choice ("appointed", "elected", "confirmed", "named") stands between the person and "as" ("X was appointed
    // as", "elected X as"); the description before an object ("elected the Social Democrat X as") counts too.
    private static bool IsAppointment(SentenceContext s, Mention person, int asIndex)
    {
        var from = Math.Max(0, DescriptionStart(s, person.First) - 2);
        for (var k = from; k < asIndex; k++)
        {
            if (s.TokenSpan[k].Kind == TokenKind.Word && Choices.Contains(s.TokenSpan[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase that ends with a person's name is the subject of a verb of taking office: "Prime Minister
    /// X was sworn in", "the cabinet, under Prime Minister X (67), was sworn in".</summary>
    public static bool IsTakenAfter(SentenceContext s, int nameEnd)
    {
        var k = nameEnd;
        if (s.TokenAt(k)?.Is('(') == true && s.TokenAt(k + 1)?.Kind == TokenKind.Number && s.TokenAt(k + 2)?.Is(')') == true)
        {
            k += 3;
        }
        else if (s.TokenAt(k)?.Is(',') == true && s.TokenAt(k + 1)?.Kind == TokenKind.Number && s.TokenAt(k + 2)?.Is(',') == true)
        {
            k += 3;
        }

        if (s.TokenAt(k)?.Is(',') == true)
        {
            k++;
        }

        var auxiliaries = 0;
        while (s.TokenAt(k) is { Kind: TokenKind.Word } token && Auxiliaries.Contains(token.Text))
        {
            k++;
            auxiliaries++;
        }

        foreach (var verb in SubjectTakes)
        {
            var all = verb.Length > 1 || auxiliaries > 0; // "appointed" alone may begin a clause of its own ("X appointed Y")
            for (var w = 0; w < verb.Length && all; w++)
            {
                all = s.IsWordAt(k + w, verb[w]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a verb phrase of <paramref name="verbs"/> starts when it ends right before <paramref name="end"/>.</summary>
    private static int? EndsWithVerb(SentenceContext s, int end, string[][] verbs)
    {
        foreach (var verb in verbs)
        {
            var start = end - verb.Length;
            if (start < 0)
            {
                continue;
            }

            var all = true;
            for (var w = 0; w < verb.Length && all; w++)
            {
                all = s.IsWordAt(start + w, verb[w]);
            }

            if (all)
            {
                return start;
            }
        }

        return null;
    }

    // "will be sworn in", "is expected to be sworn in", "would take office": a time still to come.
    private static bool IsFuture(SentenceContext s, int verb)
        => s.IsWordAt(verb - 1, "be", "to", "will") || s.IsWordAt(verb - 1, "would", "could", "should");

    private static bool IsBetween(SentenceContext s, int index)
        => s.TokenSpan[index] is { } token && token.Kind != TokenKind.Punctuation
            ? Between.Contains(token.Text) || Numbers.NumberWords.IsNumberWord(token.Text)
            : s.TokenSpan[index].Is('-');

    private static bool IsOther(SentenceContext s, int index)
        => s.TokenAt(index) is { Kind: TokenKind.Word } token && RoleClaimExtractor.IsOtherOfficeWord(token.Text);

    /// <summary>Where the phrase of a title at <paramref name="title"/> starts, after "as": an ordinal ("24th"), a country
    /// or organisation in the possessive or as an adjective ("Canada's", "Dutch"), then "the"; with that qualifier.</summary>
    internal static (int Start, Mention? Qualifier) TitlePhraseStart(SentenceContext s, int title)
    {
        var k = RoleClaimExtractor.OrdinalStart(s, title);
        Mention? qualifier = null;
        if (s.MentionEndingBefore(k) is { } q && (q.IsPossessive || q.Kind == MentionKind.Adjective) && q.Entity.Type != EntityType.Person)
        {
            qualifier = q;
            k = q.First;
        }

        if (s.IsWordAt(k - 1, "the"))
        {
            k--;
        }

        return (k, qualifier);
    }
}
