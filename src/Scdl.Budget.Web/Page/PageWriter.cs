using System.Globalization;
using System.Text;
using Scdl.Budget.Web.Processing;
using Scdl.Budget.Web.Text;

namespace Scdl.Budget.Web.Page;

/// <summary>
/// Writes the page: the form (which works without script), then the result of each file: the verdict in one sentence,
/// the downloads (the standard CSV, the JSON and HTML reports, as <c>data:</c> links, so that nothing is kept on the
/// server after the response) and the library's HTML report, shown as it is in a frame. The page is streamed: a large
/// CSV goes out in pieces, never whole in memory.
/// </summary>
internal sealed class PageWriter(Stream body, WebText text, int maxFiles, long maxUploadBytes)
{
    private const int Base64Chunk = 48 * 1024;
    private readonly StringBuilder _html = new(16 * 1024);

    private string Lang => Languages.Code(text.Culture);

    /// <summary>Writes the whole page.</summary>
    /// <param name="settings">The options chosen (shown again in the form).</param>
    /// <param name="files">The results, or none for the empty form.</param>
    /// <param name="error">A problem with the request, shown above the form, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public async Task WriteAsync(OperationSettings settings, IReadOnlyList<FileView> files, string? error, CancellationToken cancellationToken)
    {
        Head(files.Count > 0);
        Form(settings, error);
        if (files.Count > 0)
        {
            Line("<section id=\"resultats\" class=\"results\" aria-labelledby=\"resultats-titre\" tabindex=\"-1\">");
            Line($"<h2 id=\"resultats-titre\">{E(text["Page.Results"])}</h2>");
            for (var i = 0; i < files.Count; i++)
            {
                await FileAsync(files[i], i, cancellationToken).ConfigureAwait(false);
            }

            Line("</section>");
        }

        Line("</main>");
        Line($"<footer class=\"site\"><p>{text["Page.Footer"]}</p></footer>");
        Line("</body>");
        Line("</html>");
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Head(bool results)
    {
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{Lang}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(results ? text["Page.TitleResults"] : text["Page.Title"])}</title>");
        Line("<link rel=\"icon\" href=\"data:,\">"); // No icon: the browser asks for none (no request, no 404).
        Line($"<link rel=\"stylesheet\" href=\"{Assets.StyleSheet}\">");
        Line($"<script src=\"{Assets.Script}\" defer></script>");
        Line("</head>");
        Line("<body>");
        Line($"<a class=\"skip\" href=\"#contenu\">{E(text["Page.Skip"])}</a>");
        Line("<header class=\"site\">");
        Line("<p class=\"brand\">Scdl.Budget</p>");
        var other = Languages.IsEnglish(text.Culture) ? "fr" : "en";
        Line($"<nav aria-label=\"{E(text["Page.LanguageNav"])}\"><a href=\"/?lang={other}\" lang=\"{other}\" hreflang=\"{other}\">{E(text["Page.OtherLanguage"])}</a></nav>");
        Line("</header>");
        Line("<main id=\"contenu\" tabindex=\"-1\">");
        Line($"<h1>{E(text["Page.Heading"])}</h1>");
        Line($"<p class=\"intro\">{E(text["Page.Intro"])}</p>");
    }

    private void Form(OperationSettings settings, string? error)
    {
        if (error is not null)
        {
            Line($"<p class=\"error\" role=\"alert\">{E(error)}</p>");
        }

        Line($"<form id=\"upload-form\" method=\"post\" action=\"/?lang={Lang}#resultats\" enctype=\"multipart/form-data\">");
        Line($"<input type=\"hidden\" name=\"{OperationSettings.LanguageName}\" value=\"{Lang}\">");
        Line("<div class=\"drop\" id=\"drop-zone\">");
        Line($"<label for=\"files\">{E(text["Page.Files"])}</label>");
        Line($"<p id=\"files-help\" class=\"help\">{E(text.Format("Page.FilesHelp", maxFiles, text.Size(maxUploadBytes)))}</p>");
        Line("<input type=\"file\" id=\"files\" name=\"files\" multiple required aria-describedby=\"files-help\" "
            + "accept=\".csv,.txt,.xml,.xlsx,text/csv,application/xml,text/xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\">");
        Line($"<p id=\"drop-hint\" class=\"drop-hint\" hidden>{E(text["Page.DropHint"])}</p>");
        Line("<ul id=\"file-list\" class=\"file-list\" aria-live=\"polite\"></ul>");
        Line("</div>");

        Line("<details class=\"options\">");
        Line($"<summary>{E(text["Page.Options"])}</summary>");
        Line($"<label for=\"{OperationSettings.SchemaVersionName}\">{E(text["Page.SchemaVersion"])}</label>");
        Line($"<select id=\"{OperationSettings.SchemaVersionName}\" name=\"{OperationSettings.SchemaVersionName}\">");
        foreach (var version in SchemaVersion.All.Reverse())
        {
            var selected = version.Equals(settings.SchemaVersion) ? " selected" : string.Empty;
            Line($"<option value=\"{version.Text}\"{selected}>scdl/budget {version.Text}</option>");
        }

        Line("</select>");
        Line("<fieldset>");
        Line($"<legend>{E(text["Page.Convention"])}</legend>");
        Radio("schema", text["Page.Convention.Schema"], settings.Convention == ColumnConvention.Schema);
        Radio("totem", text["Page.Convention.Totem"], settings.Convention == ColumnConvention.TotemConverters);
        Line("</fieldset>");
        Line($"<div class=\"choice\"><input type=\"checkbox\" id=\"{OperationSettings.NoHeaderName}\" name=\"{OperationSettings.NoHeaderName}\" value=\"true\"{(settings.HasHeader ? string.Empty : " checked")}>"
            + $"<label for=\"{OperationSettings.NoHeaderName}\">{E(text["Page.NoHeader"])}</label></div>");
        Line($"<label for=\"{OperationSettings.SheetName}\">{E(text["Page.Sheet"])}</label>");
        Line($"<input type=\"text\" id=\"{OperationSettings.SheetName}\" name=\"{OperationSettings.SheetName}\" value=\"{E(settings.Worksheet)}\" aria-describedby=\"sheet-help\" autocomplete=\"off\">");
        Line($"<p id=\"sheet-help\" class=\"help\">{E(text["Page.SheetHelp"])}</p>");
        Line("</details>");

        Line($"<button type=\"submit\">{E(text["Page.Submit"])}</button>");
        Line($"<div id=\"progress\" class=\"progress\" role=\"status\" aria-live=\"polite\" hidden data-sending=\"{E(text["Page.Sending"])}\" data-checking=\"{E(text["Page.Checking"])}\" data-failed=\"{E(text["Page.Failed"])}\">");
        Line("<progress max=\"100\" value=\"0\"></progress> <span></span>");
        Line("</div>");
        Line("</form>");

        void Radio(string value, string label, bool isChecked)
        {
            var id = OperationSettings.ConventionName + "-" + value;
            Line($"<div class=\"choice\"><input type=\"radio\" id=\"{id}\" name=\"{OperationSettings.ConventionName}\" value=\"{value}\"{(isChecked ? " checked" : string.Empty)}>"
                + $"<label for=\"{id}\">{E(label)}</label></div>");
        }
    }

