using FactBase.Checking.Mentions;
using FactBase.Loading;

namespace FactBase.Tests.Checking.Mentions;

/// <summary>
/// The people's name tables are made once per knowledge base however many checking threads ask for them at once. Each
/// making holds tables the size of the knowledge base, and a check of many files asks from every thread of the pool
/// (which adds threads while the first ones wait): made once per asking thread, a 100,000-entity knowledge base grew a
/// check of 5 MB of articles to 12-14 GB.
/// </summary>
public sealed class PersonNamesSharingTests
{
    [Fact]
    public void Threads_asking_at_once_make_the_tables_once_and_share_them()
    {
        const int threads = 8;
        var knowledgeBase = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") }).KnowledgeBase;
        var made = 0;
        PersonNames.Attach(knowledgeBase, () =>
        {
            // Wait (a little) for the other threads to ask too: a cache that makes the tables on every thread that misses
            // lets all of them in here before the first one is done.
            Interlocked.Increment(ref made);
            SpinWait.SpinUntil(() => Volatile.Read(ref made) == threads, TimeSpan.FromMilliseconds(500));
            return PersonNames.DataOf(knowledgeBase);
        });

        var start = new Barrier(threads);
        var tables = new PersonNames[threads];
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            tables[i] = PersonNames.Of(knowledgeBase);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Equal(1, made);
        Assert.All(tables, t => Assert.Same(tables[0], t));
        Assert.NotEmpty(tables[0].HoldersOf("president"));
    }
}
