using System;
using System.Collections.Generic;
using FactBase.Diagnostics;
using FactBase.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generators;

/// <summary>
/// The generator's MSBuild settings (made visible to the compiler with <c>CompilerVisibleProperty</c>).
/// </summary>
/// <param name="Namespace">The namespace of the <c>Facts</c> class; empty for the global namespace.</param>
/// <param name="Visibility"><c>internal</c> (the default) or <c>public</c>.</param>
/// <param name="PathRoot">
/// A folder that fact-file paths are made relative to in generated locations (so a build does not
/// bake the machine's absolute paths into the assembly); empty to keep paths as the compiler gives them.
/// </param>
/// <param name="Problems">Settings that were invalid and were replaced by defaults.</param>
/// <param name="Nullable">
/// Whether the project's C# version (8 or later) allows <c>#nullable</c> and nullable annotations;
/// without it the generated code has none, so C# 7.3 projects (netstandard2.0's default) compile it too.
/// </param>
internal sealed record GeneratorOptions(string Namespace, string Visibility, string PathRoot, EquatableArray<DiagnosticInfo> Problems, bool Nullable = true)
{
    /// <summary>The MSBuild property that sets <see cref="Namespace"/>.</summary>
    public const string NamespaceProperty = "build_property.FactBaseNamespace";

    /// <summary>The MSBuild property that sets <see cref="Visibility"/>.</summary>
    public const string VisibilityProperty = "build_property.FactBaseVisibility";

    /// <summary>The MSBuild property that sets <see cref="PathRoot"/>.</summary>
    public const string PathRootProperty = "build_property.FactBasePathRoot";

    /// <summary>The defaults: <c>internal</c>, global namespace, paths as given.</summary>
    public static GeneratorOptions Default { get; } = new(string.Empty, "internal", string.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>Reads the settings; invalid values fall back to defaults and are reported.</summary>
    /// <param name="options">The global analyzer options of the project.</param>
    /// <returns>The settings.</returns>
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var problems = new List<DiagnosticInfo>();

        var ns = Read(options, NamespaceProperty);
        if (ns.StartsWith("global::", StringComparison.Ordinal))
        {
            ns = ns.Substring("global::".Length);
        }

        if (ns.Length > 0 && !IsValidNamespace(ns))
        {
            problems.Add(Problem($"FactBaseNamespace '{ns}' is not a valid C# namespace; the global namespace is used"));
            ns = string.Empty;
        }

        var visibility = Read(options, VisibilityProperty).ToLowerInvariant();
        if (visibility.Length == 0)
        {
            visibility = "internal";
        }
        else if (visibility is not ("internal" or "public"))
        {
            problems.Add(Problem($"FactBaseVisibility '{visibility}' must be 'internal' or 'public'; 'internal' is used"));
            visibility = "internal";
        }

        return new GeneratorOptions(ns, visibility, Read(options, PathRootProperty), problems.ToEquatableArray());
    }

    /// <summary>Makes <paramref name="fullPath"/> relative to <paramref name="root"/> when it lies under it.</summary>
    /// <param name="fullPath">A file path.</param>
    /// <param name="root">A folder, or empty.</param>
    /// <returns>The relative path with <c>/</c> separators, or <paramref name="fullPath"/>.</returns>
    public static string MakeRelative(string fullPath, string root)
    {
        if (root.Length == 0)
        {
            return fullPath;
        }

        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
        var normalizedPath = fullPath.Replace('\\', '/');
        return normalizedPath.StartsWith(normalizedRoot, StringComparison.OrdinalIgnoreCase)
            ? normalizedPath.Substring(normalizedRoot.Length)
            : fullPath;
    }

    private static string Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && value is not null ? value.Trim() : string.Empty;

    private static bool IsValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    private static DiagnosticInfo Problem(string message)
        => new(FactDiagnosticIds.InvalidValue, DiagnosticSeverity.Warning, message, null);
}
