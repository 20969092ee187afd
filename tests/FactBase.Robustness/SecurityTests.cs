using System.Diagnostics.Tracing;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FactBase.Checking;
using FactBase.Documents;
using FactBase.Model;
using FactBase.Robustness.Support;

namespace FactBase.Robustness;

/// <summary>
/// HTML and Markdown are parsed, never executed or fetched: the library cannot reach the network
/// or start a process, reading hostile markup opens no connection, and no finding comes from
/// script, style, attributes or comments.
/// </summary>
public sealed class SecurityTests
{
    private const string Claim = "NATO, founded in 1948, met.";
    private static readonly FactDate AsOf = new(2025, 3, 7);

    private static readonly string HostileHtml = $$"""
        <!DOCTYPE html>
        <html><head><title>t</title>
        <link rel="stylesheet" href="http://127.0.0.1:9/x.css">
        <script src="http://127.0.0.1:9/x.js"></script>
        <script>fetch("http://127.0.0.1:9/"); document.write("{{Claim}}");</script>
        <style>body::after { content: "{{Claim}}"; background: url(http://127.0.0.1:9/bg.png) }</style>
        </head><body>
        <img src="http://127.0.0.1:9/pixel.png" alt="{{Claim}}" title="{{Claim}}">
        <iframe src="http://127.0.0.1:9/frame" srcdoc="<p>{{Claim}}</p>"></iframe>
        <object data="http://127.0.0.1:9/o"></object><embed src="http://127.0.0.1:9/e">
        <svg><script>alert("{{Claim}}")</script><image href="http://127.0.0.1:9/i.svg"/></svg>
        <template><p>{{Claim}}</p></template><noscript>{{Claim}}</noscript>
        <a href="javascript:alert('{{Claim}}')" onclick="alert('{{Claim}}')">a link</a>
        <!-- {{Claim}} -->
        <p>Prose: the alliance met. {{Claim}}</p>
        </body></html>
        """;

    private static readonly string HostileMarkdown = $"""
        ---
        date: 2025-03-07
        title: "{Claim}"
        ---
        ![{Claim[..4]}](http://127.0.0.1:9/img.png "t") [link](http://127.0.0.1:9/{Claim.Replace(' ', '-')})
        <script>document.write("{Claim}")</script>
        <img src="http://127.0.0.1:9/p.png" alt="{Claim}">
        `{Claim}`

        ```
        {Claim}
        ```
        <!-- {Claim} -->
        [ref]: http://127.0.0.1:9/{Claim.Replace(' ', '-')}

        Prose: {Claim}
        """;

    /// <summary>FactBase, and the parsers it ships with, reference no networking, process or dynamic-code API.</summary>
    [Fact]
    public void The_library_and_its_parsers_reference_no_network_or_process_api()
    {
        var forbiddenAssemblies = new[] { "System.Net.Http", "System.Net.Sockets", "System.Net.Requests", "System.Net.WebClient", "System.Net.NameResolution", "System.Diagnostics.Process" };
        foreach (var assembly in new[] { typeof(FactChecker).Assembly, typeof(Markdig.Markdown).Assembly, typeof(YamlDotNet.Core.Parser).Assembly })
        {
            var references = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
            Assert.DoesNotContain(references, r => forbiddenAssemblies.Contains(r, StringComparer.OrdinalIgnoreCase));
        }

        // Type by type, in FactBase's own metadata: nothing from System.Net, Process, Reflection.Emit or assembly loading.
        using var stream = File.OpenRead(typeof(FactChecker).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var typeNames = metadata.TypeReferences.Select(h => metadata.GetTypeReference(h)).Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}").ToList();
        Assert.NotEmpty(typeNames);
        Assert.DoesNotContain(typeNames, n => n.StartsWith("System.Net.", StringComparison.Ordinal));
        Assert.DoesNotContain(typeNames, n => n is "System.Diagnostics.Process" or "System.Diagnostics.ProcessStartInfo" or "System.Net.Http.HttpClient" or "System.Net.WebClient");
        Assert.DoesNotContain(typeNames, n => n.StartsWith("System.Reflection.Emit.", StringComparison.Ordinal));
        var memberNames = metadata.MemberReferences.Select(h => metadata.GetString(metadata.GetMemberReference(h).Name)).ToHashSet();
        Assert.DoesNotContain("LoadFrom", memberNames);
        Assert.DoesNotContain("LoadFile", memberNames);
    }

    /// <summary>Reading hostile HTML and Markdown raises no networking or DNS event at all.</summary>
    [Fact]
    public void Reading_hostile_markup_opens_no_connection()
    {
        using var listener = new NetworkListener();
        foreach (var (text, format) in new[] { (HostileHtml, DocumentFormat.Html), (HostileMarkdown, DocumentFormat.Markdown), (HostileHtml, DocumentFormat.Markdown) })
        {
            var document = DocumentReader.Read(text, format);
            Corpus.Checker.Check(document, AsOf, new CheckOptions { IncludeSupported = true });
        }

        Assert.Empty(listener.Events);

        // Control: the listener does see a look-up (of localhost, answered from /etc/hosts, no traffic).
        System.Net.Dns.GetHostAddresses("localhost");
        Assert.Contains("System.Net.NameResolution/ResolutionStart", listener.Events);
    }

    [Theory]
    [InlineData(DocumentFormat.Html)]
    [InlineData(DocumentFormat.Markdown)]
    public void Findings_come_only_from_prose_never_from_script_attributes_or_comments(DocumentFormat format)
    {
        var text = format == DocumentFormat.Html ? HostileHtml : HostileMarkdown;
        var document = DocumentReader.Read(text, format);
        var result = Corpus.Checker.Check(document, AsOf, new CheckOptions { IncludeSupported = true });
        Invariants.FindingsAreSound(text, result);

        // The claim is written many times, but only the one in the final prose line may be found.
        var prose = text.LastIndexOf("Prose:", StringComparison.Ordinal);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.True(f.Span.Start > prose, $"finding '{f.Text}' at {f.Line}:{f.Column} is not in the prose"));
        Assert.Contains(result.Findings, f => f.Text == "1948" && f.Verdict == Checking.Findings.Verdict.Contradicted);
    }

    /// <summary>Listens to the runtime's networking event sources while alive, recording new connections, DNS look-ups and HTTP requests.</summary>
    /// <remarks>
    /// Only the start of an activity counts: the test runner talks to its host over a socket opened
    /// before any test, and that traffic is not ours.
    /// </remarks>
    private sealed class NetworkListener : EventListener
    {
        private static readonly string[] Sources = { "System.Net.Sockets", "System.Net.NameResolution", "System.Net.Http" };
        private static readonly string[] Starts = { "ConnectStart", "AcceptStart", "ResolutionStart", "RequestStart" };

        public List<string> Events { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (Sources.Contains(source.Name))
            {
                EnableEvents(source, EventLevel.Informational, EventKeywords.All);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not null && Starts.Contains(e.EventName))
            {
                lock (Events)
                {
                    Events.Add($"{e.EventSource.Name}/{e.EventName}");
                }
            }
        }
    }
}
