using FactBase.Model;

namespace FactBase.Checking.Findings;

/// <summary>
/// The one source that backs the fact a finding was checked against: the timeline entry's own <c>source:</c> when it
/// has one, else the entity's source marked <c>about: [property]</c>, else the entity's first source.
/// </summary>
internal static class BackingSource
{
    /// <summary>The source's address, or <see langword="null"/> when the entity cites none.</summary>
    /// <param name="entity">The entity whose facts decided.</param>
    /// <param name="property">The property checked, if any.</param>
    /// <param name="factLocation">Where the deciding fact or timeline entry is written.</param>
    /// <returns>The address.</returns>
    public static string? Of(Entity entity, string? property, SourceLocation? factLocation)
    {
        if (property is not null && entity.GetFact(property) is { } fact && factLocation is not null)
        {
            for (var i = 0; i < fact.Timeline.Count; i++)
            {
                var entry = fact.Timeline[i];
                if (entry.Source is { Length: > 0 } own && entry.Location == factLocation)
                {
                    return own;
                }
            }
        }

        var sources = entity.Sources;
        if (property is not null)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                var about = sources[i].About;
                for (var j = 0; j < about.Count; j++)
                {
                    if (about[j] == property)
                    {
                        return sources[i].Url;
                    }
                }
            }
        }

        return sources.Count > 0 ? sources[0].Url : null;
    }
}
