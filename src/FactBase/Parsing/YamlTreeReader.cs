using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactBase.Parsing;

/// <summary>
/// Reads YAML documents into <see cref="YamlNode"/> trees from the parser's event stream.
/// </summary>
/// <remarks>
/// Built on events rather than YamlDotNet's representation model so the depth of nesting and the
/// number of aliases are bounded: a hostile file can neither overflow the stack nor expand an
/// alias bomb. Aliases resolve to the anchored node by reference, never by copy.
/// </remarks>
internal static class YamlTreeReader
{
    /// <summary>The deepest nesting a fact file needs is about five; anything far deeper is an attack or a mistake.</summary>
    public const int MaxDepth = FactBaseLimits.MaxYamlDepth;

    /// <summary>Fact files need no aliases; a few are tolerated.</summary>
    public const int MaxAliases = FactBaseLimits.MaxYamlAliases;

    /// <summary>How many nodes aliases may add when expanded (a "billion laughs" bomb adds billions).</summary>
    public const int MaxAliasExpansion = FactBaseLimits.MaxYamlAliasExpansion;

    /// <summary>Reads every document of <paramref name="text"/>.</summary>
    /// <returns>The documents' roots (<see langword="null"/> for an empty document), or an error.</returns>
    public static (List<YamlNode?> Documents, FactDiagnostic? Error) Read(string path, string text)
    {
        var tree = new TreeBuilder(path);
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                if (tree.Apply(parser.Current!) is { } error)
                {
                    return (tree.Documents, error);
                }
            }
        }
        catch (DepthExceededException ex)
        {
            return (tree.Documents, tree.Error(FactDiagnosticIds.LimitExceeded, $"nesting deeper than {MaxDepth} levels", ex.Start));
        }
        catch (YamlException ex)
        {
            return (tree.Documents, tree.Error(FactDiagnosticIds.MalformedYaml, YamlErrorWording.Describe(text, Clean(ex.Message), (int)ex.Start.Line, (int)ex.Start.Column)));
        }
        catch (Exception ex)
        {
            // YamlDotNet throws more than YamlException on some inputs; a bad file must never crash the caller.
            var at = parser.Current?.End ?? Mark.Empty;
            return (tree.Documents, tree.Error(FactDiagnosticIds.MalformedYaml, YamlErrorWording.Describe(text, Clean(ex.Message), (int)at.Line, (int)at.Column)));
        }

        return (tree.Documents, null);
    }

    /// <summary>Builds the trees of one file from its events, one event at a time, within the limits.</summary>
    private sealed class TreeBuilder
    {
        private readonly string _path;
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<(YamlNode Node, YamlScalar? PendingKey, long Size, bool Anchored)> _stack = new();

        // The expanded size (nodes, aliases counted as copies) of each finished anchored node, and the
        // total that aliases have added: the bound that keeps an alias bomb from costing anything.
        private readonly Dictionary<YamlNode, long> _sizes = new(); // YamlNode keeps reference equality
        private long _expansion;
        private int _aliases;
        private YamlNode? _root;

        public TreeBuilder(string path) => _path = path;

        /// <summary>The roots of the documents read so far.</summary>
        public List<YamlNode?> Documents { get; } = new();

        /// <summary>Adds one event to the tree.</summary>
        /// <returns>An error that ends the file, or <see langword="null"/>.</returns>
        public FactDiagnostic? Apply(ParsingEvent current)
        {
            switch (current)
            {
                case DocumentStart:
                    _root = null;
                    _anchors.Clear();
                    _sizes.Clear();
                    break;
                case DocumentEnd:
                    Documents.Add(_root);
                    break;
                case Scalar scalar:
                    var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, (int)scalar.Start.Line, (int)scalar.Start.Column);
                    Remember(scalar.Anchor, node);
                    Add(node, 1);
                    break;
                case SequenceStart seq:
                    Push(new YamlSequence((int)seq.Start.Line, (int)seq.Start.Column), seq.Anchor, seq.Start);
                    break;
                case MappingStart map:
                    Push(new YamlMapping((int)map.Start.Line, (int)map.Start.Column), map.Anchor, map.Start);
                    break;
                case SequenceEnd:
                case MappingEnd:
                    var (done, _, size, anchored) = _stack.Pop();
                    if (anchored)
                    {
                        _sizes[done] = size;
                    }

                    Add(done, size);
                    break;
                case AnchorAlias alias:
                    return Alias(alias);
            }

            return null;
        }

        /// <summary>A syntax error in plain words, where <see cref="YamlErrorWording"/> puts it.</summary>
        public FactDiagnostic Error(string id, (string Message, int Line, int Column) described)
            => new(id, FactDiagnosticSeverity.Error, $"malformed YAML: {described.Message}", new Model.SourceLocation(_path, Math.Max(1, described.Line), Math.Max(1, described.Column)));

        /// <summary>The error diagnostic at a position of the file.</summary>
        public FactDiagnostic Error(string id, string message, Mark mark)
            => new(id, FactDiagnosticSeverity.Error, id == FactDiagnosticIds.LimitExceeded ? $"YAML limit exceeded: {message} (see docs/limits.md)" : $"malformed YAML: {message}", new Model.SourceLocation(_path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column)));

        // An alias adds its anchored node by reference, counted at its expanded size against the limits.
        private FactDiagnostic? Alias(AnchorAlias alias)
        {
            if (++_aliases > MaxAliases)
            {
                return Error(FactDiagnosticIds.LimitExceeded, $"more than {MaxAliases} aliases", alias.Start);
            }

            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return Error(FactDiagnosticIds.MalformedYaml, $"alias *{alias.Value.Value} has no anchor", alias.Start);
            }

            if (!_sizes.TryGetValue(target, out var targetSize))
            {
                // "&a [ *a ]": the alias is inside its own anchor, which would make the tree a cycle.
                return Error(FactDiagnosticIds.MalformedYaml, $"alias *{alias.Value.Value} refers to a node that contains it", alias.Start);
            }

            _expansion += targetSize;
            if (_expansion > MaxAliasExpansion)
            {
                return Error(FactDiagnosticIds.LimitExceeded, $"aliases expand to more than {MaxAliasExpansion} nodes", alias.Start);
            }

            Add(target, targetSize);
            return null;
        }

        private void Push(YamlNode container, AnchorName anchor, Mark start)
        {
            if (_stack.Count >= MaxDepth)
            {
                throw new DepthExceededException(start);
            }

            Remember(anchor, container);
            _stack.Push((container, null, 1, !anchor.IsEmpty));
        }

        private void Remember(AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
                if (node is YamlScalar)
                {
                    _sizes[node] = 1;
                }
            }
        }

        private void Add(YamlNode node, long size)
        {
            if (_stack.Count == 0)
            {
                _root = node;
                return;
            }

            var (parent, pendingKey, parentSize, anchored) = _stack.Pop();
            parentSize += size;
            switch (parent)
            {
                case YamlSequence sequence:
                    sequence.Items.Add(node);
                    _stack.Push((parent, null, parentSize, anchored));
                    break;
                case YamlMapping when pendingKey is null:
                    // A complex (non-scalar) key is not part of the fact format; keep its text position for the message.
                    _stack.Push((parent, node as YamlScalar ?? new YamlScalar("<complex key>", false, node.Line, node.Column), parentSize, anchored));
                    break;
                case YamlMapping mapping:
                    mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(pendingKey, node));
                    _stack.Push((parent, null, parentSize, anchored));
                    break;
            }
        }
    }

    /// <summary>Thrown out of the event loop when nesting passes <see cref="MaxDepth"/>.</summary>
    /// <remarks>Its own type: a <see cref="YamlException"/> prefixes its message with a position, so telling it apart by text failed.</remarks>
    private sealed class DepthExceededException : Exception
    {
        public DepthExceededException(Mark start) => Start = start;

        public Mark Start { get; }
    }

    /// <summary>YamlDotNet prefixes messages with its own position; the diagnostic carries ours.</summary>
    private static string Clean(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }
}
