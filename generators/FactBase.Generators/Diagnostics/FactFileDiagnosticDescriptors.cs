using System.Collections.Generic;
using FactBase.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators;

/// <summary>
/// One Roslyn descriptor per fact-file diagnostic code. The ids are the runtime library's
/// (<see cref="FactDiagnosticIds"/>), so the build and <c>factbase lint</c> report the same codes.
/// </summary>
internal static class FactFileDiagnosticDescriptors
{
    /// <summary>The category shown by IDEs and used in <c>.editorconfig</c> bulk settings.</summary>
    public const string Category = "FactBase";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [FactDiagnosticIds.MalformedYaml] = Create(FactDiagnosticIds.MalformedYaml, "Malformed YAML"),
        [FactDiagnosticIds.UnknownKey] = Create(FactDiagnosticIds.UnknownKey, "Unknown key in a fact file"),
        [FactDiagnosticIds.MissingKey] = Create(FactDiagnosticIds.MissingKey, "Missing required key in a fact file"),
        [FactDiagnosticIds.InvalidValue] = Create(FactDiagnosticIds.InvalidValue, "Invalid value in a fact file"),
        [FactDiagnosticIds.BadDate] = Create(FactDiagnosticIds.BadDate, "Invalid date in a fact file"),
        [FactDiagnosticIds.DuplicateId] = Create(FactDiagnosticIds.DuplicateId, "Duplicate id"),
        [FactDiagnosticIds.DanglingReference] = Create(FactDiagnosticIds.DanglingReference, "Reference to an unknown entity"),
        [FactDiagnosticIds.OverlappingPeriods] = Create(FactDiagnosticIds.OverlappingPeriods, "Overlapping periods of a single-holder office"),
        [FactDiagnosticIds.EndBeforeStart] = Create(FactDiagnosticIds.EndBeforeStart, "A period ends before it starts"),
        [FactDiagnosticIds.NameCollision] = Create(FactDiagnosticIds.NameCollision, "Two names map to one C# identifier"),
        [FactDiagnosticIds.UnknownProperty] = Create(FactDiagnosticIds.UnknownProperty, "Property not declared in any vocabulary", DiagnosticSeverity.Warning),
        [FactDiagnosticIds.InternalError] = Create(FactDiagnosticIds.InternalError, "The FactBase generator failed"),
        [FactDiagnosticIds.LimitExceeded] = Create(FactDiagnosticIds.LimitExceeded, "A fact file exceeds an input limit"),
    };

    /// <summary>Every descriptor, by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> All => ById;

    /// <summary>The descriptor of <paramref name="id"/> (a fact-file code, or a rule code of <see cref="ArticleFindingDescriptors"/>); an id unknown to this version gets a generic one.</summary>
    /// <param name="id">The diagnostic code.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor For(string id)
        => ById.TryGetValue(id, out var descriptor) || ArticleFindingDescriptors.TryGet(id, out descriptor) ? descriptor : Create(id, "Fact file problem");

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity = DiagnosticSeverity.Error)
        => new(
            id,
            title,
            "{0}",
            Category,
            severity,
            isEnabledByDefault: true,
            description: "Reported by the FactBase source generator for a fact file (YAML). Fix the file at the reported line; the rest of the knowledge base still compiles.",
            customTags: id == FactDiagnosticIds.InternalError ? new[] { WellKnownDiagnosticTags.NotConfigurable } : new string[0]);
}
