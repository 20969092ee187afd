namespace FactBase.Knowledge;

/// <summary>
/// The names of a knowledge base's entities, read without making the entities: what a knowledge base read from a
/// compiled snapshot offers, so that a lookup that only compares names (spelling candidates) decodes no entity record.
/// </summary>
/// <remarks>Implementations are thread-safe, as the knowledge base is.</remarks>
internal interface IEntityNames
{
    /// <summary>The name (<paramref name="source"/> 0) or the alias number <paramref name="source"/> (from 1) of the entity
    /// at <paramref name="index"/>, equal to what the entity itself gives.</summary>
    /// <param name="index">The entity's place in the knowledge base's list.</param>
    /// <param name="source">0 for the name, k for the k-th alias.</param>
    /// <returns>The name or alias.</returns>
    string NameOf(int index, int source);
}