    private async Task FileAsync(FileView file, int index, CancellationToken cancellationToken)
    {
        var id = "fichier-" + index.ToString(CultureInfo.InvariantCulture);
        Line($"<article class=\"file\" aria-labelledby=\"{id}\">");
        Line($"<h3 id=\"{id}\">{E(file.Name)}</h3>");
        Line($"<p class=\"verdict {(file.Good ? "ok" : "bad")}\"><span class=\"mark\" aria-hidden=\"true\">{(file.Good ? "✓" : "✗")}</span> <strong>{E(file.Verdict)}</strong>"
            + (file.Counts is null ? string.Empty : $" <span class=\"counts\">{E(file.Counts)}</span>") + "</p>");
        if (file.CsvVerdict is not null)
        {
            Line($"<p class=\"standard\">{E(file.CsvVerdict)}</p>");
        }

        if (file.Csv is not null || file.ReportJson is not null || file.ReportHtml is not null)
        {
            Line($"<ul class=\"downloads\" aria-label=\"{E(text.Format("Page.Downloads", file.Name))}\">");
            if (file.Csv is { } csv)
            {
                _html.Append(CultureInfo.InvariantCulture, $"<li><a class=\"download csv\" download=\"{E(csv.Name)}\" href=\"data:text/csv;charset=utf-8;base64,");
                await Base64Async(csv.Content, cancellationToken).ConfigureAwait(false);
                Line($"\">{E(text.Format("Page.Download.Csv", csv.Name, text.Size(csv.Content.Length)))}</a></li>");
            }

            if (file.ReportJson is not null)
            {
                DataLink(file.ReportName + ".report.json", "application/json", file.ReportJson, text["Page.Download.Json"]);
            }

            if (file.NormalizationJson is not null)
            {
                DataLink(file.ReportName + ".normalization.json", "application/json", file.NormalizationJson, text["Page.Download.NormalizationJson"]);
            }

            if (file.ReportHtml is not null)
            {
                DataLink(file.ReportName + ".report.html", "text/html", Encoding.UTF8.GetBytes(file.ReportHtml), text["Page.Download.Html"]);
            }

            Line("</ul>");
        }

        if (file.ReportHtml is not null)
        {
            // The library's page as it is, in a frame of its own (its styles stay its own); sandboxed: no script runs in it.
            _html.Append(CultureInfo.InvariantCulture, $"<iframe class=\"report\" title=\"{E(text.Format("Page.ReportFrame", file.Name))}\" sandbox=\"allow-same-origin\" srcdoc=\"");
            Html.Append(_html, file.ReportHtml);
            Line("\"></iframe>");
        }

        Line("</article>");
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void DataLink(string name, string mediaType, byte[] content, string label)
    {
        _html.Append(CultureInfo.InvariantCulture, $"<li><a class=\"download\" download=\"{E(name)}\" href=\"data:{mediaType};charset=utf-8;base64,");
        _html.Append(Convert.ToBase64String(content));
        Line($"\">{E(label)}</a></li>");
    }

    /// <summary>Writes a stream as base64, piece by piece.</summary>
    private async Task Base64Async(Stream content, CancellationToken cancellationToken)
    {
        content.Position = 0;
        var buffer = new byte[Base64Chunk];
        int filled;
        while ((filled = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false)) > 0)
        {
            _html.Append(Convert.ToBase64String(buffer, 0, filled));
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_html.Length == 0)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(_html.ToString());
        _html.Clear();
        await body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private void Line(string line) => _html.Append(line).Append('\n');

    private static string E(string? value) => Html.Encode(value);
}
