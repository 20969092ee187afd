using FactBase.Documents;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>The sentences of the evaluation articles (Eval/**/*.md and *.txt), read as the checker reads them.</summary>
internal static class EvalSentences
{
    private static readonly Lazy<IReadOnlyList<Sentence>> AllLazy = new(Read);

    public static IReadOnlyList<Sentence> All => AllLazy.Value;

    private static IReadOnlyList<Sentence> Read()
    {
        var sentences = new List<Sentence>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Eval"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order())
        {
            var document = DocumentReader.Read(File.ReadAllText(file), DocumentReader.FormatOf(file));
            sentences.AddRange(document.Blocks.SelectMany(b => SentenceSplitter.Split(document.Prose, b)));
        }

        Assert.True(sentences.Count > 50, $"only {sentences.Count} evaluation sentences");
        return sentences;
    }
}
