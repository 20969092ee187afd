namespace FactBase.Model;

/// <summary>What kind of thing an entity is.</summary>
public enum EntityType
{
    /// <summary>An organization: NATO, the EU, a company.</summary>
    Organization,

    /// <summary>A country, past or present.</summary>
    Country,

    /// <summary>A person.</summary>
    Person,

    /// <summary>Anything else.</summary>
    Other,
}
