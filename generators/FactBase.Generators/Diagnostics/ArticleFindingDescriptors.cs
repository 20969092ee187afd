using System.Collections.Generic;
using System.Linq;
using FactBase.Checking;
using FactBase.Checking.Rules;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators;

/// <summary>
/// One Roslyn descriptor per checker rule (<c>FB1001</c>...<c>FB1006</c>, from <see cref="RuleCatalog"/>), for findings in
/// articles. They are errors by default; a project changes that with <c>dotnet_diagnostic.FB1003.severity = warning</c>
/// (or <c>none</c>) in a <c>.globalconfig</c> (or a <c>GlobalAnalyzerConfigFiles</c> item), or turns one off with
/// <c>NoWarn</c>; once a warning, <c>TreatWarningsAsErrors</c>/<c>WarningsNotAsErrors</c> apply as usual.
/// </summary>
/// <remarks>
/// Section settings of an <c>.editorconfig</c> (<c>[*.md]</c>) do not reach these diagnostics: they apply per C# syntax
/// tree, and an article is an additional file. Category-wide settings (<c>dotnet_analyzer_diagnostic.category-*</c>)
/// apply to analyzers, not to a generator's diagnostics. Both checked with a real build (tests/FactBase.Package.Tests).
/// </remarks>
internal static class ArticleFindingDescriptors
{
    /// <summary>The category shown by IDEs.</summary>
    public const string Category = "FactBase.Articles";

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode = RuleCatalog.All.ToDictionary(
        rule => rule.Code,
        rule => new DiagnosticDescriptor(
            rule.Code,
            rule.Title,
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: rule.Description + " Reported by the FactBase generator for a FactBaseArticle item; the message says what the facts say.",
            helpLinkUri: rule.HelpUri));

    /// <summary>The descriptor of a rule code, if it is one.</summary>
    /// <param name="code">A diagnostic code.</param>
    /// <param name="descriptor">The descriptor, when <paramref name="code"/> is a rule's.</param>
    /// <returns><see langword="true"/> for rule codes.</returns>
    public static bool TryGet(string code, out DiagnosticDescriptor descriptor) => ByCode.TryGetValue(code, out descriptor!);
}
