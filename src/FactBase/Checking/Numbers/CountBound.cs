namespace FactBase.Checking.Numbers;

/// <summary>How a stated number relates to the true one: exactly, as a bound, roughly, or as the rest of a group.</summary>
public enum CountBound
{
    /// <summary>The number itself: "32 members", "all 32".</summary>
    Exact,

    /// <summary>"more than 30", "over 30": the true number is above.</summary>
    MoreThan,

    /// <summary>"fewer than 30", "less than 30", "under 30": the true number is below.</summary>
    FewerThan,

    /// <summary>"at least 30".</summary>
    AtLeast,

    /// <summary>"about 190", "around", "roughly", "approximately", "some": near the true number.</summary>
    About,

    /// <summary>"nearly 200", "almost 200": a little below, or at, the true number.</summary>
    Nearly,

    /// <summary>"the other 31", "31 other": the group without the members the sentence names.</summary>
    Other,

    /// <summary>"the remaining 26": the group without some members, said before.</summary>
    Remaining,
}
