using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A relative clause that dates the term of the title written before the name, with no title of its own: "President X, who
/// was elected in 2018, ...", "Prime Minister X, 45, who took office in 2022, ..." (when the term began: <see cref="TermClaim"/>)
/// and "Chancellor X, who has held the post since 2021, ..." (<see cref="SinceClaim"/>). The office is the one the title
/// names, so the clause is read only after a title that holds now ("former President X, who was elected in 2017" may
/// speak of another office of the same title) and only for an office the person held.
/// </summary>
internal static class RelativeTermReader
{
    /// <summary>Nouns that stand for the office just named: "has held the post since 2021".</summary>
    private static readonly string[] OfficeNouns = { "post", "office", "job", "role" };

    /// <summary>The claim of the clause after the name of <paramref name="role"/>, or <see langword="null"/>.</summary>
    public static Claim? After(SentenceContext s, RoleClaim role)
    {
        if (role.Tense != RoleTense.Current || role.ConfirmOnly || Name(s, role) is not { } person)
        {
            return null;
        }

        // "X, who", "X, 45, who".
        var k = person.End;
        if (s.TokenAt(k)?.Is(',') == true && s.TokenAt(k + 1)?.Kind == TokenKind.Number && s.TokenAt(k + 2)?.Is(',') == true)
        {
            k += 2;
        }

        if (s.TokenAt(k)?.Is(',') != true || !s.IsWordAt(k + 1, "who"))
        {
            return null;
        }

        k += 2;
        var chosen = false;
        if (s.IsWordAt(k, "was") && s.IsWordAt(k + 1, "elected", "appointed"))
        {
            chosen = true;
            k += 2;
        }
        else if (s.IsWordAt(k, "took") && s.IsWordAt(k + 1, "office"))
        {
            k += 2;
        }
        else if (s.IsWordAt(k, "had") && s.IsWordAt(k + 1, "taken") && s.IsWordAt(k + 2, "office"))
        {
            k += 3;
        }
        else if (s.IsWordAt(k, "was") && s.IsWordAt(k + 1, "sworn") && s.IsWordAt(k + 2, "in"))
        {
            k += 3;
        }
        else if (s.IsWordAt(k, "has", "had") && s.IsWordAt(k + 1, "held") && s.IsWordAt(k + 2, "the") && s.IsWordAt(k + 3, OfficeNouns))
        {
            return s.IsWordAt(k, "has") ? Since(s, role, person, k + 4) : null; // "had held" ended before the sentence's time
        }
        else if (s.IsWordAt(k, "has") && s.IsWordAt(k + 1, "been") && s.IsWordAt(k + 2, "in") && s.IsWordAt(k + 3, "office"))
        {
            return Since(s, role, person, k + 4);
        }
        else
        {
            return null;
        }

        // The date must end the clause: "was elected in 2019 with 73% of the vote" still dates the election, but "was
        // elected in 2019 to parliament" is another office.
        if (TermDates.Start(s, k) is not { } start || !EndsClause(s, start.End) || !HeldAny(s, person.Entity, role))
        {
            return null;
        }

        var last = s.TokenSpan[start.End - 1];
        var span = new TextSpan(person.Span.Start, last.Span.Start + last.Text.Length - person.Span.Start);
        return new TermClaim(span, person.Entity, role.Offices, start.Date, null, chosen, s.Time);
    }

    private static SinceClaim? Since(SentenceContext s, RoleClaim role, Mention person, int k)
    {
        if (!s.IsWordAt(k, "since") || DateExpression.Read(s.TokenSpan, k + 1) is not { } date || !EndsClause(s, k + 1 + date.Length)
            || !SinceReader.HasYear(s, k + 1, date.Length) || !HeldAny(s, person.Entity, role))
        {
            return null;
        }

        var last = s.TokenSpan[k + date.Length];
        return new SinceClaim(new TextSpan(person.Span.Start, last.Span.Start + last.Text.Length - person.Span.Start), person.Entity, role.Offices, date.Date, role.Time);
    }

    // The name the title stands before: the person's mention that ends where the role claim's words end.
    private static Mention? Name(SentenceContext s, RoleClaim role)
    {
        var end = role.Span.Start + role.Span.Length;
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Id == role.Subject.Id && m.Kind == MentionKind.Name && !m.IsPossessive && m.Span.Start + m.Span.Length == end)
            {
                return m;
            }
        }

        return null;
    }

    private static bool EndsClause(SentenceContext s, int end)
        => s.TokenAt(end) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') || next.Is(')') || next.IsWord("and") || next.IsWord("with");

    private static bool HeldAny(SentenceContext s, Entity person, RoleClaim role)
    {
        var terms = s.KnowledgeBase.GetTermsOf(person.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            for (var o = 0; o < role.Offices.Count; o++)
            {
                if (terms[t].Organization.Id == role.Offices[o].Organization.Id && terms[t].Property.Name == role.Offices[o].Property.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
