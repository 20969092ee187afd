using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules;

/// <summary>Something an article states that the knowledge base can confirm or refute.</summary>
/// <param name="Rule">The rule family: age, date, role, membership, count, entity-name.</param>
/// <param name="Span">The words that state it; findings point there.</param>
/// <param name="Subject">The entity the claim is about.</param>
public abstract record Claim(string Rule, TextSpan Span, Entity Subject);
