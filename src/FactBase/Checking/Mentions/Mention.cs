using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>A place in a sentence that names an entity.</summary>
/// <param name="Entity">The entity named.</param>
/// <param name="Kind">How it was named.</param>
/// <param name="First">The index of the first token.</param>
/// <param name="End">The index just past the last token.</param>
/// <param name="Span">Where it is in the document (without a possessive 's).</param>
/// <param name="IsPossessive">Whether it ends in a possessive ("NATO's").</param>
public sealed record Mention(Entity Entity, MentionKind Kind, int First, int End, TextSpan Span, bool IsPossessive)
{
    /// <summary>Whether the back-reference took one of several candidates: a claim read through it is only confirmed.</summary>
    public bool Tentative { get; init; }
}
