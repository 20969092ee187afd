using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// Finds dates stated by a property's verbs: "NATO, founded in 1948", "NATO was established on 4 April 1949",
/// "Founded in 1949, NATO ...", "born in 1946", "declared independence in 1991"; and joining dates of
/// members: "Finland, which joined NATO in 2023", "Sweden became a member of NATO in 2024".
/// </summary>
public sealed class DateClaimExtractor : IClaimExtractor
{
    /// <summary>"X followed Y into NATO": a trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet FollowedWord = new(["followed"]);

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        // Every dated fact is of an entity the sentence names, or of a person it describes ("The former banker, who was
        // born in 1965, ...": UnnamedSubjectReader).
        if (s.Mentions.Count == 0 && !UnnamedSubjectReader.MayStart(s.TokenSpan, s.Vocabulary))
        {
            return Array.Empty<Claim>();
        }

        // What the loop reads at: a verb of marking (before a number), a verb cue, "followed", a noun of joining.
        var marking = s.HasWordOf(YearsSinceReader.MarkingVerbs);
        var joining = s.HasWordOf(NominalJoiningReader.Nouns);
        var entering = s.HasWordOf(EnteringReader.Verbs);
        var independent = s.HasWordOf(IndependentSinceReader.Triggers);
        if (!marking && !joining && !entering && !independent && !s.HasCue(TokenCues.Verb) && !s.HasWordOf(FollowedWord))
        {
            return Array.Empty<Claim>();
        }

        List<Claim>? claims = null; // most sentences state no date: allocate on the first claim only
        if (independent)
        {
            // "Finland, independent since 1917": a date of independence told as a state since.
            IndependentSinceReader.Read(s, ref claims);
        }

        var t = s.TokenSpan; // a span, not the list interface: this loop reads every token
        for (int i = 0, count = t.Length; i < count; i++)
        {
            var cues = s.CuesAt(i);
            if ((cues & TokenCues.Number) != 0 || (marking && i > 0 && t[i].Text.Length is 1 or 3 && s.IsWordAt(i, "one", "a")))
            {
                // "marked 20 years since joining NATO": read only after a verb of marking (checked first inside).
                if (marking)
                {
                    YearsSinceReader.Read(s, i, ref claims);
                }

                if (t[i].Kind == TokenKind.Number || t[i].Text.EndsWith("th", StringComparison.OrdinalIgnoreCase))
                {
                    // "the 25th anniversary of its accession", "the 20th for Bulgaria and Romania" (no verb of marking needed:
                    // "held a dinner on the twentieth anniversary of its entry").
                    JoiningAnniversaryReader.Read(s, i, ref claims);
                }
            }

            if ((cues & TokenCues.Verb) == 0)
            {
                if (t[i].Text.Length == 8 && t[i].IsWord("followed") && s.MentionAt(i) is null)
                {
                    Followed(s, i, ref claims);
                }
                else if (entering && EnteringReader.Verbs.Contains(t[i].Text) && s.MentionAt(i) is null)
                {
                    // "Austria entered the EU in 1995", "were admitted to NATO in 2004", "NATO admitted Montenegro in 2017".
                    EnteringReader.Read(s, i, ref claims);
                }
                else if (joining && NominalJoiningReader.IsJoiningNoun(t[i]) && NominalJoiningReader.Read(s, i, (c, k) => JoinTimeAfter(c, k), EndsClause) is { } nominal)
                {
                    // "Finland's entry on 4 April 2023", "the accession of Croatia in 2013".
                    (claims ??= new List<Claim>()).Add(nominal);
                }

                continue; // the cheap test: no verb starts here
            }

            var (length, properties) = s.Vocabulary.MatchVerb(t, i);
            if (length == 0 || s.MentionAt(i) is not null)
            {
                continue;
            }

            var dateProperties = OfKind(properties, PropertyKind.Date);
            if (dateProperties is not null)
            {
                DatedFacts(s, i, length, dateProperties, ref claims);
            }

            var memberProperties = OfKind(properties, PropertyKind.Members);
            if (memberProperties is not null)
            {
                JoinDates(s, i, length, memberProperties, ref claims);
            }

            i += length - 1;
        }

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    /// <summary>The properties of one kind, in order, or <see langword="null"/> for none.</summary>
    private static List<PropertyDefinition>? OfKind(IReadOnlyList<PropertyDefinition> properties, PropertyKind kind)
    {
        List<PropertyDefinition>? found = null;
        for (var i = 0; i < properties.Count; i++)
        {
            var p = properties[i];
            if (p.Kind == kind)
            {
                (found ??= new List<PropertyDefinition>()).Add(p);
            }
        }

        return found;
    }

