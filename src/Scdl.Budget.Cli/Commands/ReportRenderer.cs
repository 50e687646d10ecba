using System.Text.Json;
using Scdl.Budget.Reports;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// Says how a command's result is rendered in each format: one of the library's renderers per format, nothing more.
/// </summary>
/// <param name="Text">Writes the text report (<see cref="TextReport"/>).</param>
/// <param name="Json">Writes the JSON report object (<see cref="JsonReport"/>).</param>
/// <param name="Html">Writes the HTML page (<see cref="HtmlReport"/>).</param>
internal sealed record ReportRenderer(Action<TextWriter, ReportOptions> Text, Action<Utf8JsonWriter, ReportOptions> Json, Action<TextWriter, ReportOptions> Html)
{
    /// <summary>Renders the text or HTML report as a string, for standard output or a file.</summary>
    public string Render(ReportFormat format, ReportOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        if (format == ReportFormat.Html)
        {
            Html(writer, options);
        }
        else
        {
            // A blank line parts the report from the next one, or from the batch summary.
            Text(writer, options);
            writer.Write('\n');
        }

        return writer.ToString();
    }
}
