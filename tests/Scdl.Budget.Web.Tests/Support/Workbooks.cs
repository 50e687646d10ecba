using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>Makes <c>.xlsx</c> workbooks with DocumentFormat.OpenXml (Microsoft's Open XML SDK), a writer the spreadsheet package does not share.</summary>
internal static class Workbooks
{
    /// <summary>The workbook of a CSV file: one sheet, every cell as text, as a spreadsheet program imports it without typing columns.</summary>
    public static byte[] FromCsv(byte[] csv) => Build(ParseCsv(Encoding.UTF8.GetString(csv)));

    /// <summary>A zip bomb: one cell of 8 MiB of one letter, which compresses more than a thousand times.</summary>
    public static byte[] Bomb() => Build([["BGT_NATDEC"], [new string('a', 8 << 20)]]);

    private static byte[] Build(List<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    if (rows[r][c].Length > 0)
                    {
                        row.Append(new Cell
                        {
                            CellReference = Column(c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }),
                        });
                    }
                }

                data.Append(row);
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Budget" }));
        }

        return stream.ToArray();
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>Reads CSV as RFC 4180 says: commas, double quotes, line breaks inside quotes.</summary>
    private static List<IReadOnlyList<string>> ParseCsv(string text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\uFEFF')
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
