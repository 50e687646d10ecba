using Microsoft.Net.Http.Headers;

namespace Scdl.Budget.Web.Api;

/// <summary>
/// Chooses the format of a response: the <c>format</c> query value (<c>json</c>, <c>html</c>, <c>csv</c>) when given,
/// else the Accept header (the most wanted of <c>application/json</c>, <c>text/html</c>, <c>text/csv</c>), else the
/// endpoint's default.
/// </summary>
internal static class Negotiation
{
    /// <summary>The name of the format query value.</summary>
    public const string FormatName = "format";

    private static readonly (string MediaType, ResponseFormat Format)[] MediaTypes =
    [
        ("application/json", ResponseFormat.Json),
        ("text/html", ResponseFormat.Html),
        ("text/csv", ResponseFormat.Csv),
    ];

    /// <summary>Chooses the format; <see langword="null"/> when the <c>format</c> value is not one of the allowed ones.</summary>
    /// <param name="request">The request.</param>
    /// <param name="allowed">The formats the endpoint gives, its default first.</param>
    public static ResponseFormat? Choose(HttpRequest request, IReadOnlyList<ResponseFormat> allowed)
    {
        var asked = request.Query[FormatName].ToString();
        if (asked.Length > 0)
        {
            return Enum.TryParse<ResponseFormat>(asked, ignoreCase: true, out var format) && Enum.IsDefined(format) && allowed.Contains(format) ? format : null;
        }

        if (MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            foreach (var media in accepted.Where(m => m.Quality is null or > 0).OrderByDescending(m => m.Quality ?? 1))
            {
                if (media.MatchesAllTypes)
                {
                    break;
                }

                foreach (var (type, format) in MediaTypes)
                {
                    if (allowed.Contains(format) && new MediaTypeHeaderValue(type).IsSubsetOf(media))
                    {
                        return format;
                    }
                }
            }
        }

        return allowed[0];
    }

    /// <summary>Gets the spellings of formats, for messages.</summary>
    public static string Names(IEnumerable<ResponseFormat> formats) => string.Join(", ", formats.Select(f => f.ToString().ToLowerInvariant()));
}