    // One claim per coordinated subject: "Estonia and Latvia, which declared independence in 1991".
    private static void DatedFacts(SentenceContext s, int verb, int length, List<PropertyDefinition> properties, ref List<Claim>? claims)
    {
        if (DatedFact(s, verb, length, properties) is not { } claim)
        {
            return;
        }

        var others = SubjectBefore(s, verb, e => e.Id == claim.Subject.Id) is { } subject ? ConjunctsBefore(s, subject) : null;
        if (others is { Count: > 0 } && IsRespective(s, verb))
        {
            // "Estonia and Ukraine declared independence in 1991 and 1990 respectively": the reader pairs them.
            return;
        }

        (claims ??= new List<Claim>()).Add(claim);
        if (others is not null)
        {
            foreach (var other in others)
            {
                if (properties.FirstOrDefault(p => other.Entity.GetFact(p.Name)?.Date is not null) is { } property)
                {
                    claims.Add(new DateClaim(claim.Span, other.Entity, property, claim.Claimed) { SharedBy = other.Entity.Id, Reading = claim.Reading });
                }
            }
        }
    }

    private static DateClaim? DatedFact(SentenceContext s, int verb, int length, List<PropertyDefinition> properties)
    {
        // A date written out, else a time relative to the article or the narrative that ends the clause ("Kofi Annan, who
        // died two years ago, ...").
        var date = JoinTimeAfter(s, verb + length);
        if (date is null || (date.Value.Reading != TimeReading.Stated && !EndsClause(s, date.Value.End)))
        {
            return null;
        }

        PropertyDefinition? Has(Entity e) => properties.FirstOrDefault(p => e.GetFact(p.Name)?.Date is not null);

        var subject = SubjectBefore(s, verb, e => Has(e) is not null);

        // "Founded in 1949, NATO ..." / "Founded in 1948, the EU ...": the subject follows the participle phrase.
        if (subject is null && verb == 0 && OpeningPhraseComma(s, date.Value.End) is { } comma
            && s.MentionStartingAt(SkipDeterminer(s, PastApposition(s, comma + 1))) is { } after && Has(after.Entity) is not null)
        {
            subject = after;
        }

        if (subject is null)
        {
            // "Born in Southampton on 12 May 1980, he ...", "The 42-year-old historian, who was born in 1983, ...".
            return UnnamedSubjectReader.Read(s, verb, date.Value, properties);
        }

        return new DateClaim(SpanOf(s.Tokens, date.Value.First, date.Value.End - 1), subject.Entity, Has(subject.Entity)!, date.Value.Date) { Reading = date.Value.Reading };
    }

    /// <summary>The token after a short description set off by commas at <paramref name="k"/> ("Born in Wuppertal in 1930,
    /// the son of a preacher, Rau left school": the subject comes after it), else <paramref name="k"/>. The description
    /// opens with "the", "a" or "an" and holds at most seven words, none a name or a clause word.</summary>
    internal static int PastApposition(SentenceContext s, int k)
    {
        const int Reach = 8;
        if (!s.IsWordAt(k, "the", "a", "an"))
        {
            return k;
        }

        for (var j = k + 1; j < s.TokenSpan.Length && j <= k + Reach; j++)
        {
            var token = s.TokenSpan[j];
            if (token.Is(','))
            {
                return j > k + 1 ? j + 1 : k;
            }

            if (token.Kind != TokenKind.Word || s.MentionAt(j) is not null || ClauseWords.Contains(token.Text))
            {
                return k;
            }
        }

        return k;
    }

