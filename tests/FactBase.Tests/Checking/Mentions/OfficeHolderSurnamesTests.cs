using FactBase.Checking;
using FactBase.Checking.Mentions;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Snapshots;

namespace FactBase.Tests.Checking.Mentions;

/// <summary>
/// The surnames of an office's holders, which the person-name rule compares a word after a title with: the same pairs as
/// the holders' own surnames, made without making the holders.
/// </summary>
public sealed class OfficeHolderSurnamesTests
{
    private static readonly byte[] Identity = SnapshotKey.Identity(typeof(OfficeHolderSurnamesTests).Assembly);

    [Fact]
    public void Every_holder_is_listed_with_each_of_their_surnames_and_no_one_else()
    {
        var knowledgeBase = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") }).KnowledgeBase;
        var names = PersonNames.Of(knowledgeBase);
        var pairs = 0;
        foreach (var office in knowledgeBase.Properties.Where(p => p.Kind == PropertyKind.Office))
        {
            var expected = names.HoldersOf(office.Name)
                .SelectMany(h => names.SurnamesOf(h).Select(s => $"{s.ToUpperInvariant()} {h.Id}"))
                .Order(StringComparer.Ordinal)
                .ToList();
            var table = names.HolderSurnamesOf(office.Name);
            var actual = Enumerable.Range(0, table.Count)
                .Select(i => $"{table.Surname(i).ToUpperInvariant()} {names.PersonAt(table.Place(i)).Id}")
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected, actual);
            pairs += actual.Count;
        }

        Assert.True(pairs > 20, $"only {pairs} holder surnames: the comparison would prove little");
        Assert.Equal(0, names.HolderSurnamesOf("no-such-office").Count);
    }

    [Fact]
    public void A_misspelled_surname_after_a_title_makes_only_the_holder_it_is_close_to()
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") });
        var read = KnowledgeBaseSnapshot.Deserialize(KnowledgeBaseSnapshot.Serialize(build, Identity, new byte[32]), Identity, new byte[32]);
        var entities = Assert.IsType<SnapshotEntities>(read.KnowledgeBase.Entities, exactMatch: false);
        var checker = new FactChecker(read.KnowledgeBase);
        var holders = PersonNames.Of(read.KnowledgeBase).HoldersOf("president").Count;
        Assert.True(holders > 5, $"only {holders} presidents: the test would prove little");

        var document = DocumentReader.Read("The meeting was short. President Macrom spoke first.", DocumentFormat.PlainText);
        var findings = checker.Check(document, new FactDate(2025, 3, 7), new CheckOptions()).Findings;

        Assert.Contains(findings, f => f.Text == "Macrom" && f.Suggestion == "Macron");
        Assert.InRange(entities.MadeCount, 1, holders / 2);
    }
}
