using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Checking.Time;
using FactBase.Model;

namespace FactBase.Checking.Rules;

/// <summary>
/// The shared phrasing of verdict messages, for newsroom editors: names with "the" where English needs it, dates as
/// editors write them, offices as "Prime Minister of the United Kingdom", and each property stated with the words its
/// vocabulary gives it ("was founded on", "died on", "declared independence on", "32 members").
/// </summary>
/// <remarks>
/// Everything is derived from the facts and the vocabulary, never from a particular entity: a user's property
/// <c>ratified: { kind: date, verbs: [ratified] }</c> reads "was ratified on ..." like the starter ones.
/// </remarks>
public sealed class Wording
{
    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    // Last words of names that English says with "the": "the United Nations", "the European Union", "the Czech Republic".
    private static readonly string[] InstitutionalWords =
    {
        "Union", "Nations", "Kingdom", "States", "Republic", "Federation", "Emirates", "Islands", "Organization",
        "Organisation", "Commission", "Council", "Court", "Bank", "Fund", "Alliance", "Assembly", "Parliament", "Agency",
        "Office", "Community", "Forum", "Group", "Committee", "Conference", "League", "Treaty", "Pact", "Party",
        "Museum", "University", "Institute", "Foundation", "Academy", "Society", "Centre", "Center",
    };

    // Plural country names that take "the": "the Netherlands", "the Philippines", "the Bahamas", "the Maldives".
    private static readonly string[] PluralEndings = { "lands", "ines", "amas", "ives", "elles", "oros" };

    // Past tenses a date is stated with that are not passive: "died on", not "was died on".
    private static readonly string[] Intransitive =
    {
        "died", "collapsed", "ended", "expired", "retired", "resigned", "emerged", "seceded", "merged", "began", "started",
        "withdrew", "fell", "rose", "arrived", "left", "joined", "launched", "opened", "closed", "happened", "occurred",
    };

    private Wording(DateStyle style) => Style = style;

    /// <summary>Dates as editors write them: "24 August 1991".</summary>
    public static Wording Text { get; } = new(DateStyle.Text);

    /// <summary>ISO dates: "1991-08-24".</summary>
    public static Wording Iso { get; } = new(DateStyle.Iso);

    /// <summary>How dates are written.</summary>
    public DateStyle Style { get; }

    /// <summary>The wording for a date style.</summary>
    /// <param name="style">The style.</param>
    /// <returns>The wording.</returns>
    public static Wording For(DateStyle style) => style == DateStyle.Iso ? Iso : Text;

    /// <summary>A date at its precision: "24 August 1991", "August 1991", "1991" (or ISO).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string Date(FactDate date)
    {
        if (Style == DateStyle.Iso || date.Precision == DatePrecision.Year)
        {
            return date.ToString();
        }

        var month = Months[date.Month - 1];
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return date.Precision == DatePrecision.Month ? $"{month} {year}" : $"{date.Day.ToString(CultureInfo.InvariantCulture)} {month} {year}";
    }

    /// <summary>A date after its preposition: "on 24 August 1991", "in August 1991", "in 1991".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string On(FactDate date) => (date.Precision == DatePrecision.Day ? "on " : "in ") + Date(date);

    /// <summary>"is" when the claim speaks of the article's own time, else "was".</summary>
    /// <param name="time">The claim's time.</param>
    /// <returns>The verb.</returns>
    public static string IsOrWas(TimeContext time) => time.Primary.LastDayNumber < time.AsOf.DayNumber ? "was" : "is";

