using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>That a person holds (or held) an office: "US President Joe Biden", "X, Britain's prime minister".</summary>
/// <param name="Span">The person's name.</param>
/// <param name="Subject">The person.</param>
/// <param name="Offices">The offices the title may mean; more than one only when no qualifier narrowed it.</param>
/// <param name="Tense">Current, former or then-.</param>
/// <param name="Time">When the claim speaks of.</param>
public sealed record RoleClaim(TextSpan Span, Entity Subject, IReadOnlyList<OfficeRef> Offices, RoleTense Tense, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject)
{
    /// <summary>Whether the sentence tells of the person taking the office ("was sworn in as", "took office as", "the cabinet
    /// under Prime Minister X was sworn in"): on the day an office changes hands that is the new holder, never the one
    /// leaving, so the outgoing holder's last day does not count.</summary>
    public bool Investiture { get; init; }

    /// <summary>The years written in a past-tense sentence and the one before it ("In 1999 Poland joined NATO. Secretary of
    /// State Madeleine Albright signed"): a title the person held in one of them may be of that time, so it is never called
    /// outdated. Empty for a sentence in the present tense, which speaks of the article's time.</summary>
    public IReadOnlyList<int> NearbyYears { get; init; } = System.Array.Empty<int>();

    /// <summary>The years written in the sentence itself when it is in the past tense: one before the facts' timeline
    /// ("(1996-1998) in the government of Prime Minister X") leaves the claim unknown.</summary>
    public IReadOnlyList<int> SentenceYears { get; init; } = System.Array.Empty<int>();

    /// <summary>Whether the title is marked as being left ("outgoing Prime Minister X", "the departing president", "Carney
    /// replaces Prime Minister X", "took over from President X"; who came next is the succession rule's to judge): right
    /// for some weeks after the handover too, while the text still speaks of the change.</summary>
    public bool Outgoing { get; init; }

    /// <summary>Whether the title is of the time of someone's service under its holder, in a past-tense sentence ("held posts
    /// under Chancellor X and Chancellor Y"): right whenever the person held the office before.</summary>
    public bool Earlier { get; init; }

    /// <summary>Whether the person does, or is the agent of, an undated past event told in a background clause ("until
    /// President X recalled him", "in which President X questioned", "who was fired by President X",
    /// <see cref="PastEventClause"/>): the title is of the event's time, right when the person held the office before the
    /// time the sentence speaks of; in a sentence that tells of the years of another figure of the past, during theirs
    /// (<see cref="CompanionTime"/>).</summary>
    public bool PastEvent { get; init; }

    /// <summary>Whether the sentence is a past-tense narrative that names no time (no present-tense verb, no number, no word
    /// of a relative time: "he was once expected to follow Chancellor X"): a title on someone who died before the time it
    /// is read at is then of the years they held the office (<see cref="RoleClaimVerifier"/>).</summary>
    public bool UndatedPast { get; init; }

    /// <summary>Whether the title is of a time to come ("the impending arrival of President X", "the incoming Chancellor X"):
    /// right when the person takes the office after the time the sentence speaks of.</summary>
    public bool Coming { get; init; }

    /// <summary>Whether the title is called new ("Italy's new prime minister, X,"): a person elected and not yet sworn in is
    /// called new too, so a term that begins soon after the time spoken of leaves the claim unjudged.</summary>
    public bool New { get; init; }

    /// <summary>The other people a past-tense sentence with no time of its own names ("Powell served as secretary of state
    /// under President X", "Köhler ... serving much of his six years alongside Chancellor X"): the sentence may tell of
    /// their time in office, so a title held during one of their terms is not called outdated (<see cref="CompanionTime"/>).</summary>
    public IReadOnlyList<Entity> Companions { get; init; } = System.Array.Empty<Entity>();

    /// <summary>Whether the name stands in a quotation: a speaker may use a title of the past ("President Jacques Chirac
    /// died"), which the newsroom does not correct, so it is never called outdated.</summary>
    public bool Quoted { get; init; }

    /// <summary>The title as the text wrote it ("Queen"), for messages; <see langword="null"/> when the claim has none of its own.</summary>
    public string? Title { get; init; }

    /// <summary>Whether a past copula in a relative clause links the name and the title ("X, who became Germany's president",
    /// "X, who served as president"): the time the main clause speaks of ("..., died on Saturday") need not be the time of
    /// the office.</summary>
    public bool Past { get; init; }
}
