using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Reports;

/// <summary>Writes the budget summary the library computed for a file as JSON: documents, totals, chapters, checks. Amounts are JSON numbers in euros.</summary>
internal static class SummaryJson
{
    /// <summary>The labels of the balance checks are written in French, as this output always did.</summary>
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    public static string Render(ValidationReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("source", report.Source);
            json.WriteBoolean("valid", report.IsValid);
            json.WriteNumber("lines", report.LinesRead);
            json.WriteNumber("linesNotCounted", report.Summary.LinesNotCounted);
            json.WriteStartArray("documents");
            foreach (var document in report.Summary.Documents)
            {
                json.WriteStartObject();
                json.WriteString("siret", document.Siret.ToString());
                json.WriteNumber("year", document.Year);
                json.WriteString("step", document.Step.ToString());
                json.WriteString("authority", document.AuthorityName);
                json.WriteNumber("lines", document.LineCount);
                json.WriteString("amountBasis", document.AmountBasis == AmountBasis.Realised ? "realised" : "voted");
                json.WriteStartArray("totals");
                foreach (var total in document.Totals)
                {
                    json.WriteStartObject();
                    json.WriteString("section", Lower(total.Section.ToString()));
                    json.WriteString("kind", Lower(total.OperationKind.ToString()));
                    json.WriteString("direction", Lower(total.Direction.ToString()));
                    json.WriteNumber("lines", total.LineCount);
                    json.WriteNumber("amount", total.Amount);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("carriedForward");
                foreach (var total in document.CarriedForward)
                {
                    json.WriteStartObject();
                    json.WriteString("section", Lower(total.Section.ToString()));
                    json.WriteString("direction", Lower(total.Direction.ToString()));
                    json.WriteNumber("lines", total.LineCount);
                    json.WriteNumber("amount", total.Amount);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("chapters");
                foreach (var chapter in document.Chapters)
                {
                    json.WriteStartObject();
                    json.WriteString("code", chapter.ChapterCode);
                    json.WriteString("label", chapter.ChapterLabel);
                    json.WriteString("section", Lower(chapter.Section.ToString()));
                    json.WriteString("kind", Lower(chapter.OperationKind.ToString()));
                    json.WriteString("direction", Lower(chapter.Direction.ToString()));
                    json.WriteNumber("lines", chapter.LineCount);
                    json.WriteNumber("amount", chapter.Amount);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("checks");
                foreach (var check in document.Checks)
                {
                    json.WriteStartObject();
                    json.WriteString("check", check.Kind.ToString());
                    json.WriteString("left", check.GetLeftLabel(French));
                    json.WriteNumber("leftAmount", check.Left);
                    json.WriteString("right", check.GetRightLabel(French));
                    json.WriteNumber("rightAmount", check.Right);
                    json.WriteBoolean("holds", check.Holds);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Lower(string value) => value.ToLower(CultureInfo.InvariantCulture);
}
