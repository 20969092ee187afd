using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules;

/// <summary>Something an article states that the knowledge base can confirm or refute.</summary>
/// <param name="Rule">The rule family: age, date, role, membership, count, entity-name.</param>
/// <param name="Span">The words that state it; findings point there.</param>
/// <param name="Subject">The entity the claim is about.</param>
public abstract record Claim(string Rule, TextSpan Span, Entity Subject)
{
    /// <summary>For a claim that shares its words with another of the same rule ("Estonia, Latvia and Lithuania, which
    /// joined NATO in 2004": three claims on "2004"), what sets it apart; <see langword="null"/> for the first or only one.
    /// Claims on the same words are otherwise the same claim read twice, and counted once.</summary>
    internal string? SharedBy { get; init; }

    /// <summary>Whether the claim may only be confirmed: the reading that found it already leaned on the facts (a title that
    /// chose its person, a title inside a name, a reference to one of several people), so a disagreement says more about the
    /// reading than about the text. The checker reports such a claim when the facts support it and drops it otherwise.</summary>
    public bool ConfirmOnly { get; init; }
}
