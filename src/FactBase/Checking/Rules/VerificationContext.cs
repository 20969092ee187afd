using System.Runtime.CompilerServices;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Rules;

/// <summary>What every verifier works with: the knowledge base, and whether supported verdicts carry their message.</summary>
public sealed class VerificationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="knowledgeBase">The facts.</param>
    /// <param name="supportedMessages">Whether supported verdicts carry their message; every other verdict always does.</param>
    public VerificationContext(KnowledgeBase knowledgeBase, bool supportedMessages)
        : this(knowledgeBase, supportedMessages, DateStyle.Text)
    {
    }

    /// <summary>Creates a context whose messages write dates in <paramref name="dateStyle"/>.</summary>
    /// <param name="knowledgeBase">The facts.</param>
    /// <param name="supportedMessages">Whether supported verdicts carry their message; every other verdict always does.</param>
    /// <param name="dateStyle">How messages write dates.</param>
    public VerificationContext(KnowledgeBase knowledgeBase, bool supportedMessages, DateStyle dateStyle)
    {
        KnowledgeBase = knowledgeBase;
        SupportedMessages = supportedMessages;
        Words = Wording.For(dateStyle);
    }

    /// <summary>The facts.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>How messages phrase dates, names and properties.</summary>
    public Wording Words { get; }

    /// <summary>
    /// Whether supported verdicts carry their message. Most claims are supported, and their findings are dropped unless
    /// <c>--include-supported</c> asks for them, so a check without them formats no such message (docs/performance.md).
    /// </summary>
    public bool SupportedMessages { get; }

    /// <summary>The claim holds. The message is formatted only when <see cref="SupportedMessages"/>; else it is empty and
    /// the interpolation's holes are not evaluated.</summary>
    /// <param name="entity">The entity whose facts decided.</param>
    /// <param name="property">The property checked.</param>
    /// <param name="factLocation">Where the deciding fact is written.</param>
    /// <param name="message">What was checked, in words (an interpolated string).</param>
    /// <returns>The verdict.</returns>
    public ClaimVerdict Supported(Entity entity, string? property, SourceLocation factLocation, [InterpolatedStringHandlerArgument("")] ref SupportedMessage message)
        => ClaimVerdict.Supported(message.ToStringAndClear(), entity, property, factLocation);
}
