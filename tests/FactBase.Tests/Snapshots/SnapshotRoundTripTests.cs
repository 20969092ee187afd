using System.Reflection;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Diagnostics;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Snapshots;

namespace FactBase.Tests.Snapshots;

/// <summary>A snapshot gives back exactly the build it was made from: every field of the model, and every finding.</summary>
public sealed class SnapshotRoundTripTests
{
    private static readonly byte[] Identity = SnapshotKey.Identity(typeof(SnapshotRoundTripTests).Assembly);

    [Fact]
    public void Every_field_of_every_model_type_survives_a_round_trip()
    {
        // Filled by reflection: a field added to the model is filled too, and fails here until the codecs write it.
        var filler = new ModelFiller();
        var entity = filler.Fill<Entity>();
        var property = filler.Fill<PropertyDefinition>();
        var diagnostic = filler.Fill<FactDiagnostic>();
        var build = new KnowledgeBaseBuildResult(
            KnowledgeBase.Create(new[] { entity }, new[] { property }),
            EquatableArray.Create(diagnostic),
            EquatableArray.Create(entity),
            EquatableArray.Create(property));

        var read = RoundTrip(build);

        Assert.Equal(entity, Assert.Single(read.Entities));
        Assert.Equal(property, Assert.Single(read.Properties));
        Assert.Equal(diagnostic, Assert.Single(read.Diagnostics));
        Assert.Equal(entity, read.KnowledgeBase[entity.Id]);
    }

