using System;
using System.Collections.Generic;

namespace FactBase.Checking.Findings;

/// <summary>
/// One finding for a claim that several subjects share: "Austria, Finland and Sweden joined the EU in 1994" is one error
/// at "1994" with one fix, which an editor reads once ("Austria, Finland and Sweden joined the European Union on 1 January
/// 1995, not in 1994"), not three findings at the same place.
/// </summary>
/// <remarks>Findings merge when their rule, span, verdict, property, expected value and suggestion are the same and their
/// messages differ only in the name they start with; the finding keeps the first one's entity and fact location.
/// Supported findings stay one per subject, so each subject's confirmation stays visible.</remarks>
internal sealed class SharedSpanFindings
{
    private readonly Dictionary<Key, Group> _groups = new();

    private readonly record struct Key(string Rule, int Start, int Length, Verdict Verdict, string? Property, string? Expected, string? Suggestion);

    private sealed class Group(int index, string message)
    {
        public int Index { get; } = index;

        /// <summary>The first finding's message, as it was before any merge.</summary>
        public string Message { get; } = message;

        /// <summary>The words the merged messages share after their subjects, once a second subject has come.</summary>
        public string? Remainder { get; set; }

        public List<(int Position, string Subject)> Subjects { get; } = new();
    }

    /// <summary>Adds <paramref name="finding"/> to <paramref name="findings"/>, or folds it into the finding already there for
    /// the same claim of another subject.</summary>
    /// <param name="findings">The document's findings so far.</param>
    /// <param name="finding">The new finding.</param>
    /// <param name="text">The document's text, to put the subjects in the order it names them.</param>
    public void Add(List<Finding> findings, Finding finding, string text)
    {
        var key = new Key(finding.Rule, finding.Span.Start, finding.Span.Length, finding.Verdict, finding.Property, finding.Expected, finding.Suggestion);
        if (finding.Verdict == Verdict.Supported)
        {
            findings.Add(finding);
            return;
        }

        if (!_groups.TryGetValue(key, out var group))
        {
            _groups.Add(key, new Group(findings.Count, finding.Message));
            findings.Add(finding);
            return;
        }

        // The subjects are what the messages start with before the words they share: names only ("Sweden", "North
        // Macedonia", "The Netherlands"); messages that differ anywhere else tell of different facts and stay apart.
        var first = group.Subjects.Count == 0 ? group.Message : null;
        var suffix = group.Subjects.Count == 0 ? SharedEnd(group.Message, finding.Message) : group.Remainder;
        if (suffix is null || !finding.Message.EndsWith(suffix, StringComparison.Ordinal))
        {
            findings.Add(finding);
            return;
        }

        var subject = finding.Message.Substring(0, finding.Message.Length - suffix.Length);
        if (!IsName(subject) || group.Subjects.Exists(s => s.Subject == subject))
        {
            findings.Add(finding);
            return;
        }

        if (first is not null)
        {
            var firstSubject = first.Substring(0, first.Length - suffix.Length);
            if (!IsName(firstSubject))
            {
                findings.Add(finding);
                return;
            }

            group.Remainder = suffix;
            group.Subjects.Add((PositionOf(text, firstSubject, finding.Span.Start), firstSubject));
        }

        group.Subjects.Add((PositionOf(text, subject, finding.Span.Start), subject));
        group.Subjects.Sort((a, b) => a.Position.CompareTo(b.Position));
        findings[group.Index] = findings[group.Index] with { Message = Joined(group.Subjects) + Plural(group.Remainder!) };
    }

    // The longest end two messages share that starts at a word (" joined the European Union on 1 January 1995, not in
    // 1994"), or null when it is not most of the message.
    private static string? SharedEnd(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[a.Length - 1 - n] == b[b.Length - 1 - n])
        {
            n++;
        }

        // Back to the space that starts a word, so the subjects are whole words.
        while (n > 0 && a[a.Length - n] != ' ')
        {
            n--;
        }

        return n >= 12 ? a.Substring(a.Length - n) : null;
    }

    // A subject is a name: one to four words, each starting with a capital letter.
    private static bool IsName(string subject)
    {
        var words = subject.Split(' ');
        if (words.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    // Where the text names the subject last before the claim: subjects are listed in the order the sentence gives them.
    private static int PositionOf(string text, string subject, int before)
    {
        var name = subject.StartsWith("The ", StringComparison.Ordinal) ? subject.Substring(4) : subject;
        var at = text.LastIndexOf(name, Math.Min(before, text.Length - 1), StringComparison.OrdinalIgnoreCase);
        return at < 0 ? int.MaxValue : at;
    }

    private static string Joined(List<(int Position, string Subject)> subjects)
    {
        var names = new string[subjects.Count];
        for (var i = 0; i < names.Length; i++)
        {
            // "The" starts the message only; inside a list the article is lower case ("Austria and the Netherlands").
            names[i] = i > 0 && subjects[i].Subject.StartsWith("The ", StringComparison.Ordinal) ? "the " + subjects[i].Subject.Substring(4) : subjects[i].Subject;
        }

        return names.Length == 2 ? names[0] + " and " + names[1] : string.Join(", ", names, 0, names.Length - 1) + " and " + names[^1];
    }

    // The verb after several subjects: "is" reads "are", "has" reads "have", "was" reads "were".
    private static string Plural(string remainder)
        => remainder.StartsWith(" is ", StringComparison.Ordinal) ? " are " + remainder.Substring(4)
            : remainder.StartsWith(" has ", StringComparison.Ordinal) ? " have " + remainder.Substring(5)
            : remainder.StartsWith(" was ", StringComparison.Ordinal) ? " were " + remainder.Substring(5)
            : remainder;
}
