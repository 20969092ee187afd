using System.Reflection;
using FactBase.Model;

namespace FactBase.Tests.Snapshots;

/// <summary>
/// Builds an instance of a model type with a distinct, non-default value in every constructor parameter and every
/// settable property, by reflection: a field added to the model later is filled too, so a snapshot that leaves it out
/// no longer round-trips and the test says which type.
/// </summary>
internal sealed class ModelFiller
{
    private int _next = 1;

    public T Fill<T>() => (T)Fill(typeof(T));

    public object Fill(Type type)
    {
        var n = _next++;
        if (type == typeof(string))
        {
            return $"text-{n}";
        }

        if (type == typeof(int))
        {
            return n;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1)!; // the last, so never the default
        }

        if (type == typeof(FactDate))
        {
            return new FactDate(1900 + n, 1 + (n % 12), 1 + (n % 28));
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Fill(inner);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(element, 2);
            items.SetValue(Fill(element), 0);
            items.SetValue(Fill(element), 1);
            return Activator.CreateInstance(type, items)!;
        }

        if (type.Namespace is "FactBase.Model" or "FactBase.Diagnostics" && type.IsClass)
        {
            return FillRecord(type);
        }

        throw new NotSupportedException($"ModelFiller does not know how to fill {type}: teach it, and the snapshot codecs, this type.");
    }

    private object FillRecord(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var instance = constructor.Invoke(parameters.Select(p => Fill(p.ParameterType)).ToArray());
        var covered = new HashSet<string>(parameters.Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && !covered.Contains(property.Name) && property.Name != "EqualityContract")
            {
                property.SetValue(instance, Fill(property.PropertyType));
            }
        }

        return instance;
    }
}
