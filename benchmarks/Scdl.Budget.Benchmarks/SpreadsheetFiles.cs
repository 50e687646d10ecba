using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// Generates the spreadsheet inputs once, in the temporary folder: the canonical CSV of <see cref="GeneratedFiles"/> as a
/// spreadsheet program stores it (amounts, year, SIRET and operation as numbers, amounts formatted <c>0.00</c>, the SIRET
/// <c>00000000000000</c>, the rest as shared strings), rows written with DocumentFormat.OpenXml's streaming writer.
/// </summary>
internal static class SpreadsheetFiles
{
    public static string Workbook(int lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"scdl-budget-bench-{lines}.xlsx");
        if (File.Exists(path))
        {
            return path;
        }

        var temporary = path + ".tmp";
        using (var csv = CsvReader.Create(new FileStream(GeneratedFiles.CanonicalCsv(lines), FileMode.Open, FileAccess.Read), new CsvReaderOptions { Separator = ',', HasHeader = false }))
        using (var document = SpreadsheetDocument.Create(temporary, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "00000000000000" }),
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            string[] header = [];
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                uint row = 0;
                while (csv.Read())
                {
                    row++;
                    var cells = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? string.Empty).ToArray();
                    header = row == 1 ? cells : header;
                    writer.WriteStartElement(new Row { RowIndex = row });
                    for (var i = 0; i < cells.Length; i++)
                    {
                        if (cells[i].Length > 0)
                        {
                            var cell = Cell(row == 1 ? null : header[i], cells[i], strings);
                            cell.CellReference = (i < 26 ? ((char)('A' + i)).ToString() : "A" + (char)('A' + i - 26)) + row.ToString(CultureInfo.InvariantCulture);
                            writer.WriteElement(cell);
                        }
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Budget" }));
            var table = workbook.AddNewPart<SharedStringTablePart>();
            using var tableWriter = OpenXmlWriter.Create(table);
            tableWriter.WriteStartElement(new SharedStringTable());
            foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
            {
                tableWriter.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            tableWriter.WriteEndElement();
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static Cell Cell(string? column, string text, Dictionary<string, int> strings)
    {
        if (column is not null && (column.StartsWith("BGT_MT", StringComparison.Ordinal) || column is "BGT_CREDOUV"))
        {
            return new Cell { CellValue = new CellValue(decimal.Parse(text, CultureInfo.InvariantCulture).ToString("0.############################", CultureInfo.InvariantCulture)), StyleIndex = 1 };
        }

        if (column is "BGT_SIRET")
        {
            return new Cell { CellValue = new CellValue(long.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)), StyleIndex = 2 }; // 14 digits shown
        }

        if (column is "BGT_ANNEE" or "BGT_OPERATION")
        {
            return new Cell { CellValue = new CellValue(text) };
        }

        if (!strings.TryGetValue(text, out var index))
        {
            index = strings.Count;
            strings.Add(text, index);
        }

        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) };
    }
}