    /// <summary>Words that make a phrase a clause of its own.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "that", "and", "but", "when", "while", "was", "is", "were", "are", "had", "has", "have",
    };

    /// <summary>The comma that ends a participle phrase opening the sentence, at or shortly after the end of its date:
    /// "Born in Cairo in 1922," and "Born in Cairo in 1922 into a Coptic family,"; <see langword="null"/> when a name, other
    /// punctuation or a clause word stands before the comma.</summary>
    internal static int? OpeningPhraseComma(SentenceContext s, int end)
    {
        const int Reach = 6; // a short phrase ("into a prominent Coptic family"), not a clause
        for (var k = end; k < s.TokenSpan.Length && k <= end + Reach; k++)
        {
            var token = s.TokenSpan[k];
            if (token.Is(','))
            {
                return k;
            }

            if (token.Kind != TokenKind.Word || s.MentionAt(k) is not null
                || token.IsWord("who") || token.IsWord("which") || token.IsWord("and") || token.IsWord("but") || token.IsWord("when"))
            {
                return null;
            }
        }

        return null;
    }

    // "Finland joined NATO in 2023"; one claim per coordinated member ("Estonia, Latvia and Lithuania, which joined NATO
    // in 2004") and per coordinated organisation ("joined NATO and the EU in 2004").
    internal static void JoinDates(SentenceContext s, int verb, int length, List<PropertyDefinition> properties, ref List<Claim>? claims)
    {
        if (s.MentionStartingAt(SkipDeterminer(s, verb + length)) is not { } organization || MembersOf(organization.Entity, properties) is null)
        {
            ImplicitJoinDate(s, verb, length, properties, ref claims);
            return;
        }

        var organizations = new List<Mention> { organization };
        var last = organization;
        if (s.IsWordAt(last.End, "and") && s.MentionStartingAt(SkipDeterminer(s, last.End + 1)) is { IsPossessive: false } second
            && second.Kind != MentionKind.Adjective && MembersOf(second.Entity, properties) is not null)
        {
            organizations.Add(second);
            last = second;
        }

        var date = JoinTimeAfter(s, last.End);
        if (date is null)
        {
            return;
        }

        // "Finland and Sweden joined NATO in 2023 and 2024 respectively" pairs the parts one by one.
        var respective = IsRespective(s, verb);
        var span = SpanOf(s.Tokens, date.Value.First, date.Value.End - 1);
        foreach (var joined in organizations)
        {
            var property = MembersOf(joined.Entity, properties)!;
            if ((SubjectBefore(s, verb, e => e.Id != joined.Entity.Id) ?? ItSubject(s, verb, joined.Entity, property)) is not { } member)
            {
                if (organizations.Count == 1 && DescribedJoiner.Read(s, verb, joined.Entity, property, date.Value.Date, span, date.Value.Reading) is { } described)
                {
                    (claims ??= new List<Claim>()).Add(described);
                }
                else if (organizations.Count == 1 && PairedJoiners.Read(s, verb, joined.Entity.GetFact(property.Name)!.Timeline) is var (one, two))
                {
                    // "Both countries joined NATO in 2004": the two countries told of just before, each a joining.
                    (claims ??= new List<Claim>()).Add(new JoinDateClaim(span, one, joined.Entity, property, date.Value.Date) { SharedBy = one.Id + "/" + joined.Entity.Id, Reading = date.Value.Reading });
                    claims.Add(new JoinDateClaim(span, two, joined.Entity, property, date.Value.Date) { SharedBy = two.Id + "/" + joined.Entity.Id, Reading = date.Value.Reading });
                }

                continue;
            }

            var others = ConjunctsBefore(s, member);
            if (respective && (others.Count > 0 || organizations.Count > 1))
            {
                // Which date goes with which member is for the reader to pair: stay silent.
                return;
            }

            var shared = joined == organization ? null : member.Entity.Id + "/" + joined.Entity.Id;
            (claims ??= new List<Claim>()).Add(new JoinDateClaim(span, member.Entity, joined.Entity, property, date.Value.Date) { SharedBy = shared, Reading = date.Value.Reading });
            foreach (var other in others)
            {
                if (other.Entity.Id != joined.Entity.Id)
                {
                    claims.Add(new JoinDateClaim(span, other.Entity, joined.Entity, property, date.Value.Date) { SharedBy = other.Entity.Id + "/" + joined.Entity.Id, Reading = date.Value.Reading });
                }
            }

            if (organizations.Count == 1 && !respective)
            {
                var members = new List<Mention>(others.Count + 1) { member };
                members.AddRange(others);
                Continuation(s, date.Value.End, date.Value.Date, members, joined.Entity, property, properties, ref claims);
            }
        }
    }

    // What a joining sentence goes on to say with its verb left out: "... in 2007 and Croatia in 2013" (another member,
    // another date), "joined NATO in 1999 and the European Union five years later" (another organization, a time counted
    // from the first).
    private static void Continuation(SentenceContext s, int k, FactDate first, List<Mention> members, Entity organization, PropertyDefinition property, List<PropertyDefinition> properties, ref List<Claim>? claims)
    {
        if (!s.IsWordAt(k, "and") || s.MentionStartingAt(SkipDeterminer(s, k + 1)) is not { IsPossessive: false, Kind: MentionKind.Name } next)
        {
            return;
        }

        var timeline = organization.GetFact(property.Name)!.Timeline;
        if (next.Entity.Id != organization.Id && timeline.Any(e => e.Value == next.Entity.Id) && DateRightAfter(s, next.End) is { } gapped
            && EndsClause(s, gapped.End))
        {
            (claims ??= new List<Claim>()).Add(new JoinDateClaim(SpanOf(s.Tokens, gapped.First, gapped.End - 1), next.Entity, organization, property, gapped.Date));
            return;
        }

        if (MembersOf(next.Entity, properties) is { } second && next.Entity.Id != organization.Id && JoinTimeAfter(s, next.End, first) is { } time
            && EndsClause(s, time.End))
        {
            var span = SpanOf(s.Tokens, time.First, time.End - 1);
            foreach (var member in members)
            {
                if (member.Entity.Id != next.Entity.Id)
                {
                    (claims ??= new List<Claim>()).Add(new JoinDateClaim(span, member.Entity, next.Entity, second, time.Date) { SharedBy = member.Entity.Id + "/" + next.Entity.Id, Reading = time.Reading });
                }
            }
        }
    }

    // "Bulgaria and Romania followed in 2007": members joining after those the text has just told of joining the
    // organization the sentence, paragraph or document is about; "and Croatia in 2013" may follow.
    private static void Followed(SentenceContext s, int verb, ref List<Claim>? claims)
    {
        // The time ends the clause ("followed in 2007.", "followed in 2007, and"): "followed in 2017 with a law" is another sense.
        if (JoinTimeAfter(s, verb + 1) is not { } date || !(s.TokenAt(date.End) is not { } after || after.Kind == TokenKind.Punctuation || after.IsWord("and"))
            || !JoiningTold(s, verb))
        {
            return;
        }

        var properties = new List<PropertyDefinition>();
        foreach (var p in s.Vocabulary.MemberProperties)
        {
            if (p.Kind == PropertyKind.Members)
            {
                properties.Add(p);
            }
        }

        if (JoinsOfContextOrganization(s, verb, properties, date, ref claims) is { } joined)
        {
            Continuation(s, date.End, date.Date, joined.Members, joined.Organization, joined.Property, properties, ref claims);
        }
    }

    /// <summary>Words that tell of members joining, which "followed" continues.</summary>
    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "joined", "join", "joining", "accession", "acceded", "enlargement", "admitted", "members", "member",
    };

    /// <summary>Whether this sentence before <paramref name="verb"/>, or the one before it, tells of members joining.</summary>
    private static bool JoiningTold(SentenceContext s, int verb)
    {
        for (var i = 0; i < verb; i++)
        {
            if (s.IsWordAt(i, JoiningWords))
            {
                return true;
            }
        }

        if (s.Document is not { Sentences: { } sentences } document || document.Sentence == 0)
        {
            return false;
        }

        foreach (var token in sentences[document.Sentence - 1].Tokens)
        {
            if (token.Kind == TokenKind.Word && JoiningWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    // "Finland, which joined two years ago", "Sweden joined on Thursday": the verb and a time with no organization after
    // it, in a sentence or paragraph about one organization with members. Only members that organization has had are
    // read (the subject may have joined something else: "Zelensky joined on Thursday").
    private static void ImplicitJoinDate(SentenceContext s, int verb, int length, List<PropertyDefinition> properties, ref List<Claim>? claims)
    {
        var at = verb + length;
        if (s.TokenAt(at) is not { Kind: TokenKind.Word } next || s.MentionAt(at) is not null || !(next.IsWord("in") || next.IsWord("on") || RelativeTime.IsAnchor(next) || next.IsWord("a") || next.IsWord("the") || (s.CuesAt(at) & TokenCues.Number) != 0))
        {
            return;
        }

        if (JoinTimeAfter(s, at) is not { } date || IsRespective(s, verb) || !EndsClause(s, date.End))
        {
            // "Poland joined in 2003 the coalition in Iraq": what it joined comes after the time.
            return;
        }

        JoinsOfContextOrganization(s, verb, properties, date, ref claims);
    }

    // The joining the verb tells of when no organization follows it: the one organization with members the sentence,
    // else the paragraph or document, is about; the member before the verb and those coordinated with it ("Bulgaria and
    // Romania"), one claim each. Null, and no claim, when the organization or the subject is unclear.
    private static (Entity Organization, PropertyDefinition Property, List<Mention> Members)? JoinsOfContextOrganization(
        SentenceContext s, int verb, List<PropertyDefinition> properties, (FactDate Date, int First, int End, TimeReading Reading) date, ref List<Claim>? claims)
    {
        var organization = SoleMembersOrganization(s, properties, out var several);
        if (several)
        {
            return null;
        }

        organization ??= s.OrganizationInContext(e => MembersOf(e, properties) is not null);
        if (organization is null || MembersOf(organization, properties) is not { } property)
        {
            return null;
        }

        var timeline = organization.GetFact(property.Name)!.Timeline;
        bool WasMember(Entity e) => e.Id != organization.Id && timeline.Any(entry => entry.Value == e.Id);
        if (SubjectBefore(s, verb, WasMember) is not { } member)
        {
            // "Seven countries joined that day: Bulgaria, Estonia, ... and Slovenia.": the members the colon lists.
            if (ColonList.Read(s, verb, date.End, WasMember) is not { } listed)
            {
                return null;
            }

            var listSpan = SpanOf(s.Tokens, date.First, date.End - 1);
            foreach (var each in listed)
            {
                (claims ??= new List<Claim>()).Add(new JoinDateClaim(listSpan, each.Entity, organization, property, date.Date) { SharedBy = each.Entity.Id + "/" + organization.Id, Reading = date.Reading });
            }

            return (organization, property, listed);
        }

        var span = SpanOf(s.Tokens, date.First, date.End - 1);
        var members = new List<Mention> { member };
        (claims ??= new List<Claim>()).Add(new JoinDateClaim(span, member.Entity, organization, property, date.Date) { Reading = date.Reading });
        foreach (var other in ConjunctsBefore(s, member))
        {
            if (WasMember(other.Entity))
            {
                members.Add(other);
                claims.Add(new JoinDateClaim(span, other.Entity, organization, property, date.Date) { SharedBy = other.Entity.Id + "/" + organization.Id, Reading = date.Reading });
            }
        }

        return (organization, property, members);
    }

    /// <summary>Words that may stand between "it" and its verb ("it had joined", "it formally joined").</summary>
    private static readonly HashSet<string> ItFillers = new(StringComparer.OrdinalIgnoreCase) { "had", "has", "formally", "finally", "officially", "first", "eventually", "only" };

    /// <summary>"the United Kingdom left the EU, ending a membership that began when it joined the bloc in 1975": "it"
    /// right before the verb stands for the one entity named earlier in the sentence that has been a member of the
    /// organization; none or two, and it stays unread.</summary>
    private static Mention? ItSubject(SentenceContext s, int verb, Entity organization, PropertyDefinition property)
    {
        var k = verb - 1;
        while (k > 0 && s.IsWordAt(k, ItFillers))
        {
            k--;
        }

        if (!s.IsWordAt(k, "it"))
        {
            return null;
        }

        var timeline = organization.GetFact(property.Name)!.Timeline;
        Mention? one = null;
        foreach (var m in s.Mentions)
        {
            if (m.End > k)
            {
                break;
            }

            if (m.Kind is MentionKind.Adjective or MentionKind.Surname || m.Entity.Type == EntityType.Person || m.Entity.Id == organization.Id
                || !timeline.Any(e => e.Value == m.Entity.Id))
            {
                continue;
            }

            if (one is not null && one.Entity.Id != m.Entity.Id)
            {
                return null;
            }

            one = m;
        }

        return one;
    }

    /// <summary>Words after which a time ends what was joined: punctuation, the end, or a new clause or phrase.</summary>
    private static readonly HashSet<string> ClauseAfterTime = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "as", "after", "alongside", "with", "becoming", "bringing", "taking", "making", "following", "when",
        "while", "in", "on", "at", "to", "than",
    };

    private static bool EndsClause(SentenceContext s, int end) => EndsClauseAt(s, end);

    /// <summary>Whether the clause ends at <paramref name="end"/>: punctuation, the end, or a new clause or phrase.</summary>
    internal static bool EndsClauseAt(SentenceContext s, int end)
        => s.TokenAt(end) is not { } next || next.Kind == TokenKind.Punctuation || (next.Kind == TokenKind.Word && ClauseAfterTime.Contains(next.Text));

    /// <summary>The one organization with members of <paramref name="properties"/> the sentence names.</summary>
    private static Entity? SoleMembersOrganization(SentenceContext s, List<PropertyDefinition> properties, out bool several)
    {
        Entity? sole = null;
        several = false;
        foreach (var m in s.Mentions)
        {
            if (m.Kind == MentionKind.Adjective || MembersOf(m.Entity, properties) is null || m.Entity.Equals(sole))
            {
                continue;
            }

            if (sole is not null)
            {
                several = true;
                return null;
            }

            sole = m.Entity;
        }

        return sole;
    }

    /// <summary>The time a member joined, after <paramref name="k"/>: a date (<see cref="DateAfter"/>) or a time relative to
    /// the article or the narrative ("last year", "two years ago", "on Thursday", "that March", "five years later").</summary>
    internal static (FactDate Date, int First, int End, TimeReading Reading)? JoinTimeAfter(SentenceContext s, int k, FactDate? anchor = null)
    {
        if (DateAfter(s, k) is { } date)
        {
            return (date.Date, date.First, date.End, TimeReading.Stated);
        }

        // "on Thursday", "in April of last year": the time starts after the preposition.
        var at = (s.IsWordAt(k, "on") && (s.TokenAt(k + 1) is { IsCapitalized: true } || (s.IsWordAt(k + 1, "the") && s.IsWordAt(k + 2, "same"))))
                 || (s.IsWordAt(k, "in") && s.TokenAt(k + 1) is { } month && DateExpression.MonthOf(month) > 0) ? k + 1 : k;
        if (s.TokenAt(at) is not { } token || (!RelativeTime.IsAnchor(token) && (s.CuesAt(at) & TokenCues.Number) == 0 && !token.IsWord("a") && !token.IsWord("the") && DateExpression.MonthOf(token) == 0))
        {
            return null;
        }

        var time = s.Time;
        var relative = RelativeTime.Read(s.TokenSpan, at, time.AsOf, anchor ?? time.Narrative);
        if (relative is null && anchor is null && time.Narrative is null && s.EarlierDate() is { } earlier)
        {
            // "a few weeks later" with no time governing the paragraph: from the last date written out just before.
            relative = RelativeTime.Read(s.TokenSpan, at, time.AsOf, earlier);
            if (relative is null && earlier.Precision != DatePrecision.Day && s.EarlierDate(day: true) is { } earlierDay)
            {
                // "on 1 May 2004 ... until 1989 ... joined on the same day": the last day written out.
                relative = RelativeTime.Read(s.TokenSpan, at, time.AsOf, earlierDay);
            }
        }

        if (relative is null && at == k + 1 && s.IsWordAt(k, "in") && time.Others.Count == 0 && (time.Primary == time.AsOf || time.Carried)
            && RelativeTime.BareMonth(s.TokenSpan, at, time.AsOf, anchor ?? time.Narrative) is { } named && EndsClause(s, at + 1))
        {
            // "Sweden, which joined NATO in March, ...": the most recent March (or the narrative's), in a sentence naming no year.
            return (named, at, at + 1, TimeReading.Relative);
        }

        if (relative is not { Present: false } || relative.Value.Date.DayNumber > time.AsOf.LastDayNumber)
        {
            return null;
        }

        var end = at + relative.Value.Length;
        var last = s.TokenSpan[end - 1];
        if (last.IsPossessive)
        {
            return null; // "joined last year's summit"
        }

        // "two years ago", "five years later", "a few weeks later": a round count, which writers use loosely.
        var approximate = last.IsWord("ago") || last.IsWord("later") || last.IsWord("earlier");
        return (relative.Value.Date, at, end, approximate ? TimeReading.Approximate : TimeReading.Relative);
    }

    // Parts paired one by one ("in 2023 and 2024 respectively", "in 1991 and 2004"): a second date or "respectively" after
    // the verb, so no part is shared.
    private static bool IsRespective(SentenceContext s, int verb)
    {
        for (var k = verb + 1; k < s.TokenSpan.Length; k++)
        {
            if (s.IsWordAt(k, "respectively") || (s.IsWordAt(k, "and") && s.TokenAt(k + 1)?.Kind == TokenKind.Number)
                || (s.IsWordAt(k, "and") && s.IsWordAt(k + 1, "in", "on") && s.TokenAt(k + 2)?.Kind == TokenKind.Number))
            {
                return true;
            }
        }

        return false;
    }

    internal static PropertyDefinition? MembersOf(Entity organization, List<PropertyDefinition> properties)
    {
        foreach (var p in properties)
        {
            if (organization.GetFact(p.Name) is { IsTimeline: true })
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Adverbs that may stand between a dated verb and its date ("only in 1992", "formally in 2004").</summary>
    private static readonly string[] DateAdverbs = ["only", "formally", "officially", "finally", "eventually", "first"];

    /// <summary>Words that open a phrase standing between a verb and its date ("from the Soviet Union", "in a plane crash",
    /// "in Gdansk").</summary>
    private static readonly HashSet<string> InterveningOpeners = new(StringComparer.OrdinalIgnoreCase) { "from", "in", "at", "near", "with", "aboard" };

    /// <summary>Words that end such a phrase without a date: a new clause or a time of its own ("after", "before").</summary>
    private static readonly HashSet<string> InterveningBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "which", "who", "that", "when", "while", "after", "before", "since", "until", "than", "as", "was",
        "were", "is", "are", "had", "has", "have", "been", "not", "later", "earlier", "years", "months", "days", "ago",
    };

    /// <summary>The date after <paramref name="k"/>, right there or past one short phrase of place or manner that stands
    /// between the verb and its date ("declared independence from the Soviet Union on 24 August 1991", "died in a plane
    /// crash in 1961", "was born in Gdansk in 1983"). The phrase holds no number, punctuation, name of a known entity's
    /// verb or clause word, so the date still belongs to the verb.</summary>
    private static (FactDate Date, int First, int End)? DateAfter(SentenceContext s, int k)
    {
        if (DateRightAfter(s, k) is { } date)
        {
            return date;
        }

        // "gained independence only in 1992", "joined NATO formally in 2004": an adverb of manner or order between the verb
        // and its date says how or when, never what.
        if (s.IsWordAt(k, DateAdverbs) && DateRightAfter(s, k + 1) is { } afterAdverb)
        {
            return afterAdverb;
        }

        if (!s.IsWordAt(k, InterveningOpeners))
        {
            return null;
        }

        var place = false; // "in Scranton, Pennsylvania, on 20 November 1942": a place and its region, between commas
        for (var j = k + 1; j < k + 7; j++)
        {
            if (s.TokenAt(j)?.Is(',') == true && s.TokenAt(j - 1) is { IsCapitalized: true } && s.MentionAt(j - 1) is null)
            {
                if (place && s.IsWordAt(j + 1, "in", "on") && DateRightAfter(s, j + 1) is { } afterRegion)
                {
                    return afterRegion;
                }

                if (!place && s.TokenAt(j + 1) is { Kind: TokenKind.Word, IsCapitalized: true } && s.MentionAt(j + 1) is null)
                {
                    place = true;
                    continue;
                }
            }

            // The verb cue only says a verb may start there (every word with letters the filter does not hash, "Gdańsk", has
            // it): a verb must match.
            if (s.TokenAt(j) is not { } token || token.Kind != TokenKind.Word || token.IsPossessive
                || ((s.CuesAt(j) & TokenCues.Verb) != 0 && s.Vocabulary.MatchVerb(s.TokenSpan, j).Length > 0)
                || InterveningBreaks.Contains(token.Text))
            {
                return null;
            }

            if (s.IsWordAt(j + 1, "in", "on") && DateRightAfter(s, j + 1) is { } later)
            {
                return later;
            }

            // "declared independence from Portugal only in 1975".
            if (s.IsWordAt(j + 1, DateAdverbs) && s.IsWordAt(j + 2, "in", "on") && DateRightAfter(s, j + 2) is { } laterAdverb)
            {
                return laterAdverb;
            }
        }

        return null;
    }

    /// <summary>"in 1949", "on 4 April 1949", "in April 1949", "back in 1949" right after <paramref name="k"/>.</summary>
    private static (FactDate Date, int First, int End)? DateRightAfter(SentenceContext s, int k)
    {
        if (s.IsWordAt(k, "back"))
        {
            k++;
        }

        if (!s.IsWordAt(k, "in", "on"))
        {
            // "Olaf Scholz, born 1958 in Osnabrück", "(born 1958)": a year right after "born", as biographies write it.
            return s.IsWordAt(k - 1, "born") && s.TokenAt(k) is { Kind: TokenKind.Number, Text.Length: 4 } && DateExpression.Read(s.Tokens, k) is { Length: 1 } year
                   && (s.TokenAt(k + 1) is not { } next || next.Is(',') || next.Is('.') || next.Is(')') || next.Is(';') || s.IsWordAt(k + 1, "in", "and"))
                ? (year.Date, k, k + 1)
                : null;
        }

        var read = DateExpression.Read(s.Tokens, k + 1);
        return read is { } r ? (r.Date, k + 1, k + 1 + r.Length) : null;
    }
}
