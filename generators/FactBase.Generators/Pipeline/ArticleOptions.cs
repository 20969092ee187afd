using FactBase.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generators;

/// <summary>
/// How articles are checked at build time: the date for articles that state none (MSBuild property
/// <c>FactBaseAsOf</c>, else today), the same order as the CLI's config <c>as-of</c> and its fallback.
/// </summary>
/// <param name="AsOf">The configured date for undated articles, if any.</param>
/// <param name="Today">The build's date, used when neither the article nor <c>FactBaseAsOf</c> gives one.</param>
/// <param name="Problems">Settings that were invalid and were ignored.</param>
internal sealed record ArticleOptions(FactDate? AsOf, FactDate Today, EquatableArray<DiagnosticInfo> Problems)
{
    /// <summary>The MSBuild property that sets <see cref="AsOf"/>.</summary>
    public const string AsOfProperty = "build_property.FactBaseAsOf";

    /// <summary>Reads the settings; an invalid date is reported and ignored.</summary>
    /// <param name="options">The global analyzer options of the project.</param>
    /// <param name="today">Today's date.</param>
    /// <returns>The settings.</returns>
    public static ArticleOptions From(AnalyzerConfigOptions options, FactDate today)
    {
        var text = options.TryGetValue(AsOfProperty, out var value) && value is not null ? value.Trim() : string.Empty;
        if (text.Length == 0)
        {
            return new ArticleOptions(null, today, EquatableArray<DiagnosticInfo>.Empty);
        }

        if (FactDate.TryParse(text, out var date) && date.Precision == DatePrecision.Day)
        {
            return new ArticleOptions(date, today, EquatableArray<DiagnosticInfo>.Empty);
        }

        var problem = new DiagnosticInfo(
            Diagnostics.FactDiagnosticIds.InvalidValue,
            DiagnosticSeverity.Warning,
            $"FactBaseAsOf '{text}' is not a date of the form YYYY-MM-DD; articles that state no date are checked as of today ({today})",
            null);
        return new ArticleOptions(null, today, EquatableArray.Create(problem));
    }
}
