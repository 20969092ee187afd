using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FactBase.Cli.Inputs;

/// <summary>
/// <c>--shard K/N</c>: the K-th of N stable parts of the input files, so a CI matrix spreads an archive over machines.
/// </summary>
/// <remarks>
/// A file belongs to shard <c>FNV-1a-32(UTF-8 of its path) mod N + 1</c>, where the path is relative to the working
/// directory with <c>/</c> separators (the full path when it is outside). The split depends only on the path, not on
/// the order or number of other files, so each machine of a matrix computes its part alone, the parts are disjoint,
/// and together they are every file. Stdin (<c>-</c>) is always in shard 1.
/// </remarks>
/// <param name="Index">K, 1-based.</param>
/// <param name="Count">N.</param>
internal sealed record Shard(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string text, out Shard shard)
    {
        shard = new Shard(1, 1);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n)
        {
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }

    /// <summary>Keeps the files of this shard, in their order.</summary>
    public List<string> Select(IEnumerable<string> files)
    {
        var cwd = Directory.GetCurrentDirectory();
        return files.Where(f => f == "-" ? Index == 1 : (int)(Hash(Key(cwd, f)) % (uint)Count) == Index - 1).ToList();
    }

    /// <summary>The normalized path a file is hashed by.</summary>
    internal static string Key(string cwd, string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(cwd, full);
        var key = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return key.Replace('\\', '/');
    }

    /// <summary>32-bit FNV-1a of the UTF-8 bytes.</summary>
    internal static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
