namespace FactBase.Benchmarks.Generator;

/// <summary>What <see cref="GeneratorRun.Verify"/> saw: the runs did real work.</summary>
/// <param name="Sources">Generated files (2: <c>Facts.g.cs</c> and <c>Facts.KnowledgeBase.g.cs</c>).</param>
/// <param name="Chars">Their total length in UTF-16 characters.</param>
/// <param name="Hash">The start of the SHA-256 of both files: equal hashes = byte-identical output (to check that a generator change keeps it).</param>
/// <param name="EntityClasses">Entity classes in <c>Facts.g.cs</c> (one per entity).</param>
/// <param name="ParsedFiles">Fact files the parse step saw on the edit run (one modified, the rest cached).</param>
internal sealed record GeneratorCheck(int Sources, long Chars, string Hash, int EntityClasses, int ParsedFiles);
