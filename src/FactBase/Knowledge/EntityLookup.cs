using System.Collections.Generic;

namespace FactBase.Knowledge;

/// <summary>
/// Finds entities of a knowledge base by id, and a person's terms in office, without a table made of every entity: what a
/// knowledge base read from a compiled snapshot uses, so that it makes only the entities a check asks for.
/// </summary>
/// <remarks>Implementations are thread-safe, as the knowledge base is.</remarks>
internal abstract class EntityLookup
{
    /// <summary>The place of the entity with <paramref name="id"/> in the knowledge base's list.</summary>
    public abstract bool TryGetIndex(string id, out int index);

    /// <summary>The terms in office of the entity at <paramref name="holderIndex"/>, earliest first, as
    /// <see cref="KnowledgeBase.GetTermsOf"/> gives them.</summary>
    public abstract IReadOnlyList<OfficeTerm> TermsOf(KnowledgeBase knowledgeBase, int holderIndex);
}
