using System.Runtime.CompilerServices;
using FactBase.Knowledge;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Name indexes made before a checker asks for them, by knowledge base: the one a compiled snapshot kept, or the one made
/// while writing a snapshot. A <see cref="FactChecker"/> takes the index from here when there is one, and builds it
/// otherwise; an index goes away with its knowledge base.
/// </summary>
internal static class PrebuiltNameIndexes
{
    private static readonly ConditionalWeakTable<KnowledgeBase, NameIndex> Indexes = new();

    /// <summary>Keeps <paramref name="index"/> as the name index of <paramref name="knowledgeBase"/> (made from it).</summary>
    public static void Attach(KnowledgeBase knowledgeBase, NameIndex index)
    {
        lock (Indexes)
        {
            Indexes.Remove(knowledgeBase);
            Indexes.Add(knowledgeBase, index);
        }
    }

    /// <summary>The name index of <paramref name="knowledgeBase"/>: the one kept for it, or a new one.</summary>
    public static NameIndex For(KnowledgeBase knowledgeBase)
        => Indexes.TryGetValue(knowledgeBase, out var index) ? index : new NameIndex(knowledgeBase);
}
