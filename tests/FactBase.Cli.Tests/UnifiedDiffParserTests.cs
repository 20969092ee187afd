using FactBase.Cli.Inputs;

namespace FactBase.Cli.Tests;

/// <summary>The unified diff reader behind <c>--changed-since</c> and <c>--diff</c>.</summary>
public sealed class UnifiedDiffParserTests
{
    [Fact]
    public void AddedLinesAreCountedOnTheNewSideAcrossHunks()
    {
        var diff = """
            diff --git a/docs/a.md b/docs/a.md
            index 1111111..2222222 100644
            --- a/docs/a.md
            +++ b/docs/a.md
            @@ -2,3 +2,4 @@ heading
             kept
            -removed
            +added one
            +added two
             kept
            @@ -20 +21,0 @@
            -only removed
            @@ -30,0 +31 @@
            +appended
            \ No newline at end of file
            """;
        var lines = UnifiedDiffParser.Parse(diff);
        Assert.Equal(new[] { 3, 4, 31 }, lines["docs/a.md"]);
    }

    [Fact]
    public void RemovedLinesThatLookLikeHeadersStayInTheirHunk()
    {
        // "-- a/x" removed is "--- a/x"; "++ b/y" added is "+++ b/y": content, because the hunk's counts are not used up.
        var diff = "--- a/t.md\n+++ b/t.md\n@@ -1,2 +1,2 @@\n--- a/x\n-@@ -9 +9 @@\n+++ b/y\n+second\n";
        var lines = UnifiedDiffParser.Parse(diff);
        Assert.Equal(new[] { "t.md" }, lines.Keys);
        Assert.Equal(new[] { 1, 2 }, lines["t.md"]);
    }

    [Fact]
    public void DeletedFilesAndPureRenamesGainNothing()
    {
        var diff = """
            diff --git a/gone.md b/gone.md
            deleted file mode 100644
            --- a/gone.md
            +++ /dev/null
            @@ -1,2 +0,0 @@
            -one
            -two
            diff --git a/old.md b/new.md
            similarity index 100%
            rename from old.md
            rename to new.md
            diff --git a/added.md b/added.md
            new file mode 100644
            --- /dev/null
            +++ b/added.md
            @@ -0,0 +1,2 @@
            +one
            +two
            """;
        var lines = UnifiedDiffParser.Parse(diff);
        Assert.Equal(new[] { "added.md" }, lines.Keys);
        Assert.Equal(new[] { 1, 2 }, lines["added.md"]);
    }

    [Fact]
    public void QuotedAndTabbedNamesAreUnquoted()
    {
        var diff = "diff --git \"a/caf\\303\\251 \\\"x\\\".md\" \"b/caf\\303\\251 \\\"x\\\".md\"\n--- \"a/caf\\303\\251 \\\"x\\\".md\"\n+++ \"b/caf\\303\\251 \\\"x\\\".md\"\n@@ -1 +1 @@\n-a\n+b\n"
                   + "--- a/with space.md\t\n+++ b/with space.md\t\n@@ -1 +1 @@\n-a\n+b\n";
        var lines = UnifiedDiffParser.Parse(diff);
        Assert.Equal(new[] { 1 }, lines["café \"x\".md"]);
        Assert.Equal(new[] { 1 }, lines["with space.md"]);
    }

    [Fact]
    public void PathsAreNormalizedAndPrefixesOnlyDroppedWhenBothSidesHaveThem()
    {
        var lines = UnifiedDiffParser.Parse("--- ./b/x.md\n+++ ./b/x.md\n@@ -1 +1 @@\n-a\n+b\n--- a/y.md\n+++ b/y.md\n@@ -1 +1 @@\n-a\n+b\n");
        Assert.Equal(new[] { "b/x.md", "y.md" }, lines.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("c/d.md", UnifiedDiffParser.Normalize("./a/../c//d.md"));
    }

    [Fact]
    public void AMalformedHunkHeaderIsAnErrorWithItsLine()
    {
        var ex = Assert.Throws<FormatException>(() => UnifiedDiffParser.Parse("--- a/x\n+++ b/x\n@@ -1,x +1 @@\n+a\n"));
        Assert.StartsWith("line 3: ", ex.Message);
    }
}
