using Microsoft.Net.Http.Headers;

namespace Scdl.Budget.Web.Processing;

/// <summary>
/// Tells what an upload is: from the file name's extension when it has a known one (browsers derive the media type from
/// it, and send <c>application/vnd.ms-excel</c> for a <c>.csv</c> on Windows), else from the media type.
/// </summary>
internal static class InputKinds
{
    /// <summary>The media type of an Excel workbook.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly Dictionary<string, InputKind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = InputKind.Csv,
        [".txt"] = InputKind.Csv,
        [".xml"] = InputKind.Totem,
        [".xlsx"] = InputKind.Spreadsheet,
        // Refused by the spreadsheet reader with a finding that says what to do (SCDL632).
        [".xls"] = InputKind.Spreadsheet,
        [".ods"] = InputKind.Spreadsheet,
    };

    private static readonly Dictionary<string, InputKind> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/csv"] = InputKind.Csv,
        ["application/csv"] = InputKind.Csv,
        ["text/plain"] = InputKind.Csv,
        ["application/xml"] = InputKind.Totem,
        ["text/xml"] = InputKind.Totem,
        [XlsxMediaType] = InputKind.Spreadsheet,
        ["application/vnd.oasis.opendocument.spreadsheet"] = InputKind.Spreadsheet,
    };

    /// <summary>Gets the media types the API accepts as a request body, by kind.</summary>
    public static IEnumerable<string> MediaTypesOf(InputKind kind) => MediaTypes.Where(p => p.Value == kind).Select(p => p.Key);

    /// <summary>Gets the kind of an upload.</summary>
    /// <param name="contentType">The Content-Type of the body or of the multipart section, or <see langword="null"/>.</param>
    /// <param name="fileName">The file name given, or <see langword="null"/>.</param>
    public static InputKind Of(string? contentType, string? fileName)
    {
        if (fileName is not null && Extensions.TryGetValue(Path.GetExtension(fileName), out var byName))
        {
            return byName;
        }

        return contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Value is { } type
            && MediaTypes.TryGetValue(type, out var byType)
            ? byType
            : InputKind.Unknown;
    }
}
