using System.Collections.Generic;

namespace FactBase.Cli.Mcp;

/// <summary>The knowledge-base options <c>factbase mcp</c> was started with; every tool call uses them.</summary>
/// <param name="FactFolders"><c>--facts</c>: fact folders added to the built-in facts (and the config's).</param>
/// <param name="NoBuiltInFacts"><c>--no-builtin-facts</c>.</param>
/// <param name="NoBuiltInVocabulary"><c>--no-builtin-vocabulary</c>.</param>
/// <param name="Config"><c>--config</c>: an explicit config file; otherwise <c>.factbase.yaml</c> is looked for upwards.</param>
/// <param name="NoConfig"><c>--no-config</c>.</param>
internal sealed record McpSettings(IReadOnlyList<string> FactFolders, bool NoBuiltInFacts, bool NoBuiltInVocabulary, string? Config, bool NoConfig);
