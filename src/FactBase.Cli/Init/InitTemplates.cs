using System;
using System.Linq;
using System.Reflection;

namespace FactBase.Cli.Init;

/// <summary>The files <c>factbase init</c> writes into a content repository.</summary>
internal static class InitTemplates
{
    /// <summary>The schema for fact files, carried by the tool (facts/factbase.schema.json of this repository).</summary>
    public const string SchemaResource = "factbase.schema.json";

    /// <summary>The tool's version as a package version (<c>0.1.0</c>), for the workflow's install step.</summary>
    public static string ToolVersion
    {
        get
        {
            var informational = typeof(InitTemplates).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            // "0.1.0+<commit>": the part before '+' is the package version.
            return informational?.Split('+')[0] ?? "0.1.0";
        }
    }

    /// <summary><c>.factbase.yaml</c>: where the facts are, what to check.</summary>
    public static string Config => """
        # FactBase settings; `factbase check` finds this file from the working directory up.
        # Paths and globs are relative to this file.
        facts: [facts]                      # your fact folders, added to the built-in facts
        include: ["**/*.md", "**/*.markdown", "**/*.html"]   # what `factbase check` with no PATH checks
        exclude: ["node_modules/**", ".github/**", "facts/**"]
        # builtin-facts: false              # only your facts (the standard vocabulary stays)
        # as-of: 2025-01-01                 # the date of articles that state none (default: today)
        # severity:                         # error | warning | off, by rule name or code
        #   role: warning

        """;

    /// <summary><c>facts/vocabulary.yaml</c>: an empty vocabulary of one's own, listing what is standard.</summary>
    /// <param name="standard">The names of the standard vocabulary's properties.</param>
    /// <returns>The file's text.</returns>
    public static string Vocabulary(string[] standard)
    {
        var link = ProjectLinks.File("docs/fact-format.md", raw: false);
        return $$"""
            # yaml-language-server: $schema=factbase.schema.json
            # Your vocabulary: what the properties of your facts mean, so the checker knows which claims to check.
            # The standard vocabulary comes with factbase and needs no declaring:
            #   {{string.Join(", ", standard)}}
            # Declare here what it lacks, or a standard property you want to mean something else (yours replaces it).
            # {{(link is null ? "The format: docs/fact-format.md of FactBase." : "The format: " + link)}}
            properties: {}
              # ceo:          { kind: office, titles: [CEO, chief executive] }
              # incorporated: { kind: date, verbs: [incorporated], age: true }

            """;
    }

    /// <summary><c>.github/workflows/factbase.yml</c>: lint the facts and check the articles on every push and pull request.</summary>
    /// <param name="toolManifest">Whether the repository pins the tool in a manifest (<c>.config/dotnet-tools.json</c>).</param>
    /// <returns>The file's text.</returns>
    public static string Workflow(bool toolManifest)
    {
        const string Step = "      ";
        var install = toolManifest
            ? $"{Step}- name: Install factbase (the version in .config/dotnet-tools.json)\n{Step}  run: dotnet tool restore"
            : $"{Step}- name: Install factbase\n{Step}  # From your NuGet sources (nuget.org unless configured); another feed: add --add-source <feed URL>\n{Step}  run: dotnet tool install --global FactBase.Tool --version {ToolVersion}";
        var run = toolManifest ? "dotnet tool run factbase" : "factbase";
        return $"""
            # Fact-checks the articles against the facts on every push and pull request (written by `factbase init`).
            # Findings become annotations on the files; a finding at error severity fails the job.
            name: factbase
            on: [push, pull_request]
            permissions:
              contents: read
            jobs:
              factbase:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-dotnet@v4
                    with:
                      dotnet-version: '10.0.x'
            {install}
                  - name: Lint the facts
                    run: {run} lint facts
                  - name: Check the articles
                    run: {run} check --format github

            """;
    }

    /// <summary>The schema's text, as carried in the tool.</summary>
    /// <returns>The JSON schema.</returns>
    public static string Schema()
    {
        using var stream = typeof(InitTemplates).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException("the tool carries no " + SchemaResource);
        using var reader = new System.IO.StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The standard property names, in the vocabulary's order.</summary>
    /// <returns>The names.</returns>
    public static string[] StandardProperties() => BuiltInFacts.Vocabulary.Properties.Select(p => p.Name).ToArray();
}
