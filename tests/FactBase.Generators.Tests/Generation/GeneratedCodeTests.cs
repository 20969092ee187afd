using FactBase.Generators.Tests.Infrastructure;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Generators.Tests.Generation;

/// <summary>The generated code compiles against FactBase.dll and keeps the contract of the brief.</summary>
public sealed class GeneratedCodeTests
{
    private const string ContractProbe = """
        using System;

        public static class Probe
        {
            public const string NatoName = Facts.Nato.Name;   // a const: usable in a constant expression
            public const string NatoId = Facts.Nato.Id;
            public static int FoundedYear => Facts.Nato.Founded.Year;
            public static string SecretaryGeneral2025 => Facts.Nato.SecretaryGeneral.At(new DateOnly(2025, 3, 7)).Name;
            public static string SecretaryGeneral2020 => Facts.Nato.SecretaryGeneral.At(new DateOnly(2020, 1, 1)).Name;
            public static int MembersIn2025 => Facts.Nato.Members.AllAt(new DateOnly(2025, 3, 7)).Count;
            public static int MemberCount2025 => Facts.Nato.MemberCount.At(new DateOnly(2025, 3, 7));
            public static FactBase.Model.Entity Rutte => Facts.MarkRutte.Entity;
            public static FactBase.Model.FactDate StoltenbergBorn => Facts.JensStoltenberg.Born;
            public static string Motto => Facts.Nato.Motto;
            public static FactBase.Model.FactDate TreatySigned => Facts.Nato.TreatySigned;   // undeclared, inferred as a date
            public static FactBase.Model.FactDate FinnishIndependence => Facts.Finland.Independence;
            public static string Escaped => Facts.EscapeTest.Name;
            public static FactBase.Knowledge.KnowledgeBase Kb => Facts.KnowledgeBase;
        }
        """;

    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings()
    {
        var outcome = FixtureFacts.Run(ContractProbe);

        Assert.Null(outcome.Exception);
        Assert.Empty(outcome.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generated_code_compiles_in_a_csharp_7_3_project()
    {
        // netstandard2.0 projects default to C# 7.3: no #nullable, no annotations.
        var parseOptions = GeneratorRunner.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        var driver = GeneratorRunner.CreateDriver(FixtureFacts.Files.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), parseOptions: parseOptions);
        var outcome = GeneratorRunner.Run(driver, Compilations.Create(parseOptions, "public static class Use { public const string N = Facts.Nato.Name; public static int Y { get { return Facts.Nato.Founded.Year; } } }"));

        Assert.Null(outcome.Exception);
        Assert.Empty(outcome.CompilationErrors);
        Assert.DoesNotContain("#nullable", outcome.Sources[TypedFactsWriter.HintName], StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_code_holds_the_contract_at_run_time()
    {
        var outcome = FixtureFacts.Run(ContractProbe);
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);

        Assert.Equal("NATO", assembly.GetStatic("Probe", "NatoName"));
        Assert.Equal("nato", assembly.GetStatic("Probe", "NatoId"));
        Assert.Equal(1949, assembly.GetStatic("Probe", "FoundedYear"));
        Assert.Equal("Mark Rutte", assembly.GetStatic("Probe", "SecretaryGeneral2025"));
        Assert.Equal("Jens Stoltenberg", assembly.GetStatic("Probe", "SecretaryGeneral2020"));
        Assert.Equal(2, assembly.GetStatic("Probe", "MembersIn2025"));
        Assert.Equal(32, assembly.GetStatic("Probe", "MemberCount2025"));
        Assert.Equal("mark-rutte", ((Entity)assembly.GetStatic("Probe", "Rutte")!).Id);
        Assert.Equal(new FactDate(1959, 3), assembly.GetStatic("Probe", "StoltenbergBorn"));
        Assert.Equal("Animus in consulendo liber", assembly.GetStatic("Probe", "Motto"));
        Assert.Equal(new FactDate(1949, 4, 4), assembly.GetStatic("Probe", "TreatySigned"));
        Assert.Equal(new FactDate(1917, 12, 6), assembly.GetStatic("Probe", "FinnishIndependence"));
        Assert.Equal("Quote \" and back\\slash", assembly.GetStatic("Probe", "Escaped"));
        var kb = (KnowledgeBase)assembly.GetStatic("Probe", "Kb")!;
        Assert.Same(kb, assembly.GetStatic("Probe", "Kb"));
        Assert.Equal(new[] { "Tab\there", "Zürich – Ελλάδα", "Smile 😀", "line\nbreak" }, kb["escape-test"].Aliases);
    }

    [Fact]
    public void Knowledge_base_is_built_once_when_many_threads_ask_at_once()
    {
        var outcome = FixtureFacts.Run();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);

        var results = new KnowledgeBase[16];
        Parallel.For(0, results.Length, i => results[i] = (KnowledgeBase)assembly.GetStatic("Facts", "KnowledgeBase")!);

        Assert.All(results, kb => Assert.Same(results[0], kb));
    }

    [Fact]
    public void Members_that_clash_with_fixed_names_get_a_suffix()
    {
        var outcome = GeneratorRunner.Run(
            new[]
            {
                ("/f/vocabulary.yaml", "properties:\n  name: { kind: text }\n  entity: { kind: text }\n  type: { kind: text }\n  knowledge_base: { kind: date }\n"),
                ("/f/knowledge-base.yaml", "id: knowledge-base\ntype: other\nname: KB\nfacts:\n  name: another name\n  entity: an entity\n  type: a type\n  knowledge_base: 2001\n"),
            },
            options: null,
            "public static class Use { public const string N = Facts.KnowledgeBaseEntity.NameFact + Facts.KnowledgeBaseEntity.EntityFact + Facts.KnowledgeBaseEntity.TypeFact; public static FactBase.Model.FactDate D => Facts.KnowledgeBaseEntity.KnowledgeBase; }");

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationErrors);
    }

    [Fact]
    public void No_fact_files_give_an_empty_knowledge_base()
    {
        var outcome = GeneratorRunner.Run(Array.Empty<(string, string)>(), options: null, "public static class Use { public static int N => Facts.KnowledgeBase.Entities.Count; }");

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationErrors);
    }

    [Fact]
    public void String_literals_escape_everything_csharp_cannot_hold_raw()
    {
        var values = new[] { "plain", "quote \" backslash \\", "\0\a\b\f\n\r\t\v", "\u0085\u2028\u2029\uFEFF", "Zürich 😀", "\uD800 lone" };
        var source = "public static class S { public static string[] V = { " + string.Join(", ", values.Select(CSharpLiterals.String)) + " }; }";
        using var assembly = CompiledAssembly.Load(Compilations.Create(source));

        Assert.Equal(values, (string[])assembly.GetStatic("S", "V")!);
    }
}
