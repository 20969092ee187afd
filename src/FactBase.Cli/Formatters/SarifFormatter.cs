using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Cli.Fixing;
using FactBase.Cli.Output;
using FactBase.Model;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 for code scanning (GitHub <c>upload-sarif</c>, Azure DevOps, IDE viewers).
/// </summary>
/// <remarks>
/// Rules are the checker's rules, <c>id</c> = stable code (<c>FB1006</c>) and <c>name</c> = rule name. Artifact URIs
/// are relative to <c>%SRCROOT%</c> (the repository root: <c>GITHUB_WORKSPACE</c> or the working directory); columns
/// are UTF-16 code units. Each result carries <c>partialFingerprints</c> that survive edits elsewhere in the file, a
/// <c>relatedLocations</c> entry at the fact's YAML line, and a <c>fixes</c> entry where <c>--fix</c> would apply one.
/// </remarks>
internal sealed class SarifFormatter : IReportFormatter
{
    /// <summary>The key under <c>partialFingerprints</c>; bump the version if the hashed fields change.</summary>
    public const string FingerprintKey = "factbaseFinding/v1";

    private const string SrcRoot = "%SRCROOT%";

    /// <inheritdoc/>
    public bool NeedsDocuments => true;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var root = RepoPath.Root;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonFormatter.Options(indented: true)))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SrcRoot);
            json.WriteString("uri", RepoPath.ToFolderUri(root));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var finding in report.Result.Findings)
                {
                    WriteResult(json, report, finding, root, occurrences);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The stable part of a finding's fingerprint: rule, entity, normalized text and file, hashed.</summary>
    internal static string Fingerprint(Finding finding, string relativePath)
    {
        var text = string.Join(" ", finding.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var key = $"{finding.Rule}\n{finding.Entity}\n{text}\n{relativePath}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "factbase");
        if (ProjectLinks.Repository is { } repository)
        {
            json.WriteString("informationUri", repository);
        }

        var version = typeof(SarifFormatter).Assembly.GetName().Version;
        json.WriteString("semanticVersion", version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}");
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            if (rule.HelpUri is not null)
            {
                json.WriteString("helpUri", rule.HelpUri);
            }

            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description}{(rule.HelpUri is null ? string.Empty : $" See {rule.HelpUri}.")} Suppress with <!-- factbase-disable-next-line {rule.Name} -->.");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", "error");
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("rule", rule.Name);
            json.WriteStartArray("tags");
            json.WriteStringValue("fact-check");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, FileReport report, Finding f, string root, Dictionary<string, int> occurrences)
    {
        var code = RuleCatalog.CodeOf(f.Rule);
        var ruleIndex = RuleCatalog.All.Select(d => d.Code).ToList().IndexOf(code);
        var relative = RepoPath.Relative(report.Path, root);
        json.WriteStartObject();
        json.WriteString("ruleId", code);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        if (f.Verdict == Verdict.Supported)
        {
            json.WriteString("kind", "pass");
            json.WriteString("level", "none");
        }
        else
        {
            json.WriteString("kind", "fail");
            json.WriteString("level", f.Severity == Severity.Error ? "error" : "warning");
        }

        json.WriteStartObject("message");
        json.WriteString("text", f.Suggestion is null ? f.Message : $"{f.Message}. Suggestion: {f.Suggestion}");
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, report.Path, relative);
        WriteRegion(json, f.Line, f.Column, f.EndLine, f.EndColumn, f.Text);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        var fingerprint = Fingerprint(f, relative ?? report.Path.Replace('\\', '/'));
        occurrences[fingerprint] = occurrences.TryGetValue(fingerprint, out var n) ? n + 1 : 1;
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, $"{fingerprint}:{occurrences[fingerprint]}");
        json.WriteEndObject();

        if (f.FactLocation is { Line: > 0 } fact && IsFilePath(fact.Path))
        {
            json.WriteStartArray("relatedLocations");
            json.WriteStartObject();
            json.WriteNumber("id", 1);
            json.WriteStartObject("message");
            json.WriteString("text", (f.Property is null ? $"the facts about '{f.Entity}'" : $"the fact '{f.Property}' of '{f.Entity}'") + (f.Source is null ? string.Empty : $" (source: {f.Source})"));
            json.WriteEndObject();
            json.WriteStartObject("physicalLocation");
            if (BuiltInFacts.IsBuiltIn(fact))
            {
                // A built-in fact is not a file of the repository: a factbase: URI, never one relative to %SRCROOT%.
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", fact.Path);
                json.WriteEndObject();
            }
            else
            {
                WriteArtifact(json, fact.Path, RepoPath.Relative(fact.Path, root));
            }

            json.WriteStartObject("region");
            json.WriteNumber("startLine", fact.Line);
            json.WriteNumber("startColumn", Math.Max(1, fact.Column));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (f.Suggestion is not null && FixPlanner.IsFixable(report.Document!, f))
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", $"Replace '{f.Text}' with '{f.Suggestion}'");
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, report.Path, relative);
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            json.WriteNumber("startLine", f.Line);
            json.WriteNumber("startColumn", f.Column);
            json.WriteNumber("endLine", f.EndLine);
            json.WriteNumber("endColumn", f.EndColumn);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", f.Suggestion);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("rule", f.Rule);
        json.WriteString("verdict", JsonFormatter.VerdictName(f.Verdict));
        json.WriteString("asOf", report.Result.AsOf.ToString());
        WriteNullable(json, "expected", f.Expected);
        WriteNullable(json, "suggestion", f.Suggestion);
        WriteNullable(json, "entity", f.Entity);
        WriteNullable(json, "property", f.Property);
        json.WriteStartArray("sources");
        foreach (var source in f.Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        WriteNullable(json, "source", f.Source);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path, string? relative)
    {
        json.WriteStartObject("artifactLocation");
        if (relative is not null)
        {
            json.WriteString("uri", RepoPath.ToUriReference(relative));
            if (relative != "-")
            {
                json.WriteString("uriBaseId", SrcRoot);
            }
        }
        else
        {
            json.WriteString("uri", RepoPath.ToFileUri(path));
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, int line, int column, int endLine, int endColumn, string text)
    {
        json.WriteStartObject("region");
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteStartObject("snippet");
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static bool IsFilePath(string path)
        => path.Length > 0 && path.IndexOfAny(new[] { '<', '>', '|', '"' }) < 0;

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
