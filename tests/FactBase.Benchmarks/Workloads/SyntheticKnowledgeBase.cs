using System.Globalization;
using System.Text;
using FactBase.Knowledge;

namespace FactBase.Benchmarks.Workloads;

/// <summary>A made-up person: a unique surname, a birth date, sometimes an alias with a middle initial.</summary>
internal sealed record SynthPerson(string Id, string First, string Surname, string? Alias, DateOnly Born)
{
    public string Name => First + " " + Surname;
}

/// <summary>One term in an office; <see cref="To"/> is exclusive, <see langword="null"/> while it lasts.</summary>
internal sealed record SynthTerm(SynthPerson Holder, DateOnly From, DateOnly? To);

/// <summary>A made-up country with an adjective and two single-holder offices.</summary>
internal sealed record SynthCountry(string Id, string Name, string Alias, string Adjective, DateOnly Independence, IReadOnlyList<SynthTerm> Presidents, IReadOnlyList<SynthTerm> PrimeMinisters);

/// <summary>A made-up organization with an acronym, a founding date, a secretary general and member countries.</summary>
internal sealed record SynthOrganization(string Id, string Name, string? Acronym, DateOnly Founded, IReadOnlyList<SynthTerm> SecretariesGeneral, IReadOnlyList<(SynthCountry Country, DateOnly From)> Members)
{
    /// <summary>How many members it has on <paramref name="date"/>.</summary>
    public int MembersOn(DateOnly date) => Members.Count(m => m.From <= date);
}

/// <summary>
/// A deterministic knowledge base of made-up entities in the v1 fact format: organizations (offices,
/// members, founding date), countries (adjectives, presidents, prime ministers, independence) and
/// persons (birth dates, aliases).
/// </summary>
/// <remarks>
/// Built from blocks of <see cref="BlockSize"/> self-contained entities, each block from its own seed,
/// so a smaller knowledge base is exactly the first blocks of a larger one (1k ⊂ 10k ⊂ 100k): the same
/// article can be checked against every size and only the size of the indexes changes.
/// </remarks>
internal sealed class SyntheticKnowledgeBase
{
    public const int BlockSize = 1000;

    /// <summary>The last office terms start before this, so every article date (2024-2025) sees the current holders.</summary>
    private static readonly DateOnly LatestTermStart = new(2022, 12, 31);

    private SyntheticKnowledgeBase(int size, int seed, List<SynthPerson> persons, List<SynthCountry> countries, List<SynthOrganization> organizations)
    {
        Size = size;
        Seed = seed;
        Persons = persons;
        Countries = countries;
        Organizations = organizations;
    }

    public int Size { get; }

    public int Seed { get; }

    public IReadOnlyList<SynthPerson> Persons { get; }

    public IReadOnlyList<SynthCountry> Countries { get; }

    public IReadOnlyList<SynthOrganization> Organizations { get; }

    public int EntityCount => Persons.Count + Countries.Count + Organizations.Count;

    /// <summary>Makes a knowledge base of <paramref name="size"/> entities (a multiple of <see cref="BlockSize"/>).</summary>
    public static SyntheticKnowledgeBase Create(int size, int seed = 42)
    {
        if (size <= 0 || size % BlockSize != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"size must be a positive multiple of {BlockSize}");
        }

        var persons = new List<SynthPerson>();
        var countries = new List<SynthCountry>();
        var organizations = new List<SynthOrganization>();
        var reserved = ReservedWords;
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        var names = new NameGenerator(new Random(seed), reserved);
        for (var block = 0; block < size / BlockSize; block++)
        {
            // Each block has its own random stream; names stay unique across blocks through the shared generator.
            // (Not HashCode.Combine: it is seeded per process, and the workloads must be the same on every run.)
            var random = new Random(unchecked((seed * 1_000_003) + (block * 7_919)) & 0x7FFFFFFF);
            AddBlock(random, names, new NameGenerator(random, Array.Empty<string>()), identifiers, persons, countries, organizations);
        }

