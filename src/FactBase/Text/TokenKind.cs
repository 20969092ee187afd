namespace FactBase.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes or dots ("O'Brien", "U.S.").</summary>
    Word,

    /// <summary>Digits ("1949", "32"), possibly with an ordinal suffix ("75th").</summary>
    Number,

    /// <summary>Any other single visible character: punctuation, hyphen, quote.</summary>
    Punctuation,
}
