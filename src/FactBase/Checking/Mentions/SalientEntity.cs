using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>An entity the document has referred to, and where: the candidates a later back-reference may stand for.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Sentence">The number of the sentence in the document.</param>
/// <param name="Paragraph">The number of the block (paragraph, heading, list item) the sentence is in.</param>
/// <param name="Kind">How it was referred to.</param>
internal readonly record struct SalientEntity(Entity Entity, int Sentence, int Paragraph, MentionKind Kind);