    [Fact]
    public void The_filler_reaches_every_model_type_the_snapshot_holds()
    {
        // Guards the test above: each record type reachable from the snapshot's roots is one the filler builds.
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(new[] { typeof(Entity), typeof(PropertyDefinition), typeof(FactDiagnostic) });
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type) || !type.IsClass || type == typeof(string))
            {
                continue;
            }

            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            foreach (var parameter in constructor.GetParameters())
            {
                var t = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                pending.Push(t.IsGenericType ? t.GetGenericArguments()[0] : t);
            }
        }

        var filler = new ModelFiller();
        foreach (var type in seen)
        {
            Assert.NotNull(filler.Fill(type));
        }

        Assert.Contains(typeof(TimelineEntry), seen);
        Assert.Contains(typeof(SourceReference), seen);
    }

    [Fact]
    public void The_starter_knowledge_base_round_trips_with_its_diagnostics()
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") });
        var read = RoundTrip(build);

        Assert.Equal(build.Entities, read.Entities);
        Assert.Equal(build.Properties, read.Properties);
        Assert.Equal(build.Diagnostics, read.Diagnostics);
        Assert.Equal(build.KnowledgeBase.Entities, read.KnowledgeBase.Entities);
        Assert.Equal(build.KnowledgeBase.Properties, read.KnowledgeBase.Properties);
        foreach (var entity in build.Entities)
        {
            Assert.Equal(build.KnowledgeBase.GetTermsOf(entity.Id).Count, read.KnowledgeBase.GetTermsOf(entity.Id).Count);
        }
    }

    [Theory]
    [InlineData("facts")]
    [InlineData("Fixtures/facts")]
    public void Findings_on_the_evaluation_sets_are_the_same_from_yaml_and_from_the_snapshot(string facts)
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, facts) });
        var fromYaml = new FactChecker(build.KnowledgeBase);
        var fromSnapshot = new FactChecker(RoundTrip(build).KnowledgeBase);
        var options = new CheckOptions { IncludeSupported = true };
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Eval"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        var findings = 0;
        foreach (var file in files)
        {
            var document = DocumentReader.Read(File.ReadAllText(file), DocumentReader.FormatOf(file));
            var asOf = document.Date ?? new FactDate(2025, 6, 1);
            var expected = fromYaml.Check(document, asOf, options).Findings.Select(Describe).ToList();
            var actual = fromSnapshot.Check(document, asOf, options).Findings.Select(Describe).ToList();
            Assert.Equal(expected, actual);
            findings += expected.Count;
        }

        if (facts == "facts")
        {
            Assert.True(findings > 100, $"only {findings} findings: the comparison would prove little");
        }
    }

    [Fact]
    public void A_snapshot_knowledge_base_makes_no_entity_to_load_or_index_and_only_some_to_check_an_article()
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") });
        var read = RoundTrip(build);
        var entities = Assert.IsType<SnapshotEntities>(read.KnowledgeBase.Entities, exactMatch: false);

        var checker = new FactChecker(read.KnowledgeBase);
        Assert.Equal(0, entities.MadeCount);

        var document = DocumentReader.Read("Mark Rutte became secretary general of NATO in 2024.", DocumentFormat.PlainText);
        var findings = checker.Check(document, new FactDate(2025, 3, 7), new CheckOptions { IncludeSupported = true }).Findings;
        Assert.Contains(findings, f => f.Entity == "nato");
        Assert.InRange(entities.MadeCount, 1, entities.Count / 4);
    }

    [Fact]
    public void A_snapshot_spelling_lookup_gives_the_built_index_candidates_and_makes_no_entity_until_one_is_asked_for()
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") });
        var read = RoundTrip(build).KnowledgeBase;
        var entities = Assert.IsType<SnapshotEntities>(read.Entities, exactMatch: false);
        var built = FactBase.Checking.Mentions.PrebuiltNameIndexes.For(build.KnowledgeBase);
        var stored = FactBase.Checking.Mentions.PrebuiltNameIndexes.For(read);
        static string Describe(FactBase.Checking.Mentions.SpellingCandidate c) => $"{c.Word}|{c.Name}|{c.EntityNumber}|{c.LowerWord}|{c.IsAllUpper}";

        // Every name word with a letter changed, dropped or doubled: the lookups reach many candidates of many entities.
        var probes = build.KnowledgeBase.Entities
            .SelectMany(e => e.Name.Split(' ').Concat(e.Aliases.SelectMany(a => a.Split(' '))))
            .Where(w => w.Length >= 4)
            .SelectMany(w => new[] { w.Substring(1), "X" + w.Substring(1), w + w[^1] })
            .Where(w => !built.IsNameWord(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var candidates = 0;
        foreach (var probe in probes)
        {
            var expected = built.SpellingCandidates(probe).ToList();
            var actual = stored.SpellingCandidates(probe).ToList();
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            candidates += actual.Count;
        }

        Assert.True(candidates > 500, $"only {candidates} candidates: the comparison would prove little");

        // Name words compared where they lie in the snapshot (ASCII) or made (otherwise) answer as the built set does, case
        // ignored: the words, their case variants, dotless i and long s (which uppercase to I and S), and the probes.
        var words = build.KnowledgeBase.Entities.SelectMany(e => e.Name.Split(' ')).Distinct(StringComparer.Ordinal).ToList();
        var variants = words.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), w.Replace('i', '\u0131'), w.Replace('s', '\u017F') }).Concat(probes);
        Assert.All(variants, w => Assert.Equal(built.IsNameWord(w), stored.IsNameWord(w)));
        Assert.Equal(0, entities.MadeCount);

        // The entity of a candidate is the knowledge base's own object, made when asked for.
        var first = stored.SpellingCandidates(probes.First(p => built.SpellingCandidates(p).Any())).First();
        Assert.Same(read[first.Entity.Id], first.Entity);
        Assert.Equal(1, entities.MadeCount);
    }

    [Fact]
    public void The_tables_a_snapshot_keeps_answer_as_the_knowledge_base_it_was_made_from()
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") });
        var made = build.KnowledgeBase;
        var read = RoundTrip(build).KnowledgeBase;
        var madeNames = FactBase.Checking.Mentions.PersonNames.Of(made);
        var readNames = FactBase.Checking.Mentions.PersonNames.Of(read);
        static string Term(OfficeTerm t) => $"{t.Organization.Id} {t.Property.Name} {t.Holder.Id} {t.From} {t.To} {t.Fact.Location}";
        static string Ids(IEnumerable<Entity> people) => string.Join(",", people.Select(p => p.Id));
        var offices = 0;
        foreach (var entity in made.Entities)
        {
            Assert.True(read.TryGetEntity(entity.Id, out var again));
            Assert.Equal(entity, again);
            Assert.Same(again, read[entity.Id]);
            Assert.Equal(made.GetTermsOf(entity.Id).Select(Term), read.GetTermsOf(entity.Id).Select(Term));
            offices += made.GetTermsOf(entity.Id).Count;
            Assert.Equal(madeNames.GivenNamesOf(entity), readNames.GivenNamesOf(again));
            Assert.Equal(madeNames.SurnamesOf(entity), readNames.SurnamesOf(again));
            foreach (var word in entity.Name.Split(' '))
            {
                Assert.Equal(Ids(madeNames.WithSurname(word)), Ids(readNames.WithSurname(word.ToUpperInvariant())));
                Assert.Equal(Ids(madeNames.WithGivenName(word)), Ids(readNames.WithGivenName(word)));
                Assert.Equal(madeNames.IsWordOf(entity, word), readNames.IsWordOf(again, word));
                Assert.Equal(madeNames.IsAnyPersonWord(word), readNames.IsAnyPersonWord(word));
            }
        }

        Assert.True(offices > 20, $"only {offices} terms in office: the comparison would prove little");
        Assert.False(read.TryGetEntity("no-such-entity", out _));
        Assert.Empty(read.GetTermsOf("no-such-entity"));
        foreach (var property in made.Properties)
        {
            Assert.Equal(Ids(madeNames.HoldersOf(property.Name)), Ids(readNames.HoldersOf(property.Name)));
        }

        var madeNouns = new FactBase.Checking.Mentions.ReferenceNounIndex(made).Nouns;
        var readNouns = FactBase.Checking.Mentions.ReferenceNounIndex.Of(read).Nouns;
        Assert.Equal(madeNouns.Select(n => string.Join(" ", n.Words) + n.IsTitle), readNouns.Select(n => string.Join(" ", n.Words) + n.IsTitle));
        for (var i = 0; i < madeNouns.Count; i++)
        {
            Assert.True(madeNouns[i].EntityIds.SetEquals(readNouns[i].EntityIds));
        }
    }

    private static string Describe(Finding f)
        => $"{f.Rule} {f.Verdict} {f.Severity} {f.Span.Start}+{f.Span.Length} {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} {f.Text} | {f.Message} | {f.Expected} | {f.Suggestion} | {f.Entity} | {f.Property} | {string.Join(",", f.Sources)} | {f.FactLocation}";

    private static KnowledgeBaseBuildResult RoundTrip(KnowledgeBaseBuildResult build)
        => KnowledgeBaseSnapshot.Deserialize(KnowledgeBaseSnapshot.Serialize(build, Identity, new byte[32]), Identity, new byte[32]);
}
