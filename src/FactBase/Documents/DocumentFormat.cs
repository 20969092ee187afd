namespace FactBase.Documents;

/// <summary>How an article is written.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text: every character is prose.</summary>
    PlainText,

    /// <summary>Markdown: code, link targets, HTML comments and front matter are not prose.</summary>
    Markdown,

    /// <summary>HTML: tags, comments, scripts and styles are not prose. Nothing is executed or fetched.</summary>
    Html,
}
