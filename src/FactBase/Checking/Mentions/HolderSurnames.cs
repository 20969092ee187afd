using System;
using System.Collections.Generic;
using FactBase.Memory;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The surnames of the people who have held each office, by office, first letter (uppercased) and length: so a title
/// before a near-miss surname ("President Macrom") is compared with the few holders whose surname could be one or two
/// edits away, not with every holder of the office (over a hundred thousand presidents at a million entities).
/// </summary>
/// <remarks>A surname one or two edits from a word has the word's first letter (the typo rule asks for it) and a length
/// at most that many letters away, so the holders listed under those keys include every holder the rule can match.
/// Each entry is a pair (the holder's place in the knowledge base, the surname's number), the surname's text given by
/// <see cref="TextOf"/>: a compiled snapshot keeps the table as blocks and the surnames in its string table.</remarks>
internal sealed class HolderSurnames
{
    private readonly WordLists _byKey;
    private readonly Func<int, string?> _text;

    public HolderSurnames(WordLists byKey, Func<int, string?> text)
    {
        _byKey = byKey;
        _text = text;
    }

    /// <summary>The table: each key (<see cref="KeyOf"/>) with its pairs (holder place, surname number).</summary>
    public WordLists ByKey => _byKey;

    /// <summary>The text of surname <paramref name="number"/>.</summary>
    public string? TextOf(int number) => _text(number);

    /// <summary>The key of an office (by its number among the offices) and a surname's first letter and length.</summary>
    public static string KeyOf(int office, char first, int length)
        => office.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + ((int)char.ToUpperInvariant(first)).ToString(System.Globalization.CultureInfo.InvariantCulture)
           + ":" + length.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The table of <paramref name="holders"/> (each office's holders, offices numbered by their place in the
    /// list), with each person's surnames from <paramref name="surnamesOf"/>.</summary>
    public static HolderSurnames Build(IReadOnlyList<(string Office, int[] People)> holders, Func<int, IReadOnlyList<string>> surnamesOf)
    {
        var texts = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var o = 0; o < holders.Count; o++)
        {
            foreach (var person in holders[o].People)
            {
                foreach (var surname in surnamesOf(person))
                {
                    if (surname.Length == 0)
                    {
                        continue;
                    }

                    if (!numbers.TryGetValue(surname, out var number))
                    {
                        numbers[surname] = number = texts.Count;
                        texts.Add(surname);
                    }

                    var key = KeyOf(o, surname[0], surname.Length);
                    if (!lists.TryGetValue(key, out var list))
                    {
                        lists[key] = list = new List<int>();
                    }

                    list.Add(person);
                    list.Add(number);
                }
            }
        }

        var flat = new List<(string, int[])>(lists.Count);
        foreach (var pair in lists)
        {
            flat.Add((pair.Key, pair.Value.ToArray()));
        }

        var all = texts.ToArray();
        return new HolderSurnames(WordLists.Build(flat), n => (uint)n < (uint)all.Length ? all[n] : null);
    }

    /// <summary>Adds to <paramref name="found"/> (once each) the places of the holders of office <paramref name="office"/>
    /// with a surname that has <paramref name="word"/>'s first letter, a length at most <paramref name="limit"/> away, and
    /// that <paramref name="fits"/>.</summary>
    public void Near(int office, string word, int limit, Func<string, bool> fits, List<int> found)
    {
        for (var length = Math.Max(1, word.Length - limit); length <= word.Length + limit; length++)
        {
            var number = _byKey.Find(KeyOf(office, word[0], length));
            if (number < 0)
            {
                continue;
            }

            var (start, count) = _byKey.ListOf(number);
            for (var i = start; i + 1 < start + count; i += 2)
            {
                var person = _byKey.Values[i];
                if (found.Contains(person))
                {
                    continue;
                }

                var surname = _text(_byKey.Values[i + 1]) ?? throw new System.IO.InvalidDataException("a table of surnames names no surname");
                if (fits(surname))
                {
                    found.Add(person);
                }
            }
        }
    }
}
