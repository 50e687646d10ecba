using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Spreadsheets.Tests.Support;

/// <summary>
/// Makes <c>.xlsx</c> workbooks for the tests with DocumentFormat.OpenXml (Microsoft's Open XML SDK, which the package
/// itself does not use, so its packages are written by another hand than the one that reads them): shared strings,
/// number formats in the styles, cells of every type, several sheets, rows written with its streaming writer.
/// </summary>
internal static class Workbooks
{
    /// <summary>The columns of amounts, stored as numbers by <see cref="FromCsv"/>.</summary>
    private static readonly HashSet<string> NumberColumns = new(StringComparer.Ordinal)
    {
        "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112",
    };

    /// <summary>Gets the schema's column names, in its order: the header the CSV reader gives a file without one.</summary>
    public static string[] SchemaColumns { get; } = SchemaNames();

    /// <summary>
    /// Makes the workbook a spreadsheet program makes of a CSV file, as a person would type it: amounts, the year and the
    /// SIRET as numbers (amounts formatted with the decimals they had, the SIRET with its 14 digits), codes and labels as text.
    /// </summary>
    public static byte[] FromCsv(string csv, bool hasHeader = true, string sheetName = "Budget")
    {
        var rows = SimpleCsv.Parse(csv).Where(r => r.Length > 1 || r[0].Length > 0).ToList();
        var names = hasHeader ? rows[0] : SchemaColumns;
        var typed = rows.Select((row, index) => row.Select((text, column) =>
            (hasHeader && index == 0) || column >= names.Length ? Typed(text, null) : Typed(text, names[column])).ToArray());
        return Build((sheetName, typed));

        static XCell? Typed(string text, string? column)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (column is "BGT_ANNEE" && text.All(char.IsAsciiDigit))
            {
                return XCell.Number(text);
            }

            if (column is "BGT_SIRET" && text.Length == 14 && text.All(char.IsAsciiDigit))
            {
                // As Excel stores a SIRET typed in a column formatted to show its 14 digits.
                return XCell.Number(long.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), "00000000000000");
            }

            if (column is not null && NumberColumns.Contains(column) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                var stored = amount.ToString("0.############################", CultureInfo.InvariantCulture); // as Excel stores it: no trailing zeros
                return XCell.Number(stored, decimals == 0 ? null : "0." + new string('0', decimals));
            }

            return XCell.Text(text);
        }
    }

    /// <summary>Makes a workbook of sheets, each a sequence of rows numbered from 1 (a null cell is left out).</summary>
    public static byte[] Build(params (string Name, IEnumerable<XCell?[]> Rows)[] sheets) => Build(sheets.Select(s => (s.Name, false, s.Rows)).ToArray());

    /// <summary>Makes a workbook of sheets, some of them hidden.</summary>
    public static byte[] Build((string Name, bool Hidden, IEnumerable<XCell?[]> Rows)[] sheets)
    {
        var output = new MemoryStream();
        Write(output, sheets);
        return output.ToArray();
    }

    /// <summary>Writes a workbook into a stream (a file, for the large ones), streaming its rows.</summary>
    public static void Write(Stream output, (string Name, bool Hidden, IEnumerable<XCell?[]> Rows)[] sheets, bool date1904 = false)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var formats = new Dictionary<string, uint>(StringComparer.Ordinal);
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetList = new Sheets();
            uint sheetId = 1;
            foreach (var (name, hidden, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                WriteSheet(part, rows, strings, formats);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name, State = hidden ? SheetStateValues.Hidden : null });
            }

            workbook.Workbook = new Workbook(new WorkbookProperties { Date1904 = date1904 ? true : null }, sheetList);
            var table = workbook.AddNewPart<SharedStringTablePart>();
            table.SharedStringTable = new SharedStringTable(strings.OrderBy(s => s.Value).Select(s => Item(s.Key)));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            var numberFormats = formats.Select(f => new NumberingFormat { NumberFormatId = 163 + f.Value, FormatCode = f.Key });
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(numberFormats),
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellStyleFormats(new CellFormat()),
                new CellFormats(new[] { new CellFormat() }.Concat(formats.OrderBy(f => f.Value).Select(f => new CellFormat { NumberFormatId = 163 + f.Value, ApplyNumberFormat = true }))));
        }
    }

    private static SharedStringItem Item(string key)
    {
        if (!key.StartsWith('\u001E'))
        {
            return new SharedStringItem(new Text(key) { Space = SpaceProcessingModeValues.Preserve });
        }

        var item = new SharedStringItem(key[1..].Split('\u001F').Select(run => new Run(new RunProperties(new Bold()), new Text(run) { Space = SpaceProcessingModeValues.Preserve })));
        item.Append(new PhoneticRun(new Text("フリガナ")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
        return item;
    }

    private static void WriteSheet(WorksheetPart part, IEnumerable<XCell?[]> rows, Dictionary<string, int> strings, Dictionary<string, uint> formats)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        uint number = 0;
        foreach (var row in rows)
        {
            number++;
            writer.WriteStartElement(new Row { RowIndex = number });
            var column = -1;
            foreach (var cell in row)
            {
                column++;
                if (cell is null)
                {
                    continue;
                }

                column = cell.Column ?? column;
                writer.WriteElement(ToCell(cell, Reference(column, number), strings, formats));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell ToCell(XCell cell, string reference, Dictionary<string, int> strings, Dictionary<string, uint> formats)
    {
        var result = new Cell { CellReference = reference };
        if (cell.Format is { } format)
        {
            if (!formats.TryGetValue(format, out var style))
            {
                style = (uint)formats.Count + 1;
                formats.Add(format, style);
            }

            result.StyleIndex = style;
        }

        if (cell.Formula is { } formula)
        {
            result.CellFormula = new CellFormula(formula);
        }

        switch (cell.Type)
        {
            case "s":
                if (!strings.TryGetValue(cell.Value!, out var index))
                {
                    index = strings.Count;
                    strings.Add(cell.Value!, index);
                }

                result.DataType = CellValues.SharedString;
                result.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
                break;
            case "rich":
                var key = "\u001E" + cell.Value; // rich items apart from plain ones of the same text
                if (!strings.TryGetValue(key, out var rich))
                {
                    rich = strings.Count;
                    strings.Add(key, rich);
                }

                result.DataType = CellValues.SharedString;
                result.CellValue = new CellValue(rich.ToString(CultureInfo.InvariantCulture));
                break;
            case "inlineStr":
                result.DataType = CellValues.InlineString;
                result.InlineString = new InlineString(new Text(cell.Value!) { Space = SpaceProcessingModeValues.Preserve });
                break;
            default:
                result.DataType = cell.Type switch
                {
                    "b" => CellValues.Boolean,
                    "e" => CellValues.Error,
                    "str" => CellValues.String,
                    "d" => CellValues.Date,
                    _ => null,
                };
                if (cell.Value is not null)
                {
                    result.CellValue = new CellValue(cell.Value);
                }

                break;
        }

        return result;
    }

    private static string[] SchemaNames()
    {
        using var reader = Scdl.Budget.Csv.BudgetCsvReader.Create(new StringReader(string.Join(',', Enumerable.Repeat("x", 22))), new Scdl.Budget.Csv.BudgetCsvReaderOptions { HasHeader = false });
        reader.ReadHeader();
        return [.. reader.Header];
    }

    /// <summary>Gets the reference of a cell, such as <c>B3</c>.</summary>
    public static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
