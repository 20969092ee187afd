using FactBase.Checking;
using FactBase.Cli.Inputs;
using FactBase.Documents;

namespace FactBase.Cli;

/// <summary>The result of checking one input: where it came from, its as-of date and findings.</summary>
/// <param name="Path">The path as given on the command line (or "-" for stdin).</param>
/// <param name="AsOfSource">Where the as-of date came from.</param>
/// <param name="Result">The checker's result.</param>
/// <param name="Document">The document, for formatters that show source lines and for <c>--fix</c>; <see langword="null"/>
/// when neither needs it, so a run over many files does not keep every text in memory.</param>
/// <param name="Source">The file as read (encoding, and bytes when fixing); <see langword="null"/> in tests.</param>
internal sealed record FileReport(string Path, AsOfSource AsOfSource, CheckResult Result, Document? Document, SourceFile? Source = null);
