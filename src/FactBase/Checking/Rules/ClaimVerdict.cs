using FactBase.Checking.Findings;
using FactBase.Model;

namespace FactBase.Checking.Rules;

/// <summary>The outcome of checking one claim against the knowledge base.</summary>
/// <remarks>
/// Made only by the named factories: <see cref="Contradicted"/>, <see cref="Outdated"/>, <see cref="Misspelled"/>, and
/// <see cref="VerificationContext.Supported"/>, which alone decides whether a supported verdict's message is written.
/// </remarks>
public sealed class ClaimVerdict
{
    private ClaimVerdict(Verdict verdict, string message, string? expected, string? suggestion, Entity entity, string? property, SourceLocation? factLocation)
    {
        Verdict = verdict;
        Message = message;
        Expected = expected;
        Suggestion = suggestion;
        Entity = entity;
        Property = property;
        FactLocation = factLocation;
    }

    /// <summary>Supported, contradicted, outdated or misspelled.</summary>
    public Verdict Verdict { get; }

    /// <summary>What was checked and found, in words.</summary>
    public string Message { get; }

    /// <summary>What the facts say (for non-supported verdicts).</summary>
    public string? Expected { get; }

    /// <summary>A replacement for the claim's text, where unambiguous.</summary>
    public string? Suggestion { get; }

    /// <summary>The entity whose facts decided (for citing sources).</summary>
    public Entity Entity { get; }

    /// <summary>The property checked.</summary>
    public string? Property { get; }

    /// <summary>Where the deciding fact is written.</summary>
    public SourceLocation? FactLocation { get; }

    /// <summary>The claim was never true at the time it speaks of.</summary>
    /// <param name="message">What the facts say, in words.</param>
    /// <param name="expected">What the facts say, in the claim's terms.</param>
    /// <param name="suggestion">A replacement for the claim's text, or <see langword="null"/> when none is unambiguous.</param>
    /// <param name="entity">The entity whose facts decided.</param>
    /// <param name="property">The property checked.</param>
    /// <param name="factLocation">Where the deciding fact is written.</param>
    /// <returns>The verdict.</returns>
    public static ClaimVerdict Contradicted(string message, string? expected, string? suggestion, Entity entity, string? property, SourceLocation? factLocation)
        => new(Verdict.Contradicted, message, expected, suggestion, entity, property, factLocation);

    /// <summary>The claim was true before the time it speaks of, and no longer is.</summary>
    /// <param name="message">What the facts say, in words.</param>
    /// <param name="expected">What the facts say, in the claim's terms.</param>
    /// <param name="suggestion">A replacement for the claim's text, or <see langword="null"/> when none is unambiguous.</param>
    /// <param name="entity">The entity whose facts decided.</param>
    /// <param name="property">The property checked.</param>
    /// <param name="factLocation">Where the deciding fact is written.</param>
    /// <returns>The verdict.</returns>
    public static ClaimVerdict Outdated(string message, string? expected, string? suggestion, Entity entity, string? property, SourceLocation? factLocation)
        => new(Verdict.Outdated, message, expected, suggestion, entity, property, factLocation);

    /// <summary>A known name is misspelled; the right spelling is both what is expected and the suggestion.</summary>
    /// <param name="message">The misspelling and the right name, in words.</param>
    /// <param name="correct">The right spelling.</param>
    /// <param name="entity">The entity whose name it is.</param>
    /// <param name="factLocation">Where the entity is written.</param>
    /// <returns>The verdict.</returns>
    public static ClaimVerdict Misspelled(string message, string correct, Entity entity, SourceLocation? factLocation)
        => new(Verdict.Misspelled, message, correct, correct, entity, null, factLocation);

    /// <summary>The claim holds; made by <see cref="VerificationContext.Supported"/>, which writes the message only when asked.</summary>
    internal static ClaimVerdict Supported(string message, Entity entity, string? property, SourceLocation factLocation)
        => new(Verdict.Supported, message, null, null, entity, property, factLocation);
}
