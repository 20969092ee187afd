namespace FactBase.Generators;

/// <summary>
/// The parts of the two generated files that depend on the whole knowledge base (headers, counts, the entity list,
/// the vocabulary, helpers): everything but the entities' own text (<see cref="EntityText"/>).
/// </summary>
/// <param name="TypedPrefix">Facts.g.cs up to the first entity class.</param>
/// <param name="TypedSuffix">Facts.g.cs after the last entity class.</param>
/// <param name="DataPrefix">Facts.KnowledgeBase.g.cs up to the first entity method.</param>
/// <param name="DataSuffix">Facts.KnowledgeBase.g.cs after the last entity method.</param>
internal sealed record EmissionFrame(string TypedPrefix, string TypedSuffix, string DataPrefix, string DataSuffix);
