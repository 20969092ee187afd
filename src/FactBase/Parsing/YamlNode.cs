using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Parsing;

/// <summary>A minimal YAML tree node with its position, built by <see cref="YamlTreeReader"/>.</summary>
internal abstract class YamlNode
{
    protected YamlNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public SourceLocation At(string path) => new(path, Line, Column);
}

/// <summary>A scalar: <c>NATO</c>, <c>1949-04-04</c>.</summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, int line, int column)
        : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Whether the scalar was written without quotes (so <c>null</c> and <c>~</c> mean nothing).</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

/// <summary>A sequence: <c>[a, b]</c> or a block list.</summary>
internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(int line, int column)
        : base(line, column)
    {
    }

    public List<YamlNode> Items { get; } = new();
}

/// <summary>A mapping, keys kept in file order.</summary>
internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(int line, int column)
        : base(line, column)
    {
    }

    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();
}
