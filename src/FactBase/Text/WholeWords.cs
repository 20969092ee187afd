using System;

namespace FactBase.Text;

/// <summary>Whether a phrase stands in a text as whole words ("President" in "Commission President", not in "Presidents").</summary>
internal static class WholeWords
{
    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> with no letter right before or after it.</summary>
    /// <param name="text">The text to look in (a title, a name).</param>
    /// <param name="words">The word or words to find.</param>
    /// <param name="comparison">Ordinal for names, ordinal ignoring case for titles.</param>
    /// <returns>Whether it occurs as whole words.</returns>
    public static bool Contain(string text, string words, StringComparison comparison)
    {
        for (var at = text.IndexOf(words, comparison); at >= 0; at = text.IndexOf(words, at + 1, comparison))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
