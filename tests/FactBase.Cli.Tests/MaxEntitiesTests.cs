namespace FactBase.Cli.Tests;

/// <summary>The entity limit (docs/limits.md) is a setting: <c>--max-entities</c> and <c>max-entities:</c> in the config.</summary>
public sealed class MaxEntitiesTests
{
    private const string ThreeEntities = "id: first\ntype: other\nname: First\n---\nid: second\ntype: other\nname: Second\n---\nid: third\ntype: other\nname: Third\n";

    [Fact]
    public void The_option_bounds_the_knowledge_base_of_check_and_lint()
    {
        using var dir = new TempDir();
        dir.Write("facts/three.yaml", ThreeEntities);
        dir.Write("a.md", "Nothing here.\n");

        var check = Cli.Run(dir.Path, "check", "--no-config", "--no-builtin-facts", "--facts", "facts", "--max-entities", "2", "--as-of", "2025-01-01", "a.md");
        Assert.Equal(2, check.ExitCode);
        Assert.Contains("FB0013: more than 2 entities: 'third'", check.Stderr);

        Assert.Equal(0, Cli.Run(dir.Path, "check", "--no-config", "--no-builtin-facts", "--facts", "facts", "--max-entities", "3", "--as-of", "2025-01-01", "a.md").ExitCode);

        var lint = Cli.Run(dir.Path, "lint", "facts", "--no-builtin-facts", "--max-entities", "2");
        Assert.Equal(2, lint.ExitCode);
        Assert.Contains("FB0013", lint.Stdout);
        Assert.Equal(0, Cli.Run(dir.Path, "lint", "facts", "--no-builtin-facts").ExitCode);
    }

    [Fact]
    public void The_config_sets_the_limit_and_the_option_wins()
    {
        using var dir = new TempDir();
        dir.Write("facts/three.yaml", ThreeEntities);
        dir.Write("a.md", "Nothing here.\n");
        dir.Write(".factbase.yaml", "facts: [facts]\nbuiltin-facts: false\nmax-entities: 2\n");

        var limited = Cli.Run(dir.Path, "check", "--as-of", "2025-01-01", "a.md");
        Assert.Equal(2, limited.ExitCode);
        Assert.Contains("more than 2 entities", limited.Stderr);

        Assert.Equal(0, Cli.Run(dir.Path, "check", "--max-entities", "10", "--as-of", "2025-01-01", "a.md").ExitCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("lots")]
    public void A_bad_limit_is_a_usage_error(string value)
    {
        using var dir = new TempDir();
        dir.Write("a.md", "Nothing here.\n");
        var result = Cli.Run(dir.Path, "check", "--no-config", "--max-entities", value, "a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--max-entities", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);

        dir.Write(".factbase.yaml", $"max-entities: {value}\n");
        var config = Cli.Run(dir.Path, "check", "a.md");
        Assert.Equal(2, config.ExitCode);
        Assert.Contains(".factbase.yaml(1,", config.Stderr);
        Assert.Contains("max-entities", config.Stderr);
    }
}