        return new SyntheticKnowledgeBase(size, seed, persons, countries, organizations);
    }

    private static void AddBlock(Random random, NameGenerator names, NameGenerator firstNames, HashSet<string> identifiers, List<SynthPerson> persons, List<SynthCountry> countries, List<SynthOrganization> organizations)
    {
        const int countryCount = BlockSize * 4 / 100;
        const int organizationCount = BlockSize * 8 / 100;
        const int personCount = BlockSize - countryCount - organizationCount;

        // Persons first: office holders are drawn from them in order, the rest hold no office.
        var firstPool = Enumerable.Range(0, 60).Select(_ => firstNames.Word(2, 2)).Where(w => !ReservedWords.Contains(w)).Distinct().ToArray();
        var blockPersons = new List<SynthPerson>(personCount);
        while (blockPersons.Count < personCount)
        {
            var first = firstPool[random.Next(firstPool.Length)];
            var surname = names.Unique(2, 3, 5);
            var id = Slug(first + " " + surname);
            if (!identifiers.Add(FactNames.ToIdentifier(id)))
            {
                continue;
            }

            var alias = random.Next(10) < 3 ? $"{first} {(char)('A' + random.Next(26))}. {surname}" : null;
            var born = RandomDate(random, new DateOnly(1935, 1, 1), new DateOnly(1995, 12, 31));
            blockPersons.Add(new SynthPerson(id, first, surname, alias, born));
        }

        var nextHolder = 0;
        List<SynthTerm> Terms(int count)
        {
            // Consecutive single-holder terms ending with a current one.
            var terms = new List<SynthTerm>();
            var to = (DateOnly?)null;
            var from = RandomDate(random, new DateOnly(2015, 1, 1), LatestTermStart);
            for (var i = 0; i < count; i++)
            {
                var holder = blockPersons[nextHolder++];
                terms.Add(new SynthTerm(holder, from, to));
                to = from;
                from = from.AddDays(-random.Next(3 * 365, 8 * 365));
            }

            return terms;
        }

        var blockCountries = new List<SynthCountry>(countryCount);
        while (blockCountries.Count < countryCount)
        {
            var name = names.Unique(2, 3, 5);
            var id = Slug(name);
            if (!identifiers.Add(FactNames.ToIdentifier(id)))
            {
                continue;
            }

            var adjective = name + (name.EndsWith('a') || name.EndsWith('i') ? "n" : "ian");
            var independence = RandomDate(random, new DateOnly(1800, 1, 1), new DateOnly(1995, 12, 31));
            blockCountries.Add(new SynthCountry(id, name, "Republic of " + name, adjective, independence, Terms(3), Terms(3)));
        }

        var kinds = new[] { "Alliance", "Council", "Union", "Organization", "Pact", "League", "Forum", "Commission", "Federation", "Assembly" };
        var qualifiers = new[] { "Trade", "Defence", "Energy", "Maritime", "Economic", "Security", "Development", "Cooperation", "Water", "Grain" };
        var acronyms = new HashSet<string>(organizations.Select(o => o.Acronym).OfType<string>(), StringComparer.Ordinal);
        var blockOrganizations = new List<SynthOrganization>(organizationCount);
        while (blockOrganizations.Count < organizationCount)
        {
            var word = names.Unique(2, 3, 5);
            var qualifier = qualifiers[random.Next(qualifiers.Length)];
            var kind = kinds[random.Next(kinds.Length)];
            var name = $"{word} {qualifier} {kind}";
            var id = Slug(name);
            if (!identifiers.Add(FactNames.ToIdentifier(id)))
            {
                continue;
            }

            var acronym = $"{word[0]}{qualifier[0]}{kind[0]}{(char)('A' + random.Next(26))}";
            var founded = RandomDate(random, new DateOnly(1900, 1, 1), new DateOnly(2010, 12, 31));
            var memberCount = random.Next(5, Math.Min(35, blockCountries.Count) + 1);
            var members = blockCountries.OrderBy(_ => random.Next()).Take(memberCount)
                .Select(c => (c, RandomDate(random, founded.AddDays(1), new DateOnly(2022, 12, 31))))
                .OrderBy(m => m.Item2)
                .ToList();
            blockOrganizations.Add(new SynthOrganization(id, name, acronyms.Add(acronym) ? acronym : null, founded, Terms(3), members));
        }

        persons.AddRange(blockPersons);
        countries.AddRange(blockCountries);
        organizations.AddRange(blockOrganizations);
    }

    /// <summary>Every name and alias (what a dictionary tool such as prh or grep is given).</summary>
    public IEnumerable<string> AllNames()
    {
        foreach (var o in Organizations)
        {
            yield return o.Name;
            if (o.Acronym is not null)
            {
                yield return o.Acronym;
            }
        }

        foreach (var c in Countries)
        {
            yield return c.Name;
            yield return c.Alias;
        }

        foreach (var p in Persons)
        {
            yield return p.Name;
            if (p.Alias is not null)
            {
                yield return p.Alias;
            }
        }
    }

    /// <summary>Writes the vocabulary and the entities as v1 fact files, <see cref="BlockSize"/> entities per file.</summary>
    /// <returns>The number of bytes written.</returns>
    public long WriteYaml(string directory)
    {
        Directory.CreateDirectory(directory);
        long bytes = 0;
        File.WriteAllText(Path.Combine(directory, "vocabulary.yaml"), Vocabulary);
        bytes += Vocabulary.Length;
        var blocks = Size / BlockSize;
        for (var block = 0; block < blocks; block++)
        {
            var text = new StringBuilder();
            text.Append("# Synthetic knowledge base (FactBase benchmarks), made-up entities.\n");
            foreach (var o in Organizations.Skip(block * (BlockSize * 8 / 100)).Take(BlockSize * 8 / 100))
            {
                WriteOrganization(text, o);
            }

            foreach (var c in Countries.Skip(block * (BlockSize * 4 / 100)).Take(BlockSize * 4 / 100))
            {
                WriteCountry(text, c);
            }

            var personCount = BlockSize - (BlockSize * 12 / 100);
            foreach (var p in Persons.Skip(block * personCount).Take(personCount))
            {
                WritePerson(text, p);
            }

            var content = text.ToString();
            File.WriteAllText(Path.Combine(directory, $"entities-{block:D4}.yaml"), content);
            bytes += Encoding.UTF8.GetByteCount(content);
        }

        return bytes;
    }

    private static void WriteOrganization(StringBuilder text, SynthOrganization o)
    {
        text.Append("---\n");
        text.Append("id: ").Append(o.Id).Append('\n');
        text.Append("type: organization\n");
        text.Append("name: ").Append(o.Name).Append('\n');
        text.Append("aliases: [").Append(o.Acronym ?? string.Empty).Append("]\n");
        Sources(text, o.Id);
        text.Append("facts:\n");
        text.Append("  founded: ").Append(Date(o.Founded)).Append('\n');
        Timeline(text, "secretary_general", o.SecretariesGeneral);
        text.Append("  members:\n");
        foreach (var (country, from) in o.Members)
        {
            text.Append("    - { value: ").Append(country.Id).Append(", from: ").Append(Date(from)).Append(" }\n");
        }
    }

    private static void WriteCountry(StringBuilder text, SynthCountry c)
    {
        text.Append("---\n");
        text.Append("id: ").Append(c.Id).Append('\n');
        text.Append("type: country\n");
        text.Append("name: ").Append(c.Name).Append('\n');
        text.Append("aliases: [").Append(c.Alias).Append("]\n");
        text.Append("adjectives: [").Append(c.Adjective).Append("]\n");
        Sources(text, c.Id);
        text.Append("facts:\n");
        text.Append("  independence: ").Append(Date(c.Independence)).Append('\n');
        Timeline(text, "president", c.Presidents);
        Timeline(text, "prime_minister", c.PrimeMinisters);
    }

    private static void WritePerson(StringBuilder text, SynthPerson p)
    {
        text.Append("---\n");
        text.Append("id: ").Append(p.Id).Append('\n');
        text.Append("type: person\n");
        text.Append("name: ").Append(p.Name).Append('\n');
        if (p.Alias is not null)
        {
            text.Append("aliases: [").Append(p.Alias).Append("]\n");
        }

        Sources(text, p.Id);
        text.Append("facts:\n");
        text.Append("  born: ").Append(Date(p.Born)).Append('\n');
    }

    private static void Sources(StringBuilder text, string id)
        => text.Append("sources:\n  - url: https://example.org/synthetic/").Append(id).Append("\n    retrieved: 2025-01-15\n");

    private static void Timeline(StringBuilder text, string property, IReadOnlyList<SynthTerm> terms)
    {
        text.Append("  ").Append(property).Append(":\n");
        foreach (var term in terms)
        {
            text.Append("    - { value: ").Append(term.Holder.Id).Append(", from: ").Append(Date(term.From));
            if (term.To is { } to)
            {
                text.Append(", to: ").Append(Date(to));
            }

            text.Append(" }\n");
        }
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly RandomDate(Random random, DateOnly from, DateOnly to)
        => DateOnly.FromDayNumber(random.Next(from.DayNumber, to.DayNumber + 1));

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-').Replace(".", string.Empty);

    private static readonly string[] VocabularyWords =
    {
        "Secretary", "General", "President", "Prime", "Minister", "founded", "established", "born", "member", "members", "state", "ally",
        "nation", "country", "joined", "chief", "head", "premier", "Republic",
    };

    /// <summary>Words of the article templates and the vocabulary: never used as a name.</summary>
    private static readonly HashSet<string> ReservedWords = new(SyntheticCorpus.TemplateWords().Concat(VocabularyWords), StringComparer.OrdinalIgnoreCase);

    /// <summary>The vocabulary of the synthetic knowledge base (a subset of the built-in one, same words).</summary>
    public const string Vocabulary = """
        # Synthetic knowledge base vocabulary (FactBase benchmarks).
        properties:
          founded:      { kind: date, verbs: [founded, established, formed, created, set up], age: true, nouns: [anniversary] }
          born:         { kind: date, verbs: [born], age: true }
          independence: { kind: date, verbs: [declared independence, became independent, gained independence] }
          members:      { kind: members, nouns: [member, member state, member country, member nation, ally, nation, country, state], verbs: [joined, acceded to, became a member of] }
          secretary_general: { kind: office, titles: [Secretary General, Secretary-General, chief, head] }
          president:    { kind: office, titles: [President] }
          prime_minister: { kind: office, titles: [Prime Minister, PM, premier] }

        """;
}
