using Scdl.Budget.Csv;

namespace Scdl.Budget.Spreadsheets.Tests.Support;

/// <summary>Handmade sheets: the schema's header and a valid line, as text, with the cells a test types differently.</summary>
internal static class TestSheets
{
    /// <summary>A valid line, cell by cell in the schema's order (the schema's column convention: the account in BGT_NATURE).</summary>
    public static readonly string[] Line =
    [
        "budget primitif", "2022", "21560046100085", "CRACH", "011", "Charges à caractère général", "6045", "Achats d'études", "", "", "",
        "fonctionnement", "réel", "dépense", "", "", "", "", "15000.00", "", "", "non spécialisé",
    ];

    public static XCell?[] Header() => [.. Workbooks.SchemaColumns.Select(XCell.Text)];

    /// <summary>Gets a data row: the valid line, with some cells replaced (by column name; null leaves the cell empty).</summary>
    public static XCell?[] Row(params (string Column, XCell? Cell)[] changes)
    {
        var row = Line.Select(text => text.Length == 0 ? null : XCell.Text(text)).ToArray();
        foreach (var (column, cell) in changes)
        {
            row[Array.IndexOf(Workbooks.SchemaColumns, column)] = cell;
        }

        return row;
    }

    /// <summary>Makes a one-sheet workbook of the header and the rows.</summary>
    public static MemoryStream Workbook(params XCell?[][] rows) => new(Workbooks.Build(("Budget", new[] { Header() }.Concat(rows))));

    /// <summary>Reads every record of a workbook.</summary>
    public static List<BudgetRecord> Read(Stream workbook, SpreadsheetReaderOptions? options = null)
    {
        using var reader = BudgetSpreadsheetReader.Create(workbook, options);
        return [.. reader.ReadRecords()];
    }

    /// <summary>Reads the one data record of a workbook of one line.</summary>
    public static BudgetRecord ReadLine(params (string Column, XCell? Cell)[] changes) =>
        Read(Workbook(Row(changes))).Single(r => r.LineNumber == 2);

    /// <summary>The canonical text of a line (what normalisation writes for it).</summary>
    public static string ToCsv(BudgetLine line)
    {
        var output = new StringWriter();
        using (var writer = BudgetCsvWriter.Create(output, new BudgetCsvWriterOptions { LineEnding = LineEnding.Lf }))
        {
            writer.Write(line);
        }

        return output.ToString().Split('\n')[1];
    }
}
