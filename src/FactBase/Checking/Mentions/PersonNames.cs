using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// People's names as wholes: who carries a surname, the given names and all name words of each person, and who has held
/// each office. The identity checks ask it whether "Olav Scholz" or "Prime Minister Starmar" fits a known person.
/// </summary>
/// <remarks>Built once per knowledge base (on first use) and shared by every thread; immutable after construction.</remarks>
internal sealed class PersonNames
{
    private static readonly ConditionalWeakTable<KnowledgeBase, PersonNames> Cache = new();

    private static readonly IReadOnlyList<Entity> None = Array.Empty<Entity>();

    private readonly Dictionary<string, List<Entity>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entity>> _byGivenName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entity>> _holders = new(StringComparer.Ordinal);

    private PersonNames(KnowledgeBase knowledgeBase)
    {
        foreach (var entity in knowledgeBase.Entities)
        {
            if (entity.Type != EntityType.Person)
            {
                continue;
            }

            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _words[entity.Id] = words;
            AddName(entity, entity.Name, words);
            foreach (var alias in entity.Aliases)
            {
                AddName(entity, alias, words);
            }
        }

        foreach (var entity in knowledgeBase.Entities)
        {
            foreach (var fact in entity.Facts)
            {
                if (knowledgeBase.FindProperty(fact.Property) is not { Kind: PropertyKind.Office })
                {
                    continue;
                }

                foreach (var entry in fact.Timeline)
                {
                    if (knowledgeBase.TryGetEntity(entry.Value, out var holder) && holder.Type == EntityType.Person)
                    {
                        AddOnce(_holders, fact.Property, holder);
                    }
                }
            }
        }
    }

    /// <summary>The table of <paramref name="knowledgeBase"/>, built on first use.</summary>
    public static PersonNames Of(KnowledgeBase knowledgeBase) => Cache.GetValue(knowledgeBase, kb => new PersonNames(kb));

    /// <summary>The people whose name (or an alias of more than one word) ends with <paramref name="surname"/>.</summary>
    public IReadOnlyList<Entity> WithSurname(string surname) => _bySurname.TryGetValue(surname, out var found) ? found : None;

    /// <summary>The people whose name (or an alias) starts with <paramref name="givenName"/>.</summary>
    public IReadOnlyList<Entity> WithGivenName(string givenName) => _byGivenName.TryGetValue(givenName, out var found) ? found : None;

    /// <summary>The first words of a person's names of more than one word ("Olaf"), canonical name first.</summary>
    public IReadOnlyList<string> GivenNamesOf(Entity person) => _givenNames.TryGetValue(person.Id, out var found) ? found : Array.Empty<string>();

    /// <summary>The last words of a person's names of more than one word ("Scholz"), canonical name first.</summary>
    public IReadOnlyList<string> SurnamesOf(Entity person) => _surnames.TryGetValue(person.Id, out var found) ? found : Array.Empty<string>();

    /// <summary>Whether <paramref name="word"/> is a word of any of the person's names (case ignored).</summary>
    public bool IsWordOf(Entity person, string word) => _words.TryGetValue(person.Id, out var words) && words.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a word of any known person's name (case ignored).</summary>
    public bool IsAnyPersonWord(string word) => _allWords.Contains(word);

    /// <summary>The people who have held the office <paramref name="property"/> of any entity.</summary>
    public IReadOnlyList<Entity> HoldersOf(string property) => _holders.TryGetValue(property, out var found) ? found : None;

    private void AddName(Entity person, string name, HashSet<string> words)
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

            words.Add(tokens[i].Text);
            _allWords.Add(tokens[i].Text);
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
            AddOnce(_bySurname, surname, person);
            AddWord(_surnames, person.Id, surname);
        }

        if (given.Length >= 2)
        {
            AddOnce(_byGivenName, given, person);
            AddWord(_givenNames, person.Id, given);
        }
    }

    private static void AddOnce(Dictionary<string, List<Entity>> map, string key, Entity person)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<Entity>(1);
        }

        if (!list.Exists(e => e.Id == person.Id))
        {
            list.Add(person);
        }
    }

    private static void AddWord(Dictionary<string, List<string>> map, string id, string word)
    {
        if (!map.TryGetValue(id, out var list))
        {
            map[id] = list = new List<string>(1);
        }

        if (!list.Exists(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(word);
        }
    }
}
