using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactBase.Benchmarks.Workloads;

/// <summary>What a generated corpus holds: its size and the claims planted in it.</summary>
internal sealed record CorpusManifest(int Articles, long Bytes, long Characters, int Sentences, IReadOnlyDictionary<string, int> Claims, IReadOnlyDictionary<string, int> Errors)
{
    public int TotalClaims => Claims.Values.Sum();

    public int TotalErrors => Errors.Values.Sum();
}

/// <summary>
/// Newsroom-like articles (Markdown with front matter, and plain text with a <c>date</c> line) about the
/// entities of a <see cref="SyntheticKnowledgeBase"/>: mostly ordinary news prose, about one sentence in
/// four making a checkable claim (age, date, role, membership, count), about a third of those wrong,
/// plus misspelled names. Deterministic for a seed.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    /// <summary>Sentences without a checkable claim. {C} country, {C2} another, {A} adjective, {O} organization, {P} person, {N} small number, {W} weekday, {M} month.</summary>
    private static readonly string[] Filler =
    {
        "Officials in {C} said on {W} that the agreement would be reviewed next month.",
        "The talks, held behind closed doors, lasted more than {N} hours.",
        "Analysts said the decision could affect trade across the region for years to come.",
        "According to a statement released by the {O}, the meeting ended without a joint declaration.",
        "{P} did not respond to a request for comment.",
        "Markets reacted calmly to the news, with the main index closing slightly higher.",
        "Delegates from {C} and {C2} are expected to meet again in {M}.",
        "The ministry declined to give further details, citing security concerns.",
        "Critics argue that the plan does little to address rising energy prices.",
        "In a speech on {W}, {P} called for calm and promised new investment in schools and hospitals.",
        "Local media reported that several thousand people gathered outside the parliament building.",
        "The proposal still needs the approval of the national assembly.",
        "Farmers in the north have warned that the new rules will raise their costs.",
        "Negotiators hope to reach a deal before the end of the year.",
        "The {A} government has not commented on the reports.",
        "Earlier this week, the central bank left interest rates unchanged.",
        "Opposition lawmakers called the move a mistake and demanded a public inquiry.",
        "The agreement covers customs, fisheries and the movement of workers between {C} and {C2}.",
        "Police said the protest passed off peacefully and no arrests were made.",
        "Observers from the {O} will monitor the vote, which is scheduled for {M}.",
        "The report, seen by reporters on {W}, runs to more than {N} pages.",
        "Energy ministers will discuss gas storage and grid connections at a separate meeting.",
        "{P} is expected to travel to {C} later this month.",
        "Several companies have already moved their regional offices to the capital.",
        "The exhibition opens to the public on {W} and runs until the end of {M}.",
        "Rail unions in {C} have announced a strike for the first week of {M}.",
        "Talks between {C} and the {O} stalled over the question of funding.",
        "A final decision is not expected before the summer.",
    };

    private readonly SyntheticKnowledgeBase _kb;
    private readonly Random _random;
    private readonly Dictionary<string, int> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameWords;
    private int _sentences;

    private SyntheticCorpus(SyntheticKnowledgeBase kb, int seed)
    {
        _kb = kb;
        _random = new Random(seed);
        _nameWords = new HashSet<string>(kb.AllNames().SelectMany(n => n.Split(' ')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every word the templates use, so entity names can avoid them.</summary>
    public static IEnumerable<string> TemplateWords()
        => Filler.Concat(Weekdays).Concat(Months).Concat(new[] { ClaimWords })
            .SelectMany(s => Regex.Split(s, "[^A-Za-z]+"))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private const string ClaimWords = "said told reporters plan was sound born founded year old held talks members agreed meet again Secretary General President Prime Minister member which not urged allies raise budgets signed statement joined warned against delay quick decision thanked partners support Mr Ms Republic";

    /// <summary>Writes articles of about <paramref name="targetBytes"/> in total under <paramref name="directory"/> (500 per folder).</summary>
    public static CorpusManifest Write(SyntheticKnowledgeBase kb, string directory, long targetBytes, int seed = 7)
    {
        var corpus = new SyntheticCorpus(kb, seed);
        Directory.CreateDirectory(directory);
        long bytes = 0;
        long chars = 0;
        var count = 0;
        while (bytes < targetBytes)
        {
            var markdown = count % 4 != 3;
            var text = corpus.Article(markdown);
            var folder = Path.Combine(directory, (count / 500).ToString("D3", CultureInfo.InvariantCulture));
            if (count % 500 == 0)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(Path.Combine(folder, $"article-{count:D6}{(markdown ? ".md" : ".txt")}"), text);
            bytes += Encoding.UTF8.GetByteCount(text);
            chars += text.Length;
            count++;
        }

        return new CorpusManifest(count, bytes, chars, corpus._sentences, corpus._claims, corpus._errors);
    }

    private string Article(bool markdown)
    {
        var date = SyntheticKnowledgeBase.RandomDate(_random, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30));
        var text = new StringBuilder(6000);
        var country = Pick(_kb.Countries);
        if (markdown)
        {
            text.Append("---\ntitle: Talks in ").Append(country.Name).Append(" continue\ndate: ").Append(SyntheticKnowledgeBase.Date(date)).Append("\nauthor: Desk\n---\n");
            text.Append("# Leaders meet in ").Append(country.Name).Append("\n\n");
        }
        else
        {
            text.Append("date ").Append(SyntheticKnowledgeBase.Date(date)).Append('\n');
        }

        var paragraphs = _random.Next(6, 13);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = _random.Next(3, 6);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                text.Append(_random.Next(4) == 0 ? Claim(date) : Fill(Filler[_random.Next(Filler.Length)]));
                _sentences++;
            }

            text.Append(markdown && p == 2 ? "\n\n> " + Fill(Filler[_random.Next(Filler.Length)]) + "\n\n" : "\n\n");
        }

        return text.ToString();
    }

    private string Fill(string template)
    {
        var c = Pick(_kb.Countries);
        var c2 = Pick(_kb.Countries);
        return template
            .Replace("{C2}", c2.Name)
            .Replace("{C}", c.Name)
            .Replace("{A}", c.Adjective)
            .Replace("{O}", Pick(_kb.Organizations).Name)
            .Replace("{P}", Pick(_kb.Persons).Name)
            .Replace("{N}", _random.Next(3, 40).ToString(CultureInfo.InvariantCulture))
            .Replace("{W}", Weekdays[_random.Next(Weekdays.Length)])
            .Replace("{M}", Months[_random.Next(Months.Length)]);
    }

    private string Claim(DateOnly date)
    {
        var wrong = _random.Next(3) == 0;
        var kind = _random.Next(10);
        switch (kind)
        {
            case 0:
            {
                // Age of a person: "Anna Varokin, 54, told reporters ..."
                var person = Pick(_kb.Persons);
                var age = Age(person.Born, date);
                return Count("age", wrong) + $"{person.Name}, {(wrong ? Off(age, 2, 6) : age)}, told reporters the plan was sound.";
            }

            case 1:
            {
                // Age of an organization: "The 75-year-old Korvani Trade Alliance ..."
                var o = Pick(_kb.Organizations);
                var age = Age(o.Founded, date);
                return Count("age", wrong) + $"The {(wrong ? Off(age, 2, 6) : age)}-year-old {o.Name} held talks on {Weekdays[_random.Next(7)]}.";
            }

            case 2:
            {
                // Founding year: "The Korvani Trade Alliance, founded in 1961, ..."
                var o = Pick(_kb.Organizations);
                return Count("date", wrong) + $"The {o.Name}, founded in {(wrong ? Off(o.Founded.Year, 2, 9) : o.Founded.Year)}, urged allies to raise budgets.";
            }

            case 3:
            {
                // Birth year.
                var person = Pick(_kb.Persons);
                return Count("date", wrong) + $"{person.Name} was born in {(wrong ? Off(person.Born.Year, 1, 5) : person.Born.Year)}.";
            }

            case 4:
            {
                // Secretary general of an organization; a wrong one is the predecessor (outdated).
                var o = Pick(_kb.Organizations);
                var holder = wrong ? o.SecretariesGeneral[1].Holder : o.SecretariesGeneral[0].Holder;
                return Count("role", wrong) + $"{o.Name} Secretary General {holder.Name} warned against delay.";
            }

            case 5:
            {
                // Head of state or government: "Velmoran President Anna Varokin thanked partners ..."
                var c = Pick(_kb.Countries);
                var president = _random.Next(2) == 0;
                var terms = president ? c.Presidents : c.PrimeMinisters;
                var holder = wrong ? terms[1 + _random.Next(terms.Count - 1)].Holder : terms[0].Holder;
                return Count("role", wrong) + $"{c.Adjective} {(president ? "President" : "Prime Minister")} {holder.Name} thanked partners for their support.";
            }

            case 6:
            {
                // Membership: "Korvani Trade Alliance member Velmora ..." (wrong: a country that never joined).
                var o = Pick(_kb.Organizations);
                var members = o.Members.Select(m => m.Country).ToHashSet();
                var outsider = _kb.Countries.Skip(_random.Next(_kb.Countries.Count)).Concat(_kb.Countries).FirstOrDefault(c => !members.Contains(c));
                var country = wrong && outsider is not null ? outsider : o.Members[_random.Next(o.Members.Count)].Country;
                return Count("membership", wrong && outsider is not null) + $"{o.Name} member {country.Name} signed the statement.";
            }

            case 7:
            {
                // Count: "The Korvani Trade Alliance's 17 members agreed ..."
                var o = Pick(_kb.Organizations);
                var n = o.MembersOn(date);
                return Count("count", wrong) + $"The {o.Name}'s {(wrong ? Off(n, 1, 3) : n)} members agreed to meet again.";
            }

            case 8:
            {
                // Joining date: "Velmora joined the Korvani Trade Alliance in 1994."
                var o = Pick(_kb.Organizations);
                var (country, from) = o.Members[_random.Next(o.Members.Count)];
                return Count("date", wrong) + $"{country.Name} joined the {o.Name} in {(wrong ? Off(from.Year, 2, 6) : from.Year)}.";
            }

            default:
            {
                // A misspelled surname next to the first name: "Anna Varokon said ...", always wrong.
                var person = Pick(_kb.Persons);
                var misspelled = Misspell(person.Surname);
                if (misspelled is null)
                {
                    return Fill(Filler[0]);
                }

                return Count("entity-name", true) + $"{person.First} {misspelled} said the country would not be rushed into a quick decision.";
            }
        }
    }

    private string Count(string rule, bool wrong)
    {
        _claims[rule] = _claims.GetValueOrDefault(rule) + 1;
        if (wrong)
        {
            _errors[rule] = _errors.GetValueOrDefault(rule) + 1;
        }

        return string.Empty;
    }

    /// <summary>One vowel of the word replaced by another, never a word some name already uses.</summary>
    private string? Misspell(string word)
    {
        const string vowels = "aeiou";
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var i = 1 + _random.Next(word.Length - 1);
            var at = vowels.IndexOf(word[i]);
            if (at < 0)
            {
                continue;
            }

            var chars = word.ToCharArray();
            chars[i] = vowels[(at + 1 + _random.Next(4)) % 5];
            var result = new string(chars);
            if (!_nameWords.Contains(result))
            {
                return result;
            }
        }

        return null;
    }

    private int Off(int value, int min, int max) => value + (_random.Next(2) == 0 ? -1 : 1) * _random.Next(min, max + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static int Age(DateOnly from, DateOnly at)
    {
        var age = at.Year - from.Year;
        return at < from.AddYears(age) ? age - 1 : age;
    }
}
