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

    /// <summary>By a definite description that refers back to an entity named earlier ("the alliance", "the 62-year-old
    /// lawyer", "the president"): one of the entity's descriptions or the title of an office it has held.</summary>
    Description,

    /// <summary>By a pronoun that refers back to the one entity it can stand for ("its 27 members").</summary>
    Pronoun,
}
