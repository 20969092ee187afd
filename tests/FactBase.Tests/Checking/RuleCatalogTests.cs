using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>The rule catalog is the one list of rules: the documentation's table, the codes and the verifiers follow it.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void The_rules_table_in_docs_lists_the_catalog_in_order()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));
        var rows = Regex.Matches(text, @"^\| (FB\d{4}) \| \[`([a-z-]+)`\]\(#([a-z-]+)\) \| ([^|]+) \|$", RegexOptions.Multiline)
            .Select(m => (Code: m.Groups[1].Value, Name: m.Groups[2].Value, Anchor: m.Groups[3].Value, Title: m.Groups[4].Value.Trim()))
            .ToList();

        Assert.Equal(RuleCatalog.All.Select(r => (r.Code, r.Name, r.Name, r.Title)), rows);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains("\n## " + rule.Name + "\n" + rule.Code + ". ", text.Replace("\r\n", "\n"), StringComparison.Ordinal);
            Assert.EndsWith("/docs/rules.md#" + rule.Name, rule.HelpUri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Names_and_codes_are_unique_and_codes_follow_the_FB1xxx_pattern()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCatalog.All, r => Assert.Matches(@"^FB1\d{3}$", r.Code));
        Assert.Equal(RuleCatalog.All.Select(r => r.Name), RuleCatalog.Names);
    }

    [Fact]
    public void A_rule_is_found_by_name_or_by_code_in_any_case()
    {
        Assert.True(RuleCatalog.TryFind("fb1003", out var byCode));
        Assert.Same(RuleCatalog.Role, byCode);
        Assert.True(RuleCatalog.TryFind("entity-name", out var byName));
        Assert.Same(RuleCatalog.EntityName, byName);
        Assert.False(RuleCatalog.TryFind("Role", out _));
        Assert.Equal("FB1005", RuleCatalog.CodeOf("count"));
        Assert.Equal(RuleCatalog.UnknownCode, RuleCatalog.CodeOf("no-such-rule"));
    }

    [Fact]
    public void Every_claim_type_has_exactly_one_verifier_and_every_claim_names_its_rule()
    {
        var verifiers = RuleCatalog.All.SelectMany(r => r.Verifiers.Select(v => (Rule: r, v.ClaimType))).ToList();
        Assert.Equal(verifiers.Count, verifiers.Select(v => v.ClaimType).Distinct().Count());

        var claimTypes = typeof(Claim).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(Claim).IsAssignableFrom(t)).ToList();
        Assert.Equal(claimTypes.OrderBy(t => t.FullName), verifiers.Select(v => v.ClaimType).OrderBy(t => t.FullName));

        // A claim type lives in its rule's folder (namespace), so one folder holds a family's claims, extractor and verifiers.
        foreach (var (rule, claimType) in verifiers)
        {
            Assert.StartsWith("FactBase.Checking.Rules.", claimType.Namespace, StringComparison.Ordinal);
            Assert.Equal(rule.Name.Replace("-", string.Empty), claimType.Namespace!.Substring("FactBase.Checking.Rules.".Length), ignoreCase: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactBase.sln")) && File.Exists(Path.Combine(dir.FullName, "docs", "rules.md")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with FactBase.sln and docs/rules.md) is not above " + AppContext.BaseDirectory);
    }
}
