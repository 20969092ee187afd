using System.Collections.Generic;
using System.Linq;

namespace FactBase.Cli.Importing;

/// <summary>
/// What an import left out or changed, and why, counted by kind with a few examples each: the lines of
/// <c>note: ...</c> the importer prints, so an editor can judge what the import holds without reading every file.
/// </summary>
internal sealed class ImportNotes
{
    private const int Examples = 5;
    private readonly Dictionary<string, (int Count, List<string> Examples)> _notes = new();
    private readonly List<string> _order = new();

    /// <summary>Counts one case of <paramref name="kind"/>, keeping the first few examples.</summary>
    /// <param name="kind">What happened, as a phrase: "statements without a start time left out".</param>
    /// <param name="example">Which record, e.g. <c>Q7747 P39 Q140686</c>.</param>
    public void Add(string kind, string example)
    {
        if (!_notes.TryGetValue(kind, out var note))
        {
            note = (0, new List<string>());
            _order.Add(kind);
        }

        if (note.Examples.Count < Examples)
        {
            note.Examples.Add(example);
        }

        _notes[kind] = (note.Count + 1, note.Examples);
    }

    /// <summary>How many cases of <paramref name="kind"/> were counted.</summary>
    /// <param name="kind">The phrase given to <see cref="Add"/>.</param>
    /// <returns>The count.</returns>
    public int Count(string kind) => _notes.TryGetValue(kind, out var note) ? note.Count : 0;

    /// <summary>One line per kind, in the order they first happened: <c>12 statements ...: Q1 P39 Q2, ... and 7 more</c>.</summary>
    public IEnumerable<string> Lines => _order.Select(kind =>
    {
        var (count, examples) = _notes[kind];
        var more = count > examples.Count ? $" and {count - examples.Count} more" : string.Empty;
        return $"{count} {kind}: {string.Join(", ", examples)}{more}";
    });
}
