using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// "in power since" a year: "Prime Minister X, in power since 2003,", "X, who has been in power since 1994,". In power is
/// any of the person's offices, one after another (a president who was prime minister right before "has been in power
/// since 2003"), so the run is made of all of them. It is refuted only when the text ties the person to one office (a
/// title right before the name, else the one <see cref="NamedOffice"/> gives), the run holds that office, no term of the
/// person begins in the year written, and the facts list every office of the run's bodies in that year
/// (<see cref="SinceClaimVerifier"/>); otherwise it is only confirmed.
/// </summary>
internal static class InPowerReader
{
    /// <summary>The word every reading starts at: the gate.</summary>
    internal static readonly WordSet Triggers = new(["power"]);

    /// <summary>The claim of ", in power since DATE" right after <paramref name="person"/>, or <see langword="null"/>.</summary>
    public static SinceClaim? Apposed(SentenceContext s, Mention person)
    {
        if (!s.HasWordOf(Triggers))
        {
            return null;
        }

        var k = person.End;
        if (person.IsPossessive || s.TokenAt(k)?.Is(',') != true || !s.IsWordAt(k + 1, "in") || !s.IsWordAt(k + 2, "power")
            || !s.IsWordAt(k + 3, "since") || DateExpression.Read(s.TokenSpan, k + 4) is not { } date || !SinceReader.HasYear(s, k + 4, date.Length)
            || (s.TokenAt(k + 4 + date.Length) is { } next && !(next.Is(',') || next.Is('.') || next.Is(';') || next.IsWord("and"))))
        {
            return null;
        }

        var last = s.TokenSpan[k + 3 + date.Length];
        return Claim(s, person, new TextSpan(person.Span.Start, last.Span.End - person.Span.Start), date.Date, perfect: false);
    }

    /// <summary>The claim that <paramref name="person"/> has been in power since <paramref name="since"/>, over all of their
    /// offices; <see langword="null"/> when the facts give them none.</summary>
    public static SinceClaim? Claim(SentenceContext s, Mention person, TextSpan span, FactDate since, bool perfect)
    {
        var offices = NamedOffice.OfficesOf(s, person.Entity);
        if (offices.Count == 0)
        {
            return null;
        }

        var tied = TitleBefore(s, person, offices) ?? NamedOffice.Of(s, person.Entity);
        return new SinceClaim(span, person.Entity, offices, since, s.Time) { Perfect = perfect, InPowerAs = tied, ConfirmOnly = tied is null };
    }

    // The office of a title that ends right before the name ("Prime Minister X", "Turkish Prime Minister X"), when it is one
    // of the person's offices and the only one by that title.
    private static OfficeRef? TitleBefore(SentenceContext s, Mention person, System.Collections.Generic.List<OfficeRef> offices)
    {
        for (var i = person.First - 1; i >= 0 && i >= person.First - 4; i--)
        {
            var (length, properties) = s.Vocabulary.MatchTitle(s.TokenSpan, i);
            if (length == 0 || i + length != person.First)
            {
                continue;
            }

            OfficeRef? found = null;
            foreach (var office in offices)
            {
                if (NamedOffice.Contains(properties, office.Property))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = office;
                }
            }

            return found;
        }

        return null;
    }
}
