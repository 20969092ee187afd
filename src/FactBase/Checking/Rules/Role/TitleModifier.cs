using System;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A word before a title that ties it to the present or to a change of holder: "X, Italy's new prime minister,", "the
/// current chancellor, X,", "X, now Britain's prime minister,", "Italy's outgoing prime minister, X,". The title still
/// names the office the person holds; the word only says at which time and how loosely.
/// </summary>
internal static class TitleModifier
{
    /// <summary>What a present-tense modifier says about the time of the title.</summary>
    internal enum Kind
    {
        /// <summary>No modifier.</summary>
        None,

        /// <summary>"now", "current", "sitting", "serving": the article's time, whatever time the sentence tells of
        /// ("In 2012, X, now Italy's prime minister, ...").</summary>
        Now,

        /// <summary>"new": in office at the time spoken of, or about to be (elected and not yet sworn in).</summary>
        New,

        /// <summary>"outgoing", "departing": in office, or left within the last weeks.</summary>
        Outgoing,
    }

    private static readonly WordSet NowWords = new(["now", "current", "currently", "sitting", "serving", "incumbent"]);

    /// <summary>The modifier word right before <paramref name="index"/>, if any, and where it starts.</summary>
    internal static (Kind Kind, int Start) Before(SentenceContext s, int index)
    {
        if (s.TokenAt(index - 1) is not { Kind: TokenKind.Word } word || s.MentionAt(index - 1) is not null)
        {
            return (Kind.None, index);
        }

        // "Now Chancellor X must decide": a sentence's "Now" is the narrative's, not the article's.
        if (NowWords.Contains(word.Text) && !(word.IsCapitalized && word.IsWord("now")))
        {
            return (Kind.Now, index - 1);
        }

        if (word.IsWord("new"))
        {
            return (Kind.New, index - 1);
        }

        return word.IsWord("outgoing") || word.IsWord("departing") ? (Kind.Outgoing, index - 1) : (Kind.None, index);
    }

    /// <summary>The claim with the modifier's reading: "now" and its kin check the article's time, "new" stays silent for
    /// a person whose term begins soon after, "outgoing" accepts a holder who left lately.</summary>
    internal static RoleClaim Apply(RoleClaim claim, Kind kind) => kind switch
    {
        Kind.Now => claim with { Time = new TimeContext(claim.Time.AsOf, Array.Empty<FactDate>(), claim.Time.AsOf), NearbyYears = Array.Empty<int>(), SentenceYears = Array.Empty<int>(), Companions = Array.Empty<Entity>() },
        Kind.New => claim with { New = true },
        Kind.Outgoing => claim with { Outgoing = true },
        _ => claim,
    };
}
