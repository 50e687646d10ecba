using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Reports;

/// <summary>
/// Renders a file's findings as JSON close to a frictionless report: <c>valid</c>, <c>stats</c>, and <c>errors</c>
/// with <c>rowNumber</c>, <c>fieldName</c>, <c>cell</c>, <c>type</c>, <c>code</c>, <c>severity</c> and <c>message</c>.
/// </summary>
internal static class FindingsJson
{
    public static string Render(FileReport report, CliText text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("source", report.Source);
            json.WriteBoolean("valid", report.Errors == 0);
            json.WriteStartObject("stats");
            json.WriteNumber("lines", report.Lines);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            json.WriteStartObject("codes");
            foreach (var (code, count) in report.CountsByCode.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(code, count);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("errors");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("code", finding.Code);
                json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                json.WriteString("type", FindingCodes.Describe(finding.Code)?.FrictionlessType ?? "budget-rule");
                json.WriteNumber("rowNumber", finding.Location.Line);
                if (finding.Location.Column is { } column)
                {
                    json.WriteString("fieldName", column);
                }

                if (finding.Value is { } value)
                {
                    json.WriteString("cell", value);
                }

                json.WriteString("message", finding.GetMessage(text.Culture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Writes <paramref name="findings"/> as an array property: code, severity, the line, the column and the value
    /// under the names the caller gives (a TOTEM conversion says <c>xmlLine</c> and <c>element</c>, a CSV
    /// <c>rowNumber</c> and <c>fieldName</c>), and the message.
    /// </summary>
    public static void WriteFindings(Utf8JsonWriter json, string property, IEnumerable<Finding> findings, System.Globalization.CultureInfo culture,
        string lineName, string columnName, string valueName)
    {
        json.WriteStartArray(property);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("code", finding.Code);
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteNumber(lineName, finding.Location.Line);
            if (finding.Location.Column is { } column)
            {
                json.WriteString(columnName, column);
            }

            if (finding.Value is { } value)
            {
                json.WriteString(valueName, value);
            }

            json.WriteString("message", finding.GetMessage(culture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the library's JSON validation report as the <c>validation</c> property.</summary>
    public static void WriteValidation(Utf8JsonWriter json, Scdl.Budget.Validation.ValidationReport validation, System.Globalization.CultureInfo culture)
    {
        json.WritePropertyName("validation");
        using var document = JsonDocument.Parse(Scdl.Budget.Reports.JsonReport.ToJson(validation, new Scdl.Budget.Reports.ReportOptions { Culture = culture }));
        document.WriteTo(json);
    }
}
