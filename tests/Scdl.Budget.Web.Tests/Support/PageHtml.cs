using System.Net;
using System.Text.RegularExpressions;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>Reads what people see in the page's HTML: the verdicts, the download links and what they hold.</summary>
internal static partial class PageHtml
{
    /// <summary>Gets the verdict sentences, one per file, in order.</summary>
    public static IReadOnlyList<string> Verdicts(string html) =>
        [.. VerdictPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value))];

    /// <summary>Gets the download links: the name offered and the bytes of the <c>data:</c> URL.</summary>
    public static IReadOnlyList<(string Name, string MediaType, byte[] Content)> Downloads(string html) =>
        [.. DownloadPattern().Matches(html).Select(m => (
            WebUtility.HtmlDecode(m.Groups["name"].Value),
            m.Groups["type"].Value,
            Convert.FromBase64String(m.Groups["data"].Value)))];

    /// <summary>Gets every URL the page loads or links to (<c>src</c>, <c>href</c>, <c>action</c>), outside the reports' frames.</summary>
    public static IReadOnlyList<string> Urls(string html)
    {
        var outside = SrcdocPattern().Replace(html, "srcdoc=\"\"");
        return [.. UrlPattern().Matches(outside).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value))];
    }

    [GeneratedRegex("<p class=\"verdict [a-z]+\"><span class=\"mark\" aria-hidden=\"true\">.</span> <strong>(?<text>[^<]*)</strong>")]
    private static partial Regex VerdictPattern();

    [GeneratedRegex("<a class=\"download[^\"]*\" download=\"(?<name>[^\"]*)\" href=\"data:(?<type>[a-z/+]+);charset=utf-8;base64,(?<data>[A-Za-z0-9+/=]*)\"")]
    private static partial Regex DownloadPattern();

    [GeneratedRegex("srcdoc=\"[^\"]*\"")]
    private static partial Regex SrcdocPattern();

    [GeneratedRegex("(?:src|href|action)=\"(?<url>[^\"]*)\"")]
    private static partial Regex UrlPattern();
}
