namespace FactBase.Model;

/// <summary>The words fact files use for <see cref="EntityType"/>: <c>type: person</c>, <c>value_type: [country]</c>.</summary>
internal static class EntityTypes
{
    /// <summary>The keywords, listed for messages.</summary>
    public const string Keywords = "organization, country, person, other";

    /// <summary>Reads a type keyword (exactly, lower case).</summary>
    /// <param name="text">The keyword.</param>
    /// <param name="type">The type, when the keyword is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a type.</returns>
    public static bool TryParse(string text, out EntityType type)
    {
        switch (text)
        {
            case "organization": type = EntityType.Organization; return true;
            case "country": type = EntityType.Country; return true;
            case "person": type = EntityType.Person; return true;
            case "other": type = EntityType.Other; return true;
            default: type = default; return false;
        }
    }

    /// <summary>The keyword of a type: <c>person</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The keyword.</returns>
    public static string Keyword(EntityType type) => type switch
    {
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        EntityType.Person => "person",
        _ => "other",
    };

    /// <summary>The type with its indefinite article: "a person", "an organization".</summary>
    /// <param name="type">The type.</param>
    /// <returns>The text.</returns>
    public static string WithArticle(EntityType type) => (type == EntityType.Organization || type == EntityType.Other ? "an " : "a ") + Keyword(type);
}
