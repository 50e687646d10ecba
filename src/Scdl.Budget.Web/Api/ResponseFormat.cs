namespace Scdl.Budget.Web.Api;

/// <summary>What an API response holds: the library's JSON report, its HTML page, or the standard CSV.</summary>
internal enum ResponseFormat
{
    /// <summary>The JSON report, as the tool's <c>--format json</c> writes it for the file (the library's <c>JsonReport</c>).</summary>
    Json = 1,

    /// <summary>The HTML report (the library's <c>HtmlReport</c>).</summary>
    Html,

    /// <summary>The standard CSV written by a conversion or a normalisation.</summary>
    Csv,
}
