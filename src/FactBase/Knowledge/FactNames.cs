using System.Text;

namespace FactBase.Knowledge;

/// <summary>Maps fact ids and property names to C# identifiers, as the generator names them.</summary>
public static class FactNames
{
    /// <summary>
    /// <c>nato</c> → <c>Nato</c>, <c>mark-rutte</c> → <c>MarkRutte</c>,
    /// <c>secretary_general</c> → <c>SecretaryGeneral</c>, <c>1st-army</c> → <c>_1stArmy</c>.
    /// </summary>
    /// <param name="id">An entity id or property name.</param>
    /// <returns>A valid C# identifier.</returns>
    public static string ToIdentifier(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        var upper = true;
        foreach (var c in id)
        {
            if (c is '-' or '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
