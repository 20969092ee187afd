using System.Collections;
using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>Some entities of a knowledge base, by their places in its list: an entity of a compiled snapshot is made only
/// when the list is read.</summary>
internal sealed class EntityListView : IReadOnlyList<Entity>
{
    private readonly IReadOnlyList<Entity> _entities;
    private readonly int[] _places;

    public EntityListView(IReadOnlyList<Entity> entities, int[] places)
    {
        _entities = entities;
        _places = places;
    }

    public int Count => _places.Length;

    public Entity this[int index] => _entities[_places[index]];

    public IEnumerator<Entity> GetEnumerator()
    {
        for (var i = 0; i < _places.Length; i++)
        {
            yield return _entities[_places[i]];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
