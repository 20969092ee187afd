namespace FactBase.Checking.Time;

/// <summary>How a claim's time was written, which decides how strictly it is read and whether a correction may rewrite it.</summary>
public enum TimeReading
{
    /// <summary>A date written out ("in 2023", "on 4 April 2023").</summary>
    Stated,

    /// <summary>A time relative to the article or the narrative that names one period ("last year", "on Thursday", "that
    /// March"): read exactly, but not rewritten.</summary>
    Relative,

    /// <summary>A round distance from the article or the narrative ("two years ago", "five years later", "a few weeks
    /// later"): a date one year off may be what the writer meant, so only a larger difference is reported.</summary>
    Approximate,
}
