using FactBase.Checking.Time;
using FactBase.Model;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// An age or anniversary in a sentence that also names the date it counts from: "The republic, founded in 1923, celebrates
/// its centenary in October", "The 42-year-old historian, who was born in 1983, ...". The year named is the founding or
/// the birth, not the time the age speaks of, so the sentence's times cannot date the claim. It is read at the article's
/// time instead, and only confirmed: a present age or a recent anniversary that agrees with the facts is reported as such,
/// and one that does not is left alone (it may speak of another time).
/// </summary>
internal static class OwnDateAge
{
    /// <summary>The claim read at the article's time, confirm-only. The article's date is also named as the claim's one
    /// other time, so an anniversary must fall in the article's year (not the year before or after, which an anniversary
    /// with no time of its own is allowed).</summary>
    public static AgeClaim AtArticleTime(AgeClaim claim)
        => claim with { Time = new TimeContext(claim.Time.AsOf, new[] { claim.Time.AsOf }, claim.Time.AsOf), ConfirmOnly = true };
}
