using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using FactBase.Knowledge;
using FactBase.Memory;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// People's names as wholes: who carries a surname, the given names and all name words of each person, and who has held
/// each office. The identity checks ask it whether "Olav Scholz" or "Prime Minister Starmar" fits a known person.
/// </summary>
/// <remarks>
/// Built once per knowledge base (on first use, or read from a compiled snapshot) and shared by every thread. The tables
/// by word and by office list people by their place in the knowledge base, so a snapshot's knowledge base makes only the
/// people a lookup returns; one person's own words are worked out from their names when first asked for.
/// </remarks>
internal sealed class PersonNames
{
    // One Lazy per knowledge base, so the tables are made once however many checking threads ask at the same time: the
    // table's own factory may run on every thread that misses, and each run holds a copy the size of the knowledge base
    // (the thread pool adds threads while the first ones wait, so the copies multiply with a large knowledge base).
    private static readonly ConditionalWeakTable<KnowledgeBase, Lazy<PersonNames>> Cache = new();

    private static readonly ConditionalWeakTable<KnowledgeBase, Func<PersonNamesData>> Stored = new();

    private static readonly IReadOnlyList<Entity> None = Array.Empty<Entity>();

    private readonly KnowledgeBase _knowledgeBase;

    // The tables by word are used where they lie (a compiled snapshot's blocks), and each word's list of people is made
    // into a view when first asked for: a large knowledge base has hundreds of thousands of surnames, a run asks for a few.
    private readonly PeopleByWord _bySurname;
    private readonly PeopleByWord _byGivenName;
    private readonly WordLists _allWords;
    private readonly Dictionary<string, IReadOnlyList<Entity>> _holders;
    private readonly Dictionary<string, int> _offices;
    private readonly HolderSurnames _holderSurnames;
    private readonly ConcurrentDictionary<string, PersonWords> _people = new(StringComparer.Ordinal);

    private PersonNames(KnowledgeBase knowledgeBase, PersonNamesData data)
    {
        _knowledgeBase = knowledgeBase;
        _bySurname = new PeopleByWord(knowledgeBase.Entities, data.BySurname);
        _byGivenName = new PeopleByWord(knowledgeBase.Entities, data.ByGivenName);
        _allWords = data.AllWords;
        _holders = new Dictionary<string, IReadOnlyList<Entity>>(data.Holders.Count, StringComparer.Ordinal);
        _offices = new Dictionary<string, int>(data.Holders.Count, StringComparer.Ordinal);
        for (var o = 0; o < data.Holders.Count; o++)
        {
            var (key, people) = data.Holders[o];
            _holders[key] = new EntityListView(knowledgeBase.Entities, people, 0, people.Length);
            _offices[key] = o;
        }

        _holderSurnames = data.HolderSurnames;
    }

    /// <summary>The table of <paramref name="knowledgeBase"/>, made on first use: from the data a compiled snapshot kept for
    /// it, or from its entities.</summary>
    public static PersonNames Of(KnowledgeBase knowledgeBase)
        => Cache.GetValue(knowledgeBase, static kb => new Lazy<PersonNames>(() => Make(kb), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static PersonNames Make(KnowledgeBase knowledgeBase)
        => new(knowledgeBase, Stored.TryGetValue(knowledgeBase, out var read) ? read() : DataOf(knowledgeBase));

    /// <summary>Keeps the way to read the tables a compiled snapshot holds for <paramref name="knowledgeBase"/> (read on first use).</summary>
    public static void Attach(KnowledgeBase knowledgeBase, Func<PersonNamesData> read)
    {
        lock (Stored)
        {
            Stored.Remove(knowledgeBase);
            Stored.Add(knowledgeBase, read);
        }
    }

    /// <summary>The tables of <paramref name="knowledgeBase"/> as data, people by their place in it.</summary>
    public static PersonNamesData DataOf(KnowledgeBase knowledgeBase)
    {
        var bySurname = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byGivenName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var allWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entities = knowledgeBase.Entities;
        var places = new Dictionary<string, int>(entities.Count, StringComparer.Ordinal);
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            places[entity.Id] = e;
            if (entity.Type != EntityType.Person)
            {
                continue;
            }

            // A person's surnames and given names are each listed once (case ignored), so the person is added once under each.
            var own = PersonWords.Of(entity);
            allWords.UnionWith(own.Words);
            foreach (var surname in own.Surnames)
            {
                Add(bySurname, surname, e);
            }

            foreach (var given in own.GivenNames)
            {
                Add(byGivenName, given, e);
            }
        }

        // The holders of an office come from many entities' timelines, so the ones already listed are kept in a set while
        // the lists are made.
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var listed = new HashSet<(string Property, int Holder)>();
        foreach (var entity in entities)
        {
            foreach (var fact in entity.Facts)
            {
                if (knowledgeBase.FindProperty(fact.Property) is not { Kind: PropertyKind.Office })
                {
                    continue;
                }

                foreach (var entry in fact.Timeline)
                {
                    if (places.TryGetValue(entry.Value, out var holder) && entities[holder].Type == EntityType.Person && listed.Add((fact.Property, holder)))
                    {
                        Add(holders, fact.Property, holder);
                    }
                }
            }
        }

        var heldBy = new List<(string Key, NumberBlock<int> People)>(holders.Count);
        var held = Flatten(holders);
        foreach (var (key, people) in held)
        {
            heldBy.Add((key, NumberBlock<int>.Of(people)));
        }

        var surnames = HolderSurnames.Build(held, person => PersonWords.Of(entities[person]).Surnames);
        return new PersonNamesData(WordLists.Build(Flatten(bySurname)), WordLists.Build(Flatten(byGivenName)), WordLists.Of(allWords), heldBy, surnames);

        static void Add(Dictionary<string, List<int>> map, string key, int person)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<int>(1);
            }

            list.Add(person);
        }

