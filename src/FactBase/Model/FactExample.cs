namespace FactBase.Model;

/// <summary>
/// A sentence that a fact file gives as an example of what the checker must make of its facts (<c>examples:</c> of an
/// entity or a property): a <c>flag:</c> sentence must give a finding, a <c>pass:</c> sentence must not.
/// </summary>
/// <param name="Owner">The id of the entity, or the name of the property, whose <c>examples:</c> hold it.</param>
/// <param name="MustFlag"><see langword="true"/> for <c>flag:</c>, <see langword="false"/> for <c>pass:</c>.</param>
/// <param name="Text">The sentence (or a few), checked as a Markdown paragraph.</param>
/// <param name="AsOf">The date it is checked as of; <see langword="null"/>: the day it is run.</param>
/// <param name="Location">Where the sentence is written.</param>
public sealed record FactExample(string Owner, bool MustFlag, string Text, FactDate? AsOf, SourceLocation Location);
