using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>Emits a compilation and loads it in a collectible context that shares FactBase with the tests.</summary>
public sealed class CompiledAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private CompiledAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>Emits <paramref name="compilation"/>; fails the test with the compiler's errors if it does not compile.</summary>
    public static CompiledAssembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;

        // No Load override: FactBase resolves to the tests' own copy, so its types are shared.
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new CompiledAssembly(context, context.LoadFromStream(stream));
    }

    /// <summary>The value of a static property, e.g. <c>("Facts", "KnowledgeBase")</c>.</summary>
    public object? GetStatic(string typeName, string member)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        var property = type.GetProperty(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        if (property is not null)
        {
            return property.GetValue(null);
        }

        return type.GetField(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
    }

    public void Dispose() => _context.Unload();
}
