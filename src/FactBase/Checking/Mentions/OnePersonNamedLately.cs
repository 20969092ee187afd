using System;
using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The one person named lately who fits what a phrase says of them: named in this sentence before the phrase, or in the
/// sentences just before it. Readers that lean on the facts to find whom an unnamed phrase means ("the 65-year-old
/// Norwegian", "The former banker, who was born in 1965,") use it, and stay silent when two people fit.
/// </summary>
internal static class OnePersonNamedLately
{
    /// <summary>The one person that fits, or <see langword="null"/> when no one or two different people do.</summary>
    /// <param name="mentions">The sentence's mentions, or <see langword="null"/>.</param>
    /// <param name="before">Only this sentence's mentions that end by this token count.</param>
    /// <param name="state">What the document named before this sentence, or <see langword="null"/>.</param>
    /// <param name="reach">How many sentences back a person may be named; <see langword="null"/> for any.</param>
    /// <param name="fits">What the person must be (tested only on people).</param>
    /// <returns>The person.</returns>
    public static Entity? Find(IReadOnlyList<Mention>? mentions, int before, DocumentMentionState? state, int? reach, Func<Entity, bool> fits)
        => OneEntityNamedLately.Find(mentions, before, state, reach, adjectives: false, e => e.Type == EntityType.Person && fits(e));
}
