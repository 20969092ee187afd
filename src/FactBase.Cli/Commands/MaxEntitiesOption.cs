using System.CommandLine;
using System.Globalization;

namespace FactBase.Cli.Commands;

/// <summary><c>--max-entities N</c> of <c>check</c> and <c>lint</c>: the most entities the knowledge base may hold.</summary>
internal static class MaxEntitiesOption
{
    public static Option<int?> Create()
    {
        var option = new Option<int?>("--max-entities")
        {
            HelpName = "N",
            Description = $"The most entities the knowledge base may hold (default {FactBaseLimits.MaxEntities:N0}; see docs/limits.md).",
        };
        option.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!TryParse(text, out _))
            {
                result.AddError($"--max-entities '{text}' is not a whole number of at least 1");
            }
        });
        return option;
    }

    /// <summary>Parses a limit: a whole number of at least 1 (digits only, as written in a config file).</summary>
    public static bool TryParse(string text, out int count)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1;
}
