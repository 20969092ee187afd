using System.Collections.Generic;

namespace FactBase.Text;

/// <summary>One sentence of prose: its tokens and where it is.</summary>
/// <param name="Span">The sentence's place in the document.</param>
/// <param name="Tokens">Its tokens, in order.</param>
public sealed record Sentence(TextSpan Span, IReadOnlyList<Token> Tokens);
