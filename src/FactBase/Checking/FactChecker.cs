using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Findings;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Rules;
using FactBase.Checking.Rules.EntityName;
using FactBase.Checking.Rules.Role;
using FactBase.Checking.Sentences;
using FactBase.Checking.Structure;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking;

/// <summary>
/// Checks articles against a knowledge base: document → sentences → mentions → claims → verdicts → findings.
/// </summary>
/// <remarks>Build one per knowledge base and reuse it; <see cref="Check"/> is thread-safe.</remarks>
public sealed class FactChecker
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly VocabularyIndex _vocabulary;
    private readonly MentionFinder _mentions;
    private readonly MisspellingDetector _misspellings;
    private readonly ReferenceResolver _references;
    private readonly ListItemReader _lists;
    private readonly OfficeListReader _officeLists;
    private readonly TableReader _tables;
    private readonly IClaimExtractor[] _extractors;
    private readonly ClaimVerifier _verifier;

    private static readonly IReadOnlyList<NameMatch> NoNames = Array.Empty<NameMatch>();

    // For checks without supported findings: leaves supported verdicts' messages unformatted (they are dropped).
    private readonly ClaimVerifier _quietVerifier;

    // The same two, writing ISO dates (--date-style iso).
    private readonly ClaimVerifier _isoVerifier;
    private readonly ClaimVerifier _quietIsoVerifier;

    /// <summary>Prepares a checker: indexes the names and the vocabulary of <paramref name="knowledgeBase"/>.</summary>
    /// <param name="knowledgeBase">The facts to check against.</param>
    public FactChecker(KnowledgeBase knowledgeBase)
    {
        _knowledgeBase = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));
        _vocabulary = new VocabularyIndex(knowledgeBase);
        var names = PrebuiltNameIndexes.For(knowledgeBase);
        _mentions = new MentionFinder(names, _vocabulary);
        _misspellings = new MisspellingDetector(names, _vocabulary);
        _references = new ReferenceResolver(ReferenceNounIndex.Of(knowledgeBase), knowledgeBase, _vocabulary);
        _lists = new ListItemReader(_vocabulary);
        _officeLists = new OfficeListReader(_vocabulary, _knowledgeBase);
        _tables = new TableReader(_vocabulary);
        _extractors = Extractors();
        _verifier = new ClaimVerifier(knowledgeBase);
        _quietVerifier = new ClaimVerifier(knowledgeBase, supportedMessages: false);
        _isoVerifier = new ClaimVerifier(knowledgeBase, supportedMessages: true, DateStyle.Iso);
        _quietIsoVerifier = new ClaimVerifier(knowledgeBase, supportedMessages: false, DateStyle.Iso);
    }

    /// <summary>The knowledge base checked against.</summary>
    public KnowledgeBase KnowledgeBase => _knowledgeBase;

    /// <summary>Checks a document as of a date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The date claims are checked at unless the text names another time.</param>
    /// <param name="options">Reporting options.</param>
    /// <returns>The findings.</returns>
    public CheckResult Check(Document document, FactDate asOf, CheckOptions? options = null)
    {
        options ??= new CheckOptions();
        // The document's tokens, which its sentences view; the storage goes back to the pool when the check ends (no
        // sentence, claim or finding outlives it: findings copy their text from the document).
        var capacity = TokenCapacity(document.Blocks);
        using var tokens = TokenBuffer.Rent(capacity);
        var sentences = new List<Sentence>((capacity / 16) + 4); // a sentence of news prose is about 80 characters, 16 tokens
        var blockEnds = new List<int>(document.Blocks.Count); // the sentence count after each block: the paragraphs
        var paragraphStarts = new List<int>(document.Blocks.Count); // the first sentence of each block
        foreach (var block in document.Blocks)
        {
            paragraphStarts.Add(sentences.Count);
            SentenceSplitter.Split(document.Prose, block, sentences, tokens);
            blockEnds.Add(sentences.Count);
        }

        // First pass: the entities the document names anywhere, which decide what a misspelling or a bare surname means.
        // On the way, the tokens the misspelling and back-reference passes can act on (FirstPassSummary), in a pooled array:
        // every item below the sentence count is written here before it is read.
        var names = new List<NameMatch>?[sentences.Count];
        var summaries = ArrayPool<FirstPassSummary>.Shared.Rent(sentences.Count);
        var state = new DocumentMentionState { Prose = document.Prose, Sentences = sentences, AsOf = asOf };
        var named = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            names[s] = _mentions.CollectNames(sentences[s].Tokens, state, out summaries[s]);
            named += names[s]?.Count ?? 0;
        }

        // Each mention the document reads is remembered once: about one per name found, plus the back-references. Sized
        // once, the list does not grow by doubling (docs/performance.md).
        state.Salience.Capacity = Math.Max(state.Salience.Capacity, named + (named / 4) + 4);

        // The time of every sentence that names none (most): one object per document, not per sentence; and the time the
        // narrative is in at each sentence, which a time named at the start of a sentence sets for the rest of its paragraph.
        var undated = TimeContextReader.Undated(asOf);
        var carried = NarrativeTimes(sentences, paragraphStarts, summaries, asOf);
        var claims = new List<Claim>();
        var paragraph = 0;
        var list = new ListContext();
        List<Mention>? tableMentions = null; // the entities named so far in the table being read, if any
        for (var s = 0; s < sentences.Count; s++)
        {
            while (blockEnds[paragraph] <= s)
            {
                paragraph++;
            }

            state.Sentence = s;
            state.Paragraph = paragraph;
            state.LastMentions = null;
            var table = paragraphStarts[paragraph] == s && TableReader.IsTable(document.Original, document.Blocks[paragraph]) ? new List<Mention>() : tableMentions;
            tableMentions = table;
            var firstOfSentence = claims.Count;
            ExtractClaims(sentences[s], names[s], summaries[s], new SentenceTime(undated, carried?[s]), state, claims);
            if (table is null)
            {
                ReadListItem(document, paragraph, sentences[s], state.LastMentions, state, ref list, claims, firstOfSentence);
                continue;
            }

            // A pipe table: its rows are read together once its last sentence is, under the sentence before it.
            if (state.LastMentions is { } inTable)
            {
                table.AddRange(inTable);
            }

            if (s + 1 == blockEnds[paragraph])
            {
                _tables.Read(document.Original, document.Blocks[paragraph], table, list.BeforeMentions, accept => OrganizationInContext.Find(state, accept, paragraphOnly: false), claims);
                tableMentions = null;
            }
        }

        ArrayPool<FirstPassSummary>.Shared.Return(summaries);
        var findings = new List<Finding>();
        SharedSpanFindings? shared = null;
        List<(Finding, Claim)>? errors = null;
        var seen = new HashSet<(string, int, int, string?)>();
        var verifier = options.DateStyle == DateStyle.Iso
            ? (options.IncludeSupported ? _isoVerifier : _quietIsoVerifier)
            : (options.IncludeSupported ? _verifier : _quietVerifier);
        foreach (var claim in claims)
        {
            if (!seen.Add((claim.Rule, claim.Span.Start, claim.Span.Length, claim.SharedBy)) || verifier.Verify(claim) is not { } verdict)
            {
                continue;
            }

            if (claim.ConfirmOnly && verdict.Verdict != Verdict.Supported)
            {
                continue;
            }

            var severity = SeverityOf(claim.Rule, verdict.Verdict, options);
            if (severity is null || (verdict.Verdict == Verdict.Supported && !options.IncludeSupported))
            {
                continue;
            }

            var (line, column) = document.GetLineColumn(claim.Span.Start);
            var (endLine, endColumn) = document.GetLineColumn(claim.Span.End);
            if (document.IsSuppressed(claim.Rule, line))
            {
                continue;
            }

            var finding = new Finding(
                claim.Rule,
                verdict.Verdict,
                severity.Value,
                claim.Span,
                line,
                column,
                endLine,
                endColumn,
                document.Original.Substring(claim.Span.Start, claim.Span.Length),
                verdict.Message,
                verdict.Expected,
                verdict.Suggestion,
                verdict.Entity.Id,
                verdict.Property,
                SourceUrls(verdict.Entity),
                verdict.FactLocation,
                BackingSource.Of(verdict.Entity, verdict.Property, verdict.FactLocation));
            if (verdict.Verdict == Verdict.Supported)
            {
                findings.Add(finding);
            }
            else
            {
                // Made only for a document with an error, which most are not.
                (shared ??= new SharedSpanFindings()).Add(findings, finding, document.Original);
                (errors ??= new List<(Finding, Claim)>()).Add((finding, claim));
            }
        }

        if (errors is { Count: > 1 })
        {
            WrongTimeFindings.Remove(findings, errors, sentences, (claim, time) => WrongTimeFindings.At(claim, time) is { } retimed && verifier.Verify(retimed) is { Verdict: Verdict.Supported });
        }

        findings.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Rule, b.Rule));
        return new CheckResult(asOf, seen.Count, findings);
    }

    private void ExtractClaims(Sentence sentence, List<NameMatch>? names, in FirstPassSummary summary, SentenceTime undated, DocumentMentionState state, List<Claim> claims)
    {
        var corrections = _misspellings.Detect(sentence.Tokens, state, names ?? NoNames, summary);
        if (corrections is null)
        {
            // The first pass's names hold for the text as written; the claims go straight into the document's list.
            Extract(sentence, null, undated, state, names ?? NoNames, claims, remember: true, summary.ReferenceStarts);
            return;
        }

        // Read on as if spelled right, so "the 75-year-old NATA" is still checked as an age of NATO: a copy of the tokens
        // with the corrected texts, looked up afresh (only such sentences pay for a copy).
        var readAs = TokenArrays.Of(sentence.Tokens).ToArray();
        foreach (var (index, candidate, _) in corrections)
        {
            readAs[index] = readAs[index] with { Text = candidate.Word };
        }

        var extracted = Extract(sentence, readAs, undated, state, null, remember: true);
        foreach (var (index, candidate, certain) in corrections)
        {
            var token = sentence.Tokens[index];
            if (!certain && !IsBackedByClaims(sentence, readAs, index, undated, state, extracted))
            {
                // A word one letter off a name the document uses (NATS or NAFO for NATO, Germans for Germany,
                // Victor for Viktor) is more often a word of its own than a typo: only a claim backs it.
                continue;
            }

            claims.Add(new NameClaim(new TextSpan(token.Span.Start, token.Text.Length), candidate.Entity, token.Text, candidate.Word));
        }

        if (extracted is not null)
        {
            claims.AddRange(extracted);
        }
    }

    /// <summary>The claims of a sentence, appended to <paramref name="into"/> (a new list if none is given); <see langword="null"/>
    /// when the sentence names no entity.</summary>
    private List<Claim>? Extract(Sentence sentence, Token[]? readAs, SentenceTime undated, DocumentMentionState state, IReadOnlyList<NameMatch>? known, List<Claim>? into = null, bool remember = false, ulong referenceStarts = ulong.MaxValue)
    {
        // `remember`: the sentence's mentions become candidates for later back-references once per sentence (the reading
        // that counts, not the trial readings of a misspelling). `referenceStarts`: the tokens of the text as written that
        // may start a back-reference (FirstPassSummary); a corrected copy is read whole.
        var mentions = _references.Resolve(readAs ?? sentence.Tokens, _mentions.Find(sentence.Tokens, state, known, readAs), state, referenceStarts);
        if (remember)
        {
            ReferenceResolver.Remember(mentions, state);
            state.LastMentions = mentions;
        }

        if (mentions is null)
        {
            // Every claim is about an entity the sentence names, so a sentence that names none has nothing to check:
            // about half the sentences of news prose, which skip the time context and every extractor. Except a group
            // of members counted in a text that has named an organization ("The remaining 26 members hope ..."): read
            // with no mentions, which only the count rule's context reading uses.
            // Or an age after a surname the text never gives in full ("Stoltenberg, 64,").
            // And a title before a word no one known carries, which may be a misspelled surname ("Prime Minister Petteri
            // Orppo"), whatever came before.
            // Each gate needs a class or a cue some token of the sentence has (a number, a verb or a title of the
            // vocabulary), so the sentence's summary, read from the words' notes (TokenNotes), turns most sentences away
            // before any gate looks at a word.
            var written = readAs ?? sentence.Tokens;
            var summary = TokenNotes.Read(written, _vocabulary, out var marks, out var offset);
            if ((state.Salience.Count == 0 || !MayReadUnnamed(written, summary))
                && ((summary.Cues & TokenCues.Title) == 0
                    || !Rules.EntityName.PersonNameClaimExtractor.MayStart(TokenArrays.Of(written), marks.AsSpan(offset, written.Count), _vocabulary)))
            {
                return null;
            }

            mentions = new List<Mention>();
        }

        var context = new SentenceContext(sentence, mentions, undated.Undated, undated.Carried, _knowledgeBase, _vocabulary) { Document = state };
        var claims = into ?? new List<Claim>();
        for (var e = 0; e < _extractors.Length; e++)
        {
            // Index loop over the array: no enumerator per sentence (docs/performance.md).
            claims.AddRange(_extractors[e].Extract(context));
        }

        // Clauses attached to a mention, read apart ("X, the first ..., died aged 97"; "X, elected in 2016,").
        Clauses.ClauseReadings.Extract(context, _extractors, claims);
        return claims;
    }

    // A count of a group, a dated fact of someone described, an age after a lone surname or a description: each needs a
    // number (in digits for the ages) or a verb of the vocabulary.
    private bool MayReadUnnamed(IReadOnlyList<Token> written, SentenceSummary summary)
    {
        var tokens = TokenArrays.Of(written);
        return ((summary.Classes & TokenClass.Number) != 0 && GroupCount.MayStart(written))
               || ((summary.Cues & TokenCues.Verb) != 0 && Rules.Date.UnnamedSubjectReader.MayStart(tokens, _vocabulary))
               || ((summary.Classes & TokenClass.Digits) != 0 && (Rules.Age.LoneSurnameAge.MayStart(tokens, _knowledgeBase) || Rules.Age.DescribedPersonAge.MayStart(tokens)));
    }

    // What a list item is read under: the last sentence before the list, and the lead-in it makes (worked out when the
    // first item comes, so documents without lists never pay for it).
    private struct ListContext
    {
        public Sentence? Before;
        public List<Mention>? BeforeMentions;
        public bool LeadInRead;
        public (Entity Organization, PropertyDefinition Property, FactDate? Date)? LeadIn;
        public OfficeRef? Office;
    }

    private void ReadListItem(Document document, int paragraph, Sentence sentence, List<Mention>? mentions, DocumentMentionState state, ref ListContext list, List<Claim> claims, int firstOfSentence)
    {
        if (!ListItemReader.IsListItem(document.Original, document.Blocks[paragraph]))
        {
            list = new ListContext { Before = sentence, BeforeMentions = mentions };
            return;
        }

        if (!list.LeadInRead)
        {
            list.LeadInRead = true;
            list.LeadIn = list.Before is { } before ? _lists.LeadIn(before.Tokens, list.BeforeMentions, OrganizationFinder(state)) : null;
            list.Office = list.Before is { } lead && list.LeadIn is null ? _officeLists.LeadIn(lead.Tokens, list.BeforeMentions) : null;
        }

        if (list.Office is { } office)
        {
            _officeLists.Item(sentence.Tokens, mentions, office, claims, firstOfSentence);
        }

        if (list.LeadIn is { } leadIn && _lists.Item(sentence.Tokens, mentions, leadIn.Organization, leadIn.Property, leadIn.Date) is { } claim)
        {
            claims.Add(claim);
        }
    }

    // The lambda lives here, not in ReadListItem: one over ReadListItem's parameter would allocate its closure on entry, for
    // every sentence of every document, list or not (docs/performance.md).
    private static Func<Func<Entity, bool>, Entity?> OrganizationFinder(DocumentMentionState state)
        => accept => OrganizationInContext.Find(state, accept, paragraphOnly: false);

    /// <summary>
    /// The context of each sentence that names no time while the narrative of its paragraph is at one (a time named at the
    /// start of an earlier sentence: "In 2019, ...", or in the sentence before: "His best year came in 2003.",
    /// <see cref="NarrativeTimeline"/>); <see langword="null"/> when no sentence of the document has one.
    /// </summary>
    /// <remarks>Shares one context among the sentences a time governs.</remarks>
    private static TimeContext?[]? NarrativeTimes(List<Sentence> sentences, List<int> paragraphStarts, FirstPassSummary[] summaries, FactDate asOf)
    {
        TimeContext?[]? carried = null;
        var timeline = new NarrativeTimeline(asOf);
        var paragraph = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var starts = false;
            while (paragraph < paragraphStarts.Count && paragraphStarts[paragraph] <= s)
            {
                starts = true;
                paragraph++;
            }

            if (starts)
            {
                timeline.StartParagraph();
            }

            var last = s + 1 == sentences.Count || (paragraph < paragraphStarts.Count && paragraphStarts[paragraph] == s + 1);
            if (timeline.Next(sentences[s].Tokens, last, summaries[s].HasNumber) is { } carry)
            {
                (carried ??= new TimeContext?[sentences.Count])[s] = carry;
            }
        }

        return carried;
    }

    /// <summary>The time contexts a sentence may take when it names no time: with or without a narrative time in force.</summary>
    private readonly record struct SentenceTime(TimeContext Undated, TimeContext? Carried);

    // The buffer all blocks are tokenized into is sized once for the whole document (about a token per five characters
    // of prose), so it never grows by doubling (docs/performance.md).
    internal static int TokenCapacity(IReadOnlyList<TextSpan> blocks)
    {
        var characters = 0L;
        for (var b = 0; b < blocks.Count; b++)
        {
            characters += blocks[b].Length;
        }

        return (int)Math.Min((characters / 5) + 16, int.MaxValue / 2);
    }

    /// <summary>The extractors of the rules that have one, in catalog order.</summary>
    private static IClaimExtractor[] Extractors()
    {
        var extractors = new List<IClaimExtractor>();
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.Extractor is { } extractor)
            {
                extractors.Add(extractor);
            }
        }

        return extractors.ToArray();
    }

    private static string[] SourceUrls(Entity entity)
    {
        var urls = new string[entity.Sources.Count];
        for (var i = 0; i < urls.Length; i++)
        {
            urls[i] = entity.Sources[i].Url;
        }

        return urls;
    }

    // A correction backed only by the document counts when reading it as the name makes a claim ("the 75-year-old NATA").
    private bool IsBackedByClaims(Sentence sentence, Token[] readAs, int index, SentenceTime undated, DocumentMentionState state, List<Claim>? extracted)
    {
        if (extracted is null)
        {
            return false;
        }

        var written = (Token[])readAs.Clone();
        written[index] = sentence.Tokens[index];
        var without = new HashSet<(string, TextSpan)>((Extract(sentence, written, undated, state, null) ?? new List<Claim>()).Select(c => (c.Rule, c.Span)));
        return extracted.Any(c => !without.Contains((c.Rule, c.Span)));
    }

    private static Severity? SeverityOf(string rule, Verdict verdict, CheckOptions options)
    {
        if (options.RuleSeverities.TryGetValue(rule, out var configured))
        {
            return configured is null ? null : verdict == Verdict.Supported ? Severity.Info : configured;
        }

        return verdict == Verdict.Supported ? Severity.Info : Severity.Error;
    }
}
