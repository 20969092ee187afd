using System.Text;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>
/// File baselines for generated code (<c>Baselines/*.verified.cs</c>), a small stand-in for Verify.
/// </summary>
/// <remarks>
/// A missing or different baseline fails the test. Outside CI the actual text is written beside it
/// as <c>*.received.cs</c> to diff; <c>FACTBASE_UPDATE_BASELINES=1</c> rewrites the baselines
/// instead. With <c>CI=true</c> nothing is ever written.
/// </remarks>
public static class Baseline
{
    public const string UpdateVariable = "FACTBASE_UPDATE_BASELINES";

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool Update => Environment.GetEnvironmentVariable(UpdateVariable) == "1" && !InCi;

    /// <summary>Compares each (name, text) with its baseline; reports every difference, not just the first.</summary>
    public static void VerifyAll(IEnumerable<(string Name, string Actual)> files)
    {
        var failures = files.Select(f => Check(f.Name, f.Actual)).Where(f => f is not null).ToList();
        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }

    /// <summary>Compares <paramref name="actual"/> with the baseline <paramref name="name"/>.verified.cs.</summary>
    public static void Verify(string name, string actual)
    {
        if (Check(name, actual) is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    private static string? Check(string name, string actual)
    {
        actual = Normalize(actual);
        var verifiedPath = Path.Combine(TestPaths.Baselines, name + ".verified.cs");
        var receivedPath = Path.Combine(TestPaths.Baselines, name + ".received.cs");
        if (Update)
        {
            Directory.CreateDirectory(TestPaths.Baselines);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return null;
        }

        if (!File.Exists(verifiedPath))
        {
            WriteReceived(receivedPath, actual);
            return $"Baseline {verifiedPath} is missing. Review the generated code{(InCi ? string.Empty : $" in {receivedPath}")} and create the baseline with {UpdateVariable}=1 dotnet test.";
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return null;
        }

        WriteReceived(receivedPath, actual);
        return $"Generated code differs from {verifiedPath} {FirstDifference(expected, actual)}. If the change is intended, run {UpdateVariable}=1 dotnet test and review the diff.";
    }

    private static void WriteReceived(string path, string actual)
    {
        if (!InCi)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return $"at line {i + 1}:\n  expected: {left}\n  actual:   {right}";
            }
        }

        return string.Empty;
    }
}
