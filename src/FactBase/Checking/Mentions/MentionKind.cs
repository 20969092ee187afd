namespace FactBase.Checking.Mentions;

/// <summary>How an entity was named in the text.</summary>
public enum MentionKind
{
    /// <summary>By its canonical name or an alias ("NATO", "Nato", "OTAN").</summary>
    Name,

    /// <summary>By an adjective ("Ukrainian", "US").</summary>
    Adjective,

    /// <summary>By a person's surname after a full mention or a title ("Trump").</summary>
    Surname,
}
