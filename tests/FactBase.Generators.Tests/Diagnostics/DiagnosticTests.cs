using FactBase.Diagnostics;
using FactBase.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Diagnostics;

/// <summary>
/// Every FB code the parser and builder produce surfaces as a Roslyn diagnostic with the same id,
/// the same severity, at the fact file's path, line and column.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Vocabulary = """
        properties:
          founded: { kind: date, verbs: [founded], age: true }
          secretary_general: { kind: office, titles: [Secretary General] }
        """;

    private const string Rutte = """
        id: mark-rutte
        type: person
        name: Mark Rutte
        """;

    [Fact]
    public void FB0001_malformed_yaml_is_reported_where_the_yaml_breaks()
    {
        var outcome = GeneratorRunner.RunOne("/facts/bad.yaml", "id: nato\ntype: organization\nname: NATO: the alliance\n");

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.MalformedYaml, "/facts/bad.yaml", line: 3, column: 11);
    }

    [Fact]
    public void FB0002_unknown_key_is_reported_at_the_key()
    {
        var outcome = GeneratorRunner.RunOne("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\ncolour: blue\n");

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.UnknownKey, "/facts/nato.yaml", line: 4, column: 1);
    }

    [Fact]
    public void FB0003_missing_key_is_reported_at_the_mapping_that_lacks_it()
    {
        var outcome = GeneratorRunner.RunOne("/facts/nato.yaml", "# NATO\nid: nato\ntype: organization\n");

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.MissingKey, "/facts/nato.yaml", line: 2, column: 1);
    }

    [Fact]
    public void FB0004_invalid_value_is_reported_at_the_value()
    {
        var outcome = GeneratorRunner.RunOne("/facts/nato.yaml", "id: nato\ntype: company\nname: NATO\n");

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.InvalidValue, "/facts/nato.yaml", line: 2, column: 7);
    }

    [Fact]
    public void FB0005_bad_date_is_reported_at_the_date()
    {
        var outcome = GeneratorRunner.Run(new[]
        {
            ("/facts/vocabulary.yaml", Vocabulary),
            ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  founded: 1949-02-30\n"),
        });

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.BadDate, "/facts/nato.yaml", line: 5, column: 12);
    }

    [Fact]
    public void FB0005_bad_date_in_a_period_is_reported_at_the_date()
    {
        var outcome = GeneratorRunner.Run(new[]
        {
            ("/facts/vocabulary.yaml", Vocabulary),
            ("/facts/people.yaml", Rutte),
            ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  secretary_general:\n    - { value: mark-rutte, from: 2024-1-01 }\n"),
        });

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.BadDate, "/facts/nato.yaml", line: 6, column: 34);
    }

    [Fact]
    public void FB0006_duplicate_id_is_reported_at_the_second_definition()
    {
        var outcome = GeneratorRunner.Run(new[]
        {
            ("/facts/a.yaml", "id: nato\ntype: organization\nname: NATO\n"),
            ("/facts/b.yaml", "# again\n\nid: nato\ntype: organization\nname: NATO again\n"),
        });

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.DuplicateId, "/facts/b.yaml", line: 3, column: 1);
    }

    [Fact]
    public void FB0007_dangling_reference_is_reported_at_the_period()
    {
        var outcome = GeneratorRunner.Run(new[]
        {
            ("/facts/vocabulary.yaml", Vocabulary),
            ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  secretary_general:\n    - { value: nobody, from: 2024-10-01 }\n"),
        });

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.DanglingReference, "/facts/nato.yaml", line: 6, column: 7);
    }

    [Fact]
    public void FB0008_overlapping_office_periods_are_reported_at_the_later_period()
    {
        var outcome = GeneratorRunner.Run(new[]
        {
            ("/facts/vocabulary.yaml", Vocabulary),
            ("/facts/people.yaml", Rutte + "\n---\nid: jens-stoltenberg\ntype: person\nname: Jens Stoltenberg\n"),
            ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  secretary_general:\n    - { value: jens-stoltenberg, from: 2014-10-01, to: 2024-12-01 }\n    - { value: mark-rutte, from: 2024-10-01 }\n"),
        });

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.OverlappingPeriods, "/facts/nato.yaml", line: 7, column: 7);
    }

    [Fact]
    public void FB0009_to_before_from_is_reported_at_to()
    {
        var outcome = GeneratorRunner.Run(new[]
        {
            ("/facts/vocabulary.yaml", Vocabulary),
            ("/facts/people.yaml", Rutte),
            ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  secretary_general:\n    - { value: mark-rutte, from: 2024-10-01, to: 2024-01-01 }\n"),
        });

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.EndBeforeStart, "/facts/nato.yaml", line: 6, column: 50);
    }

    [Fact]
    public void FB0010_two_ids_with_one_csharp_name_are_reported_at_the_second()
    {
        var outcome = GeneratorRunner.Run(new[]
        {
            ("/facts/a.yaml", "id: x1\ntype: other\nname: X one\n"),
            ("/facts/b.yaml", "id: x-1\ntype: other\nname: X dash one\n"),
        });

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.NameCollision, "/facts/b.yaml", line: 1, column: 1);
        Assert.Empty(outcome.CompilationErrors);
    }

    [Fact]
    public void FB0010_two_properties_with_one_member_name_are_a_warning_and_still_compile()
    {
        var outcome = GeneratorRunner.RunOne("/facts/x.yaml", "id: x\ntype: other\nname: X\nfacts:\n  signed_on: 2020\n  signed__on: 2021\n");

        var clash = DiagnosticAssert.Single(outcome, FactDiagnosticIds.NameCollision, "/facts/x.yaml", line: 6, column: 15, ignore: FactDiagnosticIds.UnknownProperty);
        Assert.Equal(DiagnosticSeverity.Warning, clash.Severity);
        Assert.Empty(outcome.CompilationErrors);
    }

    [Fact]
    public void FB0011_undeclared_property_is_a_warning_at_the_fact()
    {
        var outcome = GeneratorRunner.RunOne("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  headquarters: Brussels\n");

        var diagnostic = DiagnosticAssert.Single(outcome, FactDiagnosticIds.UnknownProperty, "/facts/nato.yaml", line: 5, column: 17);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void FB0013_nesting_deeper_than_the_limit_is_reported_where_it_exceeds_it()
    {
        var yaml = "id: nato\ntype: organization\nname: NATO\nfacts: " + new string('[', 100) + new string(']', 100) + "\n";
        var outcome = GeneratorRunner.RunOne("/facts/deep.yaml", yaml);

        // The document mapping is level 1, so the 64th '[' (column 8 + 63) would be level 65.
        DiagnosticAssert.Single(outcome, FactDiagnosticIds.LimitExceeded, "/facts/deep.yaml", line: 4, column: 71);
    }

    [Fact]
    public void Every_error_but_FB0011_is_an_error_and_the_ids_have_descriptors()
    {
        foreach (var (id, descriptor) in FactFileDiagnosticDescriptors.All)
        {
            Assert.Equal(id, descriptor.Id);
            Assert.Equal(id == FactDiagnosticIds.UnknownProperty ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            Assert.Equal("FactBase", descriptor.Category);
        }

        Assert.Equal(13, FactFileDiagnosticDescriptors.All.Count);
    }

    [Fact]
    public void Broken_file_leaves_the_rest_of_the_knowledge_base_compiling()
    {
        var outcome = GeneratorRunner.Run(
            new[]
            {
                ("/facts/broken.yaml", "id: broken\ntype: organization\nname: [unclosed\n"),
                ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\n"),
            },
            options: null,
            "public static class Use { public static string N => Facts.Nato.Name; }");

        Assert.Contains(outcome.Diagnostics, d => d.Id == FactDiagnosticIds.MalformedYaml);
        Assert.Empty(outcome.CompilationErrors);
        Assert.Null(outcome.Exception);
    }

    [Fact]
    public void Diagnostic_message_is_the_parsers_message_and_formats_like_a_compiler_error()
    {
        var outcome = GeneratorRunner.RunOne("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\ncolour: blue\n");

        var text = outcome.Diagnostics.Single().ToString();
        Assert.StartsWith("/facts/nato.yaml(4,1): error FB0002: unknown key 'colour'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_visibility_option_is_a_warning_and_falls_back_to_internal()
    {
        var outcome = GeneratorRunner.Run(
            new[] { ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\n") },
            new Dictionary<string, string> { ["build_property.FactBaseVisibility"] = "protected" });

        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal(FactDiagnosticIds.InvalidValue, warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("internal static partial class Facts", outcome.Sources[TypedFactsWriter.HintName], StringComparison.Ordinal);
    }
}
