namespace FactBase.Diagnostics;

/// <summary>The stable codes of fact-file diagnostics, shared by the generator and <c>factbase lint</c>.</summary>
public static class FactDiagnosticIds
{
    /// <summary>The file is not well-formed YAML.</summary>
    public const string MalformedYaml = "FB0001";

    /// <summary>A key that the fact format does not define.</summary>
    public const string UnknownKey = "FB0002";

    /// <summary>A required key (<c>id</c>, <c>type</c>, <c>name</c>) is missing.</summary>
    public const string MissingKey = "FB0003";

    /// <summary>A value has the wrong shape or is not allowed (bad id, unknown type, list expected).</summary>
    public const string InvalidValue = "FB0004";

    /// <summary>A date is not <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, or does not exist.</summary>
    public const string BadDate = "FB0005";

    /// <summary>Two entities (or two property declarations) share an id.</summary>
    public const string DuplicateId = "FB0006";

    /// <summary>An office or member value names an entity that does not exist.</summary>
    public const string DanglingReference = "FB0007";

    /// <summary>Two periods of a single-holder office overlap.</summary>
    public const string OverlappingPeriods = "FB0008";

    /// <summary>A period ends (<c>to</c>) before or on the day it starts (<c>from</c>).</summary>
    public const string EndBeforeStart = "FB0009";

    /// <summary>Two ids map to one C# name.</summary>
    public const string NameCollision = "FB0010";

    /// <summary>A fact uses a property that no vocabulary declares.</summary>
    public const string UnknownProperty = "FB0011";

    /// <summary>The generator failed unexpectedly; reported instead of crashing the build.</summary>
    public const string InternalError = "FB0012";

    /// <summary>An input limit was exceeded: file size, nesting depth, alias count or expansion, number of entities (see <see cref="FactBaseLimits"/>).</summary>
    public const string LimitExceeded = "FB0013";

    /// <summary>An example sentence of a fact file (<c>examples:</c>) is not what the checker makes of it: a <c>flag:</c> sentence gives no finding, or a <c>pass:</c> sentence gives one.</summary>
    public const string ExampleFailed = "FB0014";

    /// <summary>An imported fact differs from the hand-written one about the same entity (the hand-written one is used).</summary>
    public const string ImportDisagreement = "FB0015";

    /// <summary>A value of an entity property is an entity of a type the property does not take (an office held by a country).</summary>
    public const string WrongValueType = "FB0016";

    /// <summary>A vocabulary word listed twice (in any case): merged into one, with a warning.</summary>
    public const string RepeatedWord = "FB0017";
}
