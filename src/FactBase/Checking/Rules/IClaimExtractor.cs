using System.Collections.Generic;
using FactBase.Checking.Sentences;

namespace FactBase.Checking.Rules;

/// <summary>Finds the claims of one rule family in a sentence.</summary>
public interface IClaimExtractor
{
    /// <summary>Extracts claims from a sentence.</summary>
    /// <param name="sentence">The sentence with its mentions and time.</param>
    /// <returns>The claims found; none when unsure.</returns>
    IEnumerable<Claim> Extract(SentenceContext sentence);
}