    /// <summary>Whether English puts "the" before the entity's name: as its fact file's <c>the:</c> says, else never for
    /// people or acronyms; for names ending in
    /// an institution's word ("United Nations", "European Union"), with "of" ("Republic of Korea"), starting "United",
    /// and plural country names ("Netherlands").</summary>
    /// <param name="entity">The entity.</param>
    /// <returns><see langword="true"/> when the name takes "the".</returns>
    public static bool TakesThe(Entity entity)
    {
        if (entity.TakesThe is { } declared)
        {
            return declared;
        }

        var name = entity.Name;
        if (entity.Type == EntityType.Person || name.Length == 0 || !HasLower(name) || name.StartsWith("The ", StringComparison.Ordinal))
        {
            return false;
        }

        var space = name.LastIndexOf(' ');
        if (space < 0)
        {
            foreach (var ending in PluralEndings)
            {
                if (name.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        var last = name.Substring(space + 1);
        return Array.IndexOf(InstitutionalWords, last) >= 0
               || name.StartsWith("United ", StringComparison.Ordinal)
               || name.IndexOf(" of ", StringComparison.Ordinal) > 0;
    }

    /// <summary>The entity's name inside a sentence: "the United Nations", "NATO", "Ukraine".</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The text.</returns>
    public static string Name(Entity entity) => TakesThe(entity) ? "the " + entity.Name : entity.Name;

    /// <summary>The entity's name at the start of a sentence: "The United Nations".</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The text.</returns>
    public static string Subject(Entity entity) => TakesThe(entity) ? "The " + entity.Name : entity.Name;

    /// <summary>An office as people name it: "Prime Minister of the United Kingdom", "Secretary General of NATO".</summary>
    /// <param name="office">The office property.</param>
    /// <param name="organization">Whose office it is.</param>
    /// <returns>The text.</returns>
    public static string Office(PropertyDefinition office, Entity organization) => Office(office, organization, null);

    /// <summary>An office in the title the text used when it is one of the office's ("Queen of the United Kingdom" for
    /// "Queen Elizabeth II", where the vocabulary lists "King" first).</summary>
    /// <param name="office">The office property.</param>
    /// <param name="organization">Whose office it is.</param>
    /// <param name="written">The title as the text wrote it, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Office(PropertyDefinition office, Entity organization, string? written)
        => written is null && OwnBodyTitle(office) is { } own ? own : $"{Title(office, written)} of {Name(organization)}";

    // A title that names the office's own body ("President of the European Commission"), which reads better alone than
    // the first title and the holder's name ("Commission President of the European Union").
    private static string? OwnBodyTitle(PropertyDefinition office)
    {
        foreach (var title in office.Titles)
        {
            if (title.IndexOf(" of the ", StringComparison.Ordinal) > 0)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>An office held in several places at once: "King of the United Kingdom and Canada".</summary>
    /// <param name="office">The office property.</param>
    /// <param name="organizations">Whose office it is (at least one).</param>
    /// <param name="written">The title as the text wrote it, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Office(PropertyDefinition office, IReadOnlyList<Entity> organizations, string? written)
    {
        var names = new string[organizations.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Name(organizations[i]);
        }

        return $"{Title(office, written)} of {List(names)}";
    }

    private static string Title(PropertyDefinition office, string? written)
    {
        if (written is not null)
        {
            foreach (var title in office.Titles)
            {
                if (string.Equals(title, written, StringComparison.OrdinalIgnoreCase))
                {
                    return title;
                }
            }
        }

        return office.Titles.Count > 0 ? office.Titles[0] : Humanize(office.Name);
    }

    private static string List(string[] items) => items.Length switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items, 0, items.Length - 1) + " and " + items[items.Length - 1],
    };

    /// <summary>What a date property says happened, as a sentence's verb: "was founded", "died", "declared independence".</summary>
    /// <param name="property">The date property.</param>
    /// <returns>The verb phrase.</returns>
    public static string Happened(PropertyDefinition property)
    {
        var verb = Verb(property);
        if (verb.StartsWith("was ", StringComparison.Ordinal) || verb.StartsWith("were ", StringComparison.Ordinal) || verb.IndexOf(' ') > 0)
        {
            return verb;
        }

        return Array.IndexOf(Intransitive, verb) >= 0 || !(verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("n", StringComparison.Ordinal) || verb.EndsWith("t", StringComparison.Ordinal))
            ? verb
            : "was " + verb;
    }

    /// <summary>A date property in a parenthesis: "founded", "born", "declared independence".</summary>
    /// <param name="property">The date property.</param>
    /// <returns>The text.</returns>
    public static string Verb(PropertyDefinition property) => property.Verbs.Count > 0 ? property.Verbs[0] : Humanize(property.Name);

    /// <summary>What a count counts, in the plural: "members", "member states", "allies".</summary>
    /// <param name="property">The members or count property.</param>
    /// <param name="count">The number (1 keeps the singular).</param>
    /// <returns>The text.</returns>
    public static string Counted(PropertyDefinition property, int count)
    {
        var noun = property.Nouns.Count > 0 ? property.Nouns[0] : property.Kind == PropertyKind.Members ? Humanize(property.Name) : "member";
        return count == 1 ? noun : Plural(noun);
    }

    /// <summary>A noun with its indefinite article: "a member", "an ally".</summary>
    /// <param name="noun">The noun.</param>
    /// <returns>The text.</returns>
    public static string A(string noun) => (noun.Length > 0 && "aeiouAEIOU".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;

    /// <summary>What joining a members property is called: "joined", "acceded to".</summary>
    /// <param name="property">The members property.</param>
    /// <returns>The verb.</returns>
    public static string Joined(PropertyDefinition property) => property.Verbs.Count > 0 ? property.Verbs[0] : "joined";

    /// <summary>The plural of an English noun: "member" → "members", "ally" → "allies", "nation" → "nations".</summary>
    /// <param name="noun">The noun (its last word is made plural).</param>
    /// <returns>The plural.</returns>
    public static string Plural(string noun)
    {
        if (noun.EndsWith("s", StringComparison.Ordinal) && !noun.EndsWith("ss", StringComparison.Ordinal))
        {
            return noun;
        }

        if (noun.EndsWith("y", StringComparison.Ordinal) && noun.Length > 1 && "aeiou".IndexOf(noun[noun.Length - 2]) < 0)
        {
            return noun.Substring(0, noun.Length - 1) + "ies";
        }

        return noun.EndsWith("ss", StringComparison.Ordinal) || noun.EndsWith("x", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal)
            ? noun + "es"
            : noun + "s";
    }

    private static string Humanize(string propertyName) => propertyName.Replace('_', ' ');

    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
