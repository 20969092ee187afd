using System;
using System.Collections.Generic;
using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Model.PropertyKinds;

namespace FactBase.Generators;

/// <summary>
/// Decides the C# shape of the <c>Facts</c> class: one nested class per entity and one typed
/// member per fact, named with <see cref="FactNames.ToIdentifier"/>, with clashes resolved or reported.
/// </summary>
internal static class FactsClassPlanner
{
    /// <summary>The name of the generated class.</summary>
    public const string ClassName = "Facts";

    /// <summary>The suffix added to a fact member whose name is taken by a fixed member (<c>Name</c> → <c>NameFact</c>).</summary>
    public const string MemberSuffix = "Fact";

    /// <summary>The suffix added to an entity class whose name is taken by a member of <c>Facts</c>.</summary>
    public const string ClassSuffix = "Entity";

    /// <summary>Members every entity class has.</summary>
    private static readonly string[] FixedMembers = { "Id", "Name", "Type", "Entity" };

    /// <summary>Names an entity class cannot have inside <c>Facts</c>.</summary>
    private static readonly string[] ReservedClassNames = { ClassName, "KnowledgeBase" };

    /// <summary>Plans the entity classes of a built knowledge base.</summary>
    /// <param name="result">The builder's result.</param>
    /// <param name="diagnostics">Receives name clashes that could not be resolved (<c>FB0010</c> warnings).</param>
    /// <returns>The classes, in knowledge-base order.</returns>
    public static IReadOnlyList<EntityClass> Plan(KnowledgeBaseBuildResult result, ICollection<FactDiagnostic> diagnostics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in result.Entities)
        {
            used.Add(FactNames.ToIdentifier(entity.Id));
        }

        var classes = new List<EntityClass>(result.Entities.Count);
        foreach (var entity in result.Entities)
        {
            var identifier = FactNames.ToIdentifier(entity.Id);
            if (Array.IndexOf(ReservedClassNames, identifier) >= 0)
            {
                var renamed = identifier + ClassSuffix;
                if (!used.Add(renamed))
                {
                    diagnostics.Add(Clash(
                        $"id '{entity.Id}' maps to the C# name '{identifier}', which Facts already uses, and '{renamed}' is taken too; no Facts.{identifier} class is generated (the entity is still in Facts.KnowledgeBase)",
                        entity.Location));
                    continue;
                }

                identifier = renamed;
            }

            classes.Add(new EntityClass(entity, identifier, PlanMembers(entity, identifier, result.KnowledgeBase, diagnostics)));
        }

        return classes;
    }

    private static IReadOnlyList<TypedMember> PlanMembers(Entity entity, string classIdentifier, KnowledgeBase knowledgeBase, ICollection<FactDiagnostic> diagnostics)
    {
        var taken = new HashSet<string>(FixedMembers, StringComparer.Ordinal) { classIdentifier };
        var members = new List<TypedMember>();
        foreach (var fact in entity.Facts)
        {
            var definition = knowledgeBase.FindProperty(fact.Property);
            if (KindOf(fact, definition) is not { } kind)
            {
                continue;
            }

            var identifier = FactNames.ToIdentifier(fact.Property);
            if (identifier == classIdentifier || Array.IndexOf(FixedMembers, identifier) >= 0)
            {
                identifier += MemberSuffix;
            }

            if (!taken.Add(identifier))
            {
                diagnostics.Add(Clash(
                    $"property '{fact.Property}' of '{entity.Id}' maps to the C# name '{identifier}', which Facts.{classIdentifier} already uses; no typed member is generated for it (the fact is still in Facts.KnowledgeBase)",
                    fact.Location));
                continue;
            }

            members.Add(new TypedMember(identifier, kind, fact, definition));
        }

        return members;
    }

    /// <summary>The member shape of a fact: from the vocabulary, or inferred when the property is undeclared.</summary>
    private static TypedMemberKind? KindOf(Fact fact, PropertyDefinition? definition)
    {
        // Undeclared: a date-looking single value is typed as a date; anything else stays untyped.
        var member = definition is null ? (!fact.IsTimeline && fact.Date is not null ? GeneratedMember.Date : null) : definition.KindDefinition.MemberFor(fact);
        return member switch
        {
            GeneratedMember.Date => TypedMemberKind.Date,
            GeneratedMember.EntityTimeline => TypedMemberKind.EntityTimeline,
            GeneratedMember.NumberTimeline => TypedMemberKind.NumberTimeline,
            GeneratedMember.Text => TypedMemberKind.Text,
            _ => null,
        };
    }

    private static FactDiagnostic Clash(string message, SourceLocation location)
        => new(FactDiagnosticIds.NameCollision, FactDiagnosticSeverity.Warning, message, location);
}
