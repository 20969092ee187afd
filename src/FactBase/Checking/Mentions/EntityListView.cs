using System.Collections;
using System.Collections.Generic;
using System.IO;
using FactBase.Memory;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>Some entities of a knowledge base, by their places in its list (a stretch of a block of numbers, read in place
/// from a compiled snapshot): an entity of a snapshot is made only when the list is read.</summary>
internal sealed class EntityListView : IReadOnlyList<Entity>
{
    private readonly IReadOnlyList<Entity> _entities;
    private readonly NumberBlock<int> _places;
    private readonly int _start;

    public EntityListView(IReadOnlyList<Entity> entities, NumberBlock<int> places, int start, int count)
    {
        _entities = entities;
        _places = places;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Entity this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            var place = _places[_start + index];
            return (uint)place < (uint)_entities.Count ? _entities[place] : throw new InvalidDataException("a table of names lists an entity out of range");
        }
    }

    public IEnumerator<Entity> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
