using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Scdl.Budget.Web.Hosting;
using Scdl.Budget.Web.Processing;
using Scdl.Budget.Web.Text;

namespace Scdl.Budget.Web.Api;

/// <summary>
/// Reads the one file of an API request, streamed to the library as it arrives: the first part with a file name of a
/// <c>multipart/form-data</c> body (form values before it may give the options), or the body itself, its kind given by
/// its Content-Type. Turns every way a request can be wrong into problem details: no file (400), a wrong option
/// (400), a kind the endpoint does not read (415), too large (413), a multipart body that cannot be read (400), a
/// file that cannot be read at all (422, with its finding code).
/// </summary>
internal static class ApiRequest
{
    /// <summary>The most bytes of a form value before the file (an option's value is a few characters).</summary>
    private const int MaxFieldLength = 4096;

    /// <summary>Runs an operation on the file of a request.</summary>
    /// <param name="context">The request.</param>
    /// <param name="options">The limits.</param>
    /// <param name="accepted">The kinds the endpoint reads, the one an unlabelled upload is taken for first.</param>
    /// <param name="formats">The formats the endpoint gives, its default first.</param>
    /// <param name="operation">Runs the operation and says how to answer.</param>
    public static async Task<IResult> RunAsync(
        HttpContext context,
        IOptions<WebOptions> options,
        IReadOnlyList<InputKind> accepted,
        IReadOnlyList<ResponseFormat> formats,
        Func<Upload, OperationSettings, ResponseFormat, CancellationToken, Task<IResult>> operation)
    {
        var request = context.Request;
        var culture = Languages.Of(request);
        var text = new WebText(culture);
        if (Negotiation.Choose(request, formats) is not { } format)
        {
            return ProblemResult.ForRequest(StatusCodes.Status400BadRequest, text.Format("Problem.BadValue", request.Query[Negotiation.FormatName].ToString(), Negotiation.FormatName, Negotiation.Names(formats)));
        }

        var limit = new UploadLimit(options.Value.MaxUploadBytes);
        if (request.ContentLength > limit.MaxBytes + WebApp.MultipartAllowance)
        {
            return TooLarge(text, limit.MaxBytes);
        }

        try
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            Func<string, string?> value = name => fields.TryGetValue(name, out var field) ? field : request.Query[name].FirstOrDefault();
            if (IsMultipart(request, out var boundary))
            {
                var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = limit.MaxBytes + WebApp.MultipartAllowance };
                while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
                {
                    if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (!disposition.IsFileDisposition())
                    {
                        if (fields.Count < 32 && disposition.Name.Value is { } name)
                        {
                            fields[HeaderUtilities.RemoveQuotes(name).Value ?? name] = await ReadFieldAsync(section.Body, context.RequestAborted).ConfigureAwait(false);
                        }

                        continue;
                    }

                    var fileName = disposition.FileNameStar.Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    return await RunOnAsync(section.Body, section.ContentType, fileName, allowUnlabelled: true).ConfigureAwait(false);
                }

                return ProblemResult.ForRequest(StatusCodes.Status400BadRequest, text["Problem.NoFile"]);
            }

            var bodyName = request.Query["name"].FirstOrDefault();
            if (bodyName is null && ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var bodyDisposition))
            {
                bodyName = bodyDisposition.FileNameStar.Value ?? HeaderUtilities.RemoveQuotes(bodyDisposition.FileName).Value;
            }

            return await RunOnAsync(request.Body, request.ContentType, bodyName, allowUnlabelled: IsOctetStream(request.ContentType)).ConfigureAwait(false);

            async Task<IResult> RunOnAsync(Stream body, string? contentType, string? fileName, bool allowUnlabelled)
            {
                var kind = InputKinds.Of(contentType, fileName);
                if (kind == InputKind.Unknown && (allowUnlabelled && (contentType is null || IsOctetStream(contentType))))
                {
                    kind = accepted[0];
                }

                if (!accepted.Contains(kind))
                {
                    var reads = string.Join(", ", accepted.SelectMany(InputKinds.MediaTypesOf));
                    return ProblemResult.ForRequest(StatusCodes.Status415UnsupportedMediaType, text.Format("Problem.UnsupportedMediaType", reads, contentType ?? "-", fileName ?? "-"));
                }

                if (!OperationSettings.TryRead(value, culture, out var settings, out var error))
                {
                    return ProblemResult.ForRequest(StatusCodes.Status400BadRequest, text.Format("Problem.BadValue", value(error!.Value.Name), error.Value.Name, error.Value.Allowed));
                }

                var name = SafeName(fileName, kind);
                IResult result;
                try
                {
                    result = await operation(new Upload(name, kind, new LimitedReadStream(body, limit)), settings, format, context.RequestAborted).ConfigureAwait(false);
                }
                catch (ScdlFormatException exception) when (!limit.Exceeded)
                {
                    return ProblemResult.ForFindings(StatusCodes.Status422UnprocessableEntity, [exception.ToFinding()], culture);
                }

                // A reader may have reported the cut upload as an unreadable file: the limit says what happened.
                return limit.Exceeded ? TooLarge(text, limit.MaxBytes) : result;
            }
        }
        catch (Exception exception) when (limit.Exceeded || exception is UploadTooLargeException || exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge(text, limit.MaxBytes);
        }
        catch (BadHttpRequestException exception)
        {
            return ProblemResult.ForRequest(exception.StatusCode, text.Format("Problem.BadRequest", exception.Message));
        }
        catch (InvalidDataException exception)
        {
            // MultipartReader: a malformed multipart body.
            return ProblemResult.ForRequest(StatusCodes.Status400BadRequest, text.Format("Problem.BadMultipart", exception.Message));
        }
    }

    /// <summary>Gets a value indicating whether the request is a multipart form, and its boundary.</summary>
    public static bool IsMultipart(HttpRequest request, out string boundary)
    {
        boundary = string.Empty;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !string.Equals(media.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value ?? string.Empty;
        return boundary.Length is > 0 and <= 200;
    }

    /// <summary>Reads a form value, bounded.</summary>
    public static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldLength];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                // Longer than any option: keep the start, skip the rest.
                await body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                break;
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>Gets the name to use for an upload: the file name given, without any directory, or a name made from the kind.</summary>
    public static string SafeName(string? fileName, InputKind kind)
    {
        var name = fileName is null ? string.Empty : Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length > 200)
        {
            name = name[^200..];
        }

        return name.Length > 0 ? name : kind switch
        {
            InputKind.Totem => "budget.xml",
            InputKind.Spreadsheet => "budget.xlsx",
            _ => "budget.csv",
        };
    }

    /// <summary>The answer to an upload larger than the limit.</summary>
    public static ProblemResult TooLarge(WebText text, long maxBytes) =>
        ProblemResult.ForRequest(StatusCodes.Status413PayloadTooLarge, text.Format("Problem.UploadTooLarge", text.Size(maxBytes)));

    private static bool IsOctetStream(string? contentType) =>
        contentType is null || (MediaTypeHeaderValue.TryParse(contentType, out var media) && string.Equals(media.MediaType.Value, "application/octet-stream", StringComparison.OrdinalIgnoreCase));
}
