using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Sentences;

/// <summary>
/// Verb forms of the past: the simple past after a subject ("recalled", "vetoed", "met", "led") and the past participle
/// after "had" or a passive "was" ("had vetoed", "was fired", "was given"). Read only where the place in the clause says
/// a verb stands (right after a subject, right after an auxiliary), so a word ending in "-ed" is taken for a verb there.
/// </summary>
/// <remarks>For a singular subject the bare forms "hit", "put", "cut", "set", "let" and "quit" are the past (the present
/// takes an "-s"), so they are listed with the irregular pasts.</remarks>
internal static class PastTenseVerbs
{
    private static readonly WordSet IrregularPast = new(new[]
    {
        "was", "were", "had", "did", "led", "met", "said", "told", "took", "made", "gave", "went", "came", "left", "spoke",
        "wrote", "held", "saw", "sat", "stood", "began", "brought", "thought", "found", "kept", "paid", "sent", "flew", "knew",
        "won", "lost", "chose", "drove", "ran", "rose", "fell", "broke", "struck", "sought", "fought", "threw", "became",
        "got", "sold", "bought", "taught", "caught", "built", "spent", "lent", "meant", "felt", "heard", "oversaw", "withdrew",
        "drew", "grew", "overthrew", "fled", "forgave", "hung", "rode", "shot", "shut", "swept", "understood", "upheld",
        "withheld", "swore", "tore", "froze", "shook", "overtook", "undertook", "forbade", "bore", "wore", "sank", "dealt",
        "hit", "put", "cut", "set", "let", "quit", "read", "stole", "stuck", "hid", "fed", "bid", "beat", "laid",
    });

    private static readonly WordSet IrregularParticiple = new(new[]
    {
        "been", "led", "met", "said", "told", "taken", "made", "given", "gone", "left", "spoken", "written", "held", "seen",
        "brought", "found", "kept", "paid", "sent", "known", "won", "lost", "chosen", "driven", "struck", "sought", "fought",
        "thrown", "become", "got", "gotten", "sold", "bought", "taught", "caught", "built", "spent", "heard", "overseen",
        "withdrawn", "drawn", "grown", "overthrown", "forgiven", "hung", "shot", "shut", "swept", "understood", "upheld",
        "withheld", "sworn", "torn", "frozen", "shaken", "overtaken", "undertaken", "forbidden", "borne", "dealt", "hit", "put",
        "cut", "set", "let", "read", "stolen", "hidden", "fed", "beaten", "laid", "broken", "begun", "run", "fallen", "risen",
        "done", "had",
    });

    // "-eed" words are mostly not pasts ("need", "succeed", "proceed"); these are.
    private static readonly WordSet PastInEed = new(new[] { "agreed", "freed", "decreed", "guaranteed" });

    /// <summary>Whether <paramref name="token"/> is a simple past verb ("recalled", "met").</summary>
    /// <param name="token">A token right after a subject.</param>
    /// <returns>Whether it is a past form.</returns>
    public static bool IsSimplePast(in Token token)
        => token.Kind == TokenKind.Word && (IsRegular(token.Text) || IrregularPast.Contains(token.Text));

    /// <summary>Whether <paramref name="token"/> is a past participle ("vetoed", "given", "been").</summary>
    /// <param name="token">A token right after an auxiliary.</param>
    /// <returns>Whether it is a past participle.</returns>
    public static bool IsParticiple(in Token token)
        => token.Kind == TokenKind.Word && (IsRegular(token.Text) || IrregularParticiple.Contains(token.Text));

    private static bool IsRegular(string word)
        => word.Length >= 4 && word.EndsWith("ed", System.StringComparison.OrdinalIgnoreCase)
            && (!word.EndsWith("eed", System.StringComparison.OrdinalIgnoreCase) || PastInEed.Contains(word));
}
