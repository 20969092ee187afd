using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Diagnostics;
using FactBase.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactBase.Cli.Configuration;

/// <summary>Finds and reads <c>.factbase.yaml</c>.</summary>
/// <remarks>
/// <code>
/// facts: [facts, more-facts]   # fact folders or files, relative to this file
/// builtin-facts: true          # false: only the facts above
/// include: ["content/**/*.md"] # what `factbase check` with no PATH checks
/// exclude: ["**/drafts/**"]    # never checked when folders or globs are expanded
/// as-of: 2025-03-07            # for documents that state no date
/// severity:                    # error | warning | off, by rule name or code
///   role: warning
///   FB1005: off
/// max-entities: 5000000        # the most entities the knowledge base may hold
/// </code>
/// </remarks>
internal static class ConfigLoader
{
    private static readonly string[] Keys = { "facts", "builtin-facts", "include", "exclude", "as-of", "severity", "max-entities" };

    /// <summary>The nearest <c>.factbase.yaml</c> in <paramref name="start"/> or a folder above it.</summary>
    /// <param name="start">The folder to start from.</param>
    /// <returns>The file's path, or <see langword="null"/>.</returns>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FactBaseConfig.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The config a command uses: <paramref name="explicitPath"/>, else the nearest one, else none.</summary>
    /// <param name="explicitPath">The <c>--config</c> option.</param>
    /// <param name="noConfig">The <c>--no-config</c> option.</param>
    /// <returns>The settings, or <see langword="null"/>.</returns>
    /// <exception cref="ConfigException">The file is missing or invalid.</exception>
    public static FactBaseConfig? Resolve(string? explicitPath, bool noConfig)
    {
        if (noConfig)
        {
            return null;
        }

        if (explicitPath is not null)
        {
            return File.Exists(explicitPath) ? Load(explicitPath) : throw new ConfigException(explicitPath, 1, 1, "no such config file");
        }

        var found = Find(Directory.GetCurrentDirectory());
        return found is null ? null : Load(found);
    }