        static List<(string Key, int[] People)> Flatten(Dictionary<string, List<int>> map)
        {
            var lists = new List<(string Key, int[] People)>(map.Count);
            foreach (var pair in map)
            {
                lists.Add((pair.Key, pair.Value.ToArray()));
            }

            return lists;
        }
    }

    /// <summary>The people whose name (or an alias of more than one word) ends with <paramref name="surname"/>.</summary>
    public IReadOnlyList<Entity> WithSurname(string surname) => _bySurname.Find(surname);

    /// <summary>The people whose name (or an alias) starts with <paramref name="givenName"/>.</summary>
    public IReadOnlyList<Entity> WithGivenName(string givenName) => _byGivenName.Find(givenName);

    /// <summary>The first words of a person's names of more than one word ("Olaf"), canonical name first.</summary>
    public IReadOnlyList<string> GivenNamesOf(Entity person) => WordsOf(person)?.GivenNames ?? (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>The last words of a person's names of more than one word ("Scholz"), canonical name first.</summary>
    public IReadOnlyList<string> SurnamesOf(Entity person) => WordsOf(person)?.Surnames ?? (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>Whether <paramref name="word"/> is a word of any of the person's names (case ignored).</summary>
    public bool IsWordOf(Entity person, string word) => WordsOf(person) is { } own && own.Words.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a word of any known person's name (case ignored).</summary>
    public bool IsAnyPersonWord(string word) => _allWords.Contains(word);

    /// <summary>The people who have held the office <paramref name="property"/> of any entity.</summary>
    public IReadOnlyList<Entity> HoldersOf(string property) => _holders.TryGetValue(property, out var found) ? found : None;

    /// <summary>The people who have held the office <paramref name="property"/> of any entity and have a surname with
    /// <paramref name="word"/>'s first letter (case ignored), a length at most <paramref name="limit"/> letters away from its,
    /// and that <paramref name="fits"/>: every holder of <see cref="HoldersOf"/> with such a surname, found without reading
    /// the others (each once, in no particular order).</summary>
    public IReadOnlyList<Entity> HoldersNear(string property, string word, int limit, Func<string, bool> fits)
    {
        if (word.Length == 0 || !_offices.TryGetValue(property, out var office))
        {
            return None;
        }

        var places = new List<int>();
        _holderSurnames.Near(office, word, limit, fits, places);
        if (places.Count == 0)
        {
            return None;
        }

        var people = new Entity[places.Count];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = (uint)places[i] < (uint)_knowledgeBase.Entities.Count ? _knowledgeBase.Entities[places[i]] : throw new System.IO.InvalidDataException("a table of surnames lists an entity out of range");
        }

        return people;
    }

    // The words of the knowledge base's person with this entity's id; null when it has no such person.
    private PersonWords? WordsOf(Entity person)
    {
        if (_people.TryGetValue(person.Id, out var known))
        {
            return known;
        }

        if (!_knowledgeBase.TryGetEntity(person.Id, out var entity) || entity.Type != EntityType.Person)
        {
            return null;
        }

        return _people.GetOrAdd(person.Id, PersonWords.Of(entity));
    }

    // A table of words and the people of each, each word's list made into a view on first use and kept.
    private sealed class PeopleByWord
    {
        private readonly IReadOnlyList<Entity> _entities;
        private readonly WordLists _words;
        private readonly OnDemandSlots<IReadOnlyList<Entity>> _lists;

        public PeopleByWord(IReadOnlyList<Entity> entities, WordLists words)
        {
            _entities = entities;
            _words = words;
            _lists = new OnDemandSlots<IReadOnlyList<Entity>>(words.Count);
        }

        public IReadOnlyList<Entity> Find(string word)
        {
            var number = _words.Find(word);
            if (number < 0)
            {
                return None;
            }

            if (_lists[number] is { } made)
            {
                return made;
            }

            var (start, count) = _words.ListOf(number);
            return _lists.Set(number, new EntityListView(_entities, _words.Values, start, count));
        }
    }

    // One person's name words (case ignored), and the first and last words of their names of more than one word, each
    // once (case ignored), canonical name first.
    private sealed class PersonWords
    {
        public HashSet<string> Words { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> GivenNames { get; } = new(1);

        public List<string> Surnames { get; } = new(1);

        public static PersonWords Of(Entity person)
        {
            var own = new PersonWords();
            own.AddName(person.Name);
            foreach (var alias in person.Aliases)
            {
                own.AddName(alias);
            }

            return own;
        }

        private void AddName(string name)
        {
            var tokens = Tokenizer.Tokenize(name, 0, name.Length);
            var first = -1;
            var last = -1;
            var count = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                Words.Add(tokens[i].Text);
                first = first < 0 ? i : first;
                last = i;
                count++;
            }

            // One word ("Beatrix", "Rutte") is neither a given name nor a surname on its own.
            if (count < 2)
            {
                return;
            }

            var given = tokens[first].Text;
            var surname = tokens[last].Text;
            if (surname.Length >= 3)
            {
                AddWord(Surnames, surname);
            }

            if (given.Length >= 2)
            {
                AddWord(GivenNames, given);
            }
        }

        private static void AddWord(List<string> list, string word)
        {
            if (!list.Exists(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(word);
            }
        }
    }
}
