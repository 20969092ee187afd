using FactBase.Checking.Mentions;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Snapshots;

namespace FactBase.Tests.Checking.Mentions;

/// <summary>
/// The holders of an office whose surname could be a near miss of a word are found without reading the other holders,
/// and they are exactly the holders a scan of every holder would find, in a knowledge base built from YAML and in one
/// read from its snapshot.
/// </summary>
public sealed class HolderSurnamesTests
{
    [Fact]
    public void The_holders_near_a_word_are_those_a_scan_of_every_holder_finds()
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") });
        var identity = SnapshotKey.Identity(typeof(HolderSurnamesTests).Assembly);
        var read = KnowledgeBaseSnapshot.Deserialize(KnowledgeBaseSnapshot.Serialize(build, identity, new byte[32]), identity, new byte[32]).KnowledgeBase;
        var asked = 0;
        var found = 0;
        foreach (var knowledgeBase in new[] { build.KnowledgeBase, read })
        {
            var names = PersonNames.Of(knowledgeBase);
            foreach (var office in knowledgeBase.Properties.Where(p => p.Kind == PropertyKind.Office))
            {
                var holders = names.HoldersOf(office.Name);
                foreach (var word in holders.SelectMany(names.SurnamesOf).SelectMany(NearMisses).Distinct().Take(200))
                {
                    foreach (var limit in new[] { 1, 2 })
                    {
                        bool Fits(string surname) => char.ToUpperInvariant(surname[0]) == char.ToUpperInvariant(word[0]) && Distance(word, surname) <= limit;
                        var scan = holders.Where(h => names.SurnamesOf(h).Any(Fits)).Select(h => h.Id).Order(StringComparer.Ordinal);
                        var near = names.HoldersNear(office.Name, word, limit, Fits).Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
                        Assert.Equal(scan, near);
                        asked++;
                        found += near.Count;
                    }
                }
            }
        }

        Assert.True(asked > 100 && found > 50, $"{asked} words asked, {found} holders found: the comparison would prove little");
    }

    // The word itself, with a letter changed, dropped or added, and two letters swapped.
    private static IEnumerable<string> NearMisses(string surname)
    {
        yield return surname;
        yield return surname.ToUpperInvariant();
        yield return surname.Substring(0, surname.Length - 1);
        yield return surname + "e";
        yield return surname.Substring(0, 1) + "x" + surname.Substring(2);
        yield return surname.Length > 3 ? surname.Substring(0, 1) + surname[2] + surname[1] + surname.Substring(3) : surname;
        yield return surname.Substring(0, surname.Length - 2) + "ab";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