    /// <summary>Reads a config file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid config.</exception>
    public static FactBaseConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, 1, 1, $"cannot read the config file: {Loading.FileSearch.Describe(ex)}");
        }

        return Parse(path, text);
    }

    /// <summary>Parses config text.</summary>
    /// <param name="path">The file's path (for messages and relative paths).</param>
    /// <param name="text">Its content.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ConfigException">The text is not a valid config.</exception>
    public static FactBaseConfig Parse(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? Directory.GetCurrentDirectory();
        var config = new FactBaseConfig(path, directory);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var (message, line, column) = Parsing.YamlErrorWording.Describe(text, Unprefixed(ex.Message), (int)ex.Start.Line, (int)ex.Start.Column);
            throw new ConfigException(path, line, column, $"malformed YAML: {message}");
        }
        catch (Exception ex) when (ex is not ConfigException)
        {
            // YamlDotNet throws more than YamlException on hostile input; a bad config is never a crash.
            throw new ConfigException(path, 1, 1, $"malformed YAML: {ex.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return config;
        }

        if (stream.Documents.Count > 1)
        {
            throw Error(path, stream.Documents[1].RootNode, "a config file holds one YAML document");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(path, stream.Documents[0].RootNode, "the config file must be a mapping of settings (facts, include, exclude, severity, as-of, builtin-facts)");
        }

        // Every setting is read even after a bad one, so the error lists every problem of the file at once.
        var problems = new List<ConfigException>();
        foreach (var (keyNode, value) in root.Children)
        {
            try
            {
                config = Setting(config, path, directory, keyNode, value, problems);
            }
            catch (ConfigException problem)
            {
                problems.Add(problem);
            }
        }

        return problems.Count switch
        {
            0 => config,
            1 => throw problems[0],
            _ => throw new ConfigException(problems),
        };
    }

    private static FactBaseConfig Setting(FactBaseConfig config, string path, string directory, YamlNode keyNode, YamlNode value, List<ConfigException> problems)
    {
        var key = (keyNode as YamlScalarNode)?.Value;
        switch (key)
        {
            case "facts":
                config = config with { Facts = Strings(path, value, key).Select(f => Path.GetFullPath(Path.Combine(directory, f))).ToList() };
                break;
            case "builtin-facts":
                config = config with { BuiltInFacts = Boolean(path, value, key) };
                break;
            case "include":
                config = config with { Include = Strings(path, value, key) };
                break;
            case "exclude":
                config = config with { Exclude = Strings(path, value, key) };
                break;
            case "as-of":
                var dateText = Scalar(path, value, key);
                if (!FactDate.TryParse(dateText, out var date) || date.Precision != DatePrecision.Day)
                {
                    throw Error(path, value, $"as-of '{dateText}' is not a date of the form YYYY-MM-DD");
                }

                config = config with { AsOf = date };
                break;
            case "severity":
                config = config with { Severities = Severities(path, value, problems) };
                break;
            case "max-entities":
                var countText = Scalar(path, value, key);
                if (!Commands.MaxEntitiesOption.TryParse(countText, out var count))
                {
                    throw Error(path, value, $"max-entities '{countText}' is not a whole number of at least 1");
                }

                config = config with { MaxEntities = count };
                break;
            default:
                var near = NearestNames.DidYouMean(key ?? string.Empty, Keys);
                throw Error(path, keyNode, near.Length > 0 ? $"unknown setting '{key}'{near}" : $"unknown setting '{key}'; known settings: {string.Join(", ", Keys)}");
        }

        return config;
    }

    /// <summary>YamlDotNet prefixes messages with its own position; the error carries the one that points at the mistake.</summary>
    private static string Unprefixed(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }

    /// <summary>Parses a severity word as <c>--severity</c> and the config accept it.</summary>
    /// <param name="word">error, warning or off.</param>
    /// <param name="severity">The severity; <see langword="null"/> for off.</param>
    /// <returns><see langword="true"/> when the word is known.</returns>
    public static bool TryParseSeverity(string word, out Severity? severity)
    {
        switch (word.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
            case "warn":
                severity = Severity.Warning;
                return true;
            case "off":
            case "none":
            case "false":
                severity = null;
                return true;
            default:
                severity = null;
                return false;
        }
    }

    private static Dictionary<string, Severity?> Severities(string path, YamlNode node, List<ConfigException> problems)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(path, node, "severity must be a mapping of rule: error | warning | off");
        }

        var result = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var rule = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!RuleCatalog.TryFind(rule, out var descriptor))
            {
                var near = NearestNames.DidYouMean(rule, RuleCatalog.Names);
                problems.Add(Error(path, keyNode, near.Length > 0 ? $"unknown rule '{rule}'{near}" : $"unknown rule '{rule}'; rules: {string.Join(", ", RuleCatalog.Names)}"));
                continue;
            }

            if (value is not YamlScalarNode { Value: { } word })
            {
                problems.Add(Error(path, value, $"{rule} must be a single value"));
                continue;
            }

            if (!TryParseSeverity(word, out var severity))
            {
                problems.Add(Error(path, value, $"severity '{word}' of {rule} is not error, warning or off"));
                continue;
            }

            result[descriptor.Name] = severity;
        }

        return result;
    }

    private static List<string> Strings(string path, YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } one })
        {
            return new List<string> { one };
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Error(path, node, $"{key} must be a list of strings");
        }

        return sequence.Children.Select(c => c is YamlScalarNode { Value: { Length: > 0 } s } ? s : throw Error(path, c, $"{key} must be a list of strings")).ToList();
    }

    private static string Scalar(string path, YamlNode node, string key)
        => node is YamlScalarNode { Value: { } value } ? value : throw Error(path, node, $"{key} must be a single value");

    private static bool Boolean(string path, YamlNode node, string key)
        => Scalar(path, node, key).ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            var other => throw Error(path, node, $"{key} must be true or false, not '{other}'"),
        };

    private static ConfigException Error(string path, YamlNode node, string message)
        => new(path, (int)node.Start.Line, (int)node.Start.Column, message);
}
