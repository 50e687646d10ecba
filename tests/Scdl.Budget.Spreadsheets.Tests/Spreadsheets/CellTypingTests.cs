using System.Globalization;
using Scdl.Budget.Spreadsheets.Tests.Support;
using static Scdl.Budget.Spreadsheets.Tests.Support.TestSheets;

namespace Scdl.Budget.Spreadsheets.Tests.Spreadsheets;

/// <summary>Cells typed as numbers, dates, logical values, errors and formulas are turned back into the schema's text exactly, each a finding.</summary>
public sealed class CellTypingTests
{
    private static string Cell(BudgetRecord record, string column) =>
        ToCsv(record.Line.ShouldNotBeNull()).Split(',')[Array.IndexOf(Workbooks.SchemaColumns, column)];

    [Fact]
    public void Read_TextCells_NoDeparture()
    {
        var record = ReadLine();

        record.Line.ShouldNotBeNull();
        record.Findings.ShouldBeEmpty();
        ToCsv(record.Line).ShouldBe(string.Join(',', Line));
    }

    [Fact]
    public void Read_SiretStoredAsNumber_Keeps14DigitsWithWarning()
    {
        var record = ReadLine(("BGT_SIRET", XCell.Number("21560046100085")));

        record.Line.ShouldNotBeNull().Siret.ToString().ShouldBe("21560046100085");
        record.Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetNumberInTextColumn, FindingSeverity.Warning, new SourceLocation(2, "BGT_SIRET"), "21560046100085", "21560046100085")]);
    }

    [Theory]
    [InlineData("0.1", null, "0.1")]
    [InlineData("0.30000000000000004", null, "0.3")] // =0.1+0.2 in a double: Excel shows 15 significant digits
    [InlineData("1234567.8899999999", null, "1234567.89")]
    [InlineData("95000", "#,##0.00", "95000.00")] // the decimals its format shows
    [InlineData("95000.5", "0.00 €", "95000.50")]
    [InlineData("1234.567", "0.00", "1234.567")] // more decimals than shown are kept, never cut
    [InlineData("-42", null, "-42")]
    [InlineData("1E-3", null, "0.001")]
    [InlineData("1.5E8", null, "150000000")]
    [InlineData("12345678901234.5", null, "12345678901234.5")]
    public void Read_AmountStoredAsNumber_ExactDecimalText(string stored, string? format, string expected)
    {
        var record = ReadLine(("BGT_MTPREV", XCell.Number(stored, format)));

        Cell(record, "BGT_MTPREV").ShouldBe(expected);
        record.Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetNumberCell, FindingSeverity.Info, new SourceLocation(2, "BGT_MTPREV"), stored, expected)]);
    }

    [Fact]
    public void Read_AmountUnderFrenchCulture_SameText()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Cell(ReadLine(("BGT_MTPREV", XCell.Number("1234.5", "# ##0,00"))), "BGT_MTPREV").ShouldBe("1234.5");
            Cell(ReadLine(("BGT_MTPREV", XCell.Number("1234.5", "#,##0.00"))), "BGT_MTPREV").ShouldBe("1234.50");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Read_YearStoredAsNumber_IsTheYear()
    {
        var record = ReadLine(("BGT_ANNEE", XCell.Number("2022")));

        record.Line.ShouldNotBeNull().Year.ShouldBe(2022);
        record.Findings.Single().Code.ShouldBe(FindingCodes.SpreadsheetNumberCell);
    }

    [Theory]
    [InlineData(44562, "dd/mm/yyyy", "2022-01-01")] // 1 January 2022
    [InlineData(44926, "yyyy", "2022-12-31")]
    [InlineData(2022, "dd/mm/yyyy", "1905-07-14")] // 2022 typed in a cell formatted as a date
    [InlineData(44562, "[$-40C]d mmmm yyyy;@", "2022-01-01")]
    public void Read_YearStoredAsDate_IsAYearWithWarning(int serial, string format, string shownAs)
    {
        var record = ReadLine(("BGT_ANNEE", XCell.Date(serial, format)));

        record.Line.ShouldNotBeNull().Year.ShouldBe(2022);
        record.Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetDateAsYear, FindingSeverity.Warning, new SourceLocation(2, "BGT_ANNEE"), shownAs, "2022")]);
    }

    [Fact]
    public void Read_YearAsDateIn1904Workbook_IsTheYear()
    {
        var output = new MemoryStream();
        Workbooks.Write(output, [("Budget", false, new[] { Header(), Row(("BGT_ANNEE", XCell.Date(43100))) })], date1904: true);

        var record = Read(new MemoryStream(output.ToArray())).Single(r => r.LineNumber == 2);

        record.Line.ShouldNotBeNull().Year.ShouldBe(2022); // 43100 days after 1904-01-01
        record.Findings.Single().Value.ShouldBe("2022-01-01");
    }

    [Fact]
    public void Read_AmountFormattedAsDate_ItsNumberWithWarning()
    {
        var record = ReadLine(("BGT_MTPREV", XCell.Date(15000)));

        Cell(record, "BGT_MTPREV").ShouldBe("15000");
        record.Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetDateCell, FindingSeverity.Warning, new SourceLocation(2, "BGT_MTPREV"), "1941-01-24", "15000")]);
    }

    [Theory]
    [InlineData("11", null, "11")]
    [InlineData("11", "000", "011")] // the zeros its format shows
    [InlineData("6045", "@", "6045")]
    public void Read_CodeStoredAsNumber_DigitsWithWarning(string stored, string? format, string expected)
    {
        var record = ReadLine(("BGT_CONTNAT", XCell.Number(stored, format)));

        Cell(record, "BGT_CONTNAT").ShouldBe(expected);
        record.Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetNumberInTextColumn, FindingSeverity.Warning, new SourceLocation(2, "BGT_CONTNAT"), stored, expected)]);
    }

    [Fact]
    public void Read_LogicalValue_TrueOrFalseWithInfo()
    {
        var record = ReadLine(("BGT_ARTSPE", XCell.Logical(false)));

        record.Findings[0].ShouldBe(new Finding(FindingCodes.SpreadsheetBooleanCell, FindingSeverity.Info, new SourceLocation(2, "BGT_ARTSPE"), "FALSE", "false"));
        record.Findings.Skip(1).ShouldAllBe(f => f.Code == FindingCodes.EnumValueNotExact); // then tolerant reading's alias
    }

    [Fact]
    public void Read_ErrorCell_ErrorThenTheColumnsOwnCheck()
    {
        var record = ReadLine(("BGT_MTPREV", XCell.Error("#N/A")));

        record.Findings.Select(f => f.Code).ShouldBe([FindingCodes.SpreadsheetErrorCell, FindingCodes.InvalidNumber]);
        record.Findings[0].ShouldBe(new Finding(FindingCodes.SpreadsheetErrorCell, FindingSeverity.Error, new SourceLocation(2, "BGT_MTPREV"), "#N/A"));
    }

    [Fact]
    public void Read_FormulaWithCachedValue_ReadsTheValue()
    {
        var record = ReadLine(("BGT_MTPREV", XCell.FormulaOf("S2*2", "30000")));

        Cell(record, "BGT_MTPREV").ShouldBe("30000");
        record.Findings.Single().Code.ShouldBe(FindingCodes.SpreadsheetNumberCell);
    }

    [Fact]
    public void Read_FormulaWithoutValue_EmptyWithError()
    {
        var record = ReadLine(("BGT_MTPREV", XCell.FormulaOf("SUM(S3:S9)", null)));

        Cell(record, "BGT_MTPREV").ShouldBe(string.Empty);
        record.Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetFormulaWithoutValue, FindingSeverity.Error, new SourceLocation(2, "BGT_MTPREV"), "=SUM(S3:S9)")]);
    }

    [Fact]
    public void Read_InlineAndRichTextStrings_ReadAsText()
    {
        var record = ReadLine(("BGT_NATDEC", XCell.Inline("budget primitif")), ("BGT_NOM", XCell.Rich("CR", "ACH")));

        record.Findings.ShouldBeEmpty();
        Cell(record, "BGT_NOM").ShouldBe("CRACH"); // runs joined, the phonetic run left out
    }

    [Fact]
    public void Read_CellWithLineBreaks_LaterRowsKeepTheirNumbers()
    {
        var records = Read(Workbook(
            Row(("BGT_NATURE_LABEL", XCell.Text("Achats\nd'études"))),
            Row(("BGT_CONTNAT_LABEL", XCell.Text("Charges_x000D_\nà caractère_x000D_général_x005F_x0041_"))), // as Excel escapes a CR
            Row(("BGT_SIRET", XCell.Text("2156004610008"))),
            Row(("BGT_MTPREV", XCell.Number("1"))))).Skip(1).ToList();

        records.Select(r => r.LineNumber).ShouldBe([2, 3, 4, 5]);
        records[0].Line.ShouldNotBeNull().ChapterLabel.ShouldBe("Achats\nd'études"); // BGT_NATURE_LABEL, by the schema's convention
        records[1].Line.ShouldNotBeNull().AccountLabel.ShouldBe("Charges\r\nà caractère\rgénéral_x0041_");
        records[2].Findings.ShouldContain(f => f.Code == FindingCodes.InvalidSiretFormat && f.Location == new SourceLocation(4, "BGT_SIRET"));
        records[3].Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetNumberCell, FindingSeverity.Info, new SourceLocation(5, "BGT_MTPREV"), "1", "1")]);
    }

    [Fact]
    public void Read_EmptyRowsAndGaps_RecordsAtTheirSheetRows()
    {
        var empty = new XCell?[] { null, null };
        var rows = new[] { empty, empty, Header(), Row(), empty, new XCell?[] { XCell.Text("") }, Row(("BGT_SIRET", XCell.Text("1"))) };

        var records = Read(new MemoryStream(Workbooks.Build(("Budget", rows))));

        records.Select(r => r.LineNumber).ShouldBe([3, 4, 7]); // the header's record, then the data rows
        records[2].Findings.ShouldContain(f => f.Location == new SourceLocation(7, "BGT_SIRET"));
    }

    [Fact]
    public void Read_HeaderWithDeviantNames_HeaderRecordAtItsRow()
    {
        var header = Header();
        header[0] = XCell.Text("natdec");
        var rows = new[] { new XCell?[] { null }, header, Row() };

        using var reader = BudgetSpreadsheetReader.Create(new MemoryStream(Workbooks.Build(("Budget", rows))));
        var records = reader.ReadRecords().ToList();

        reader.HeaderRowNumber.ShouldBe(2);
        reader.SheetName.ShouldBe("Budget");
        records[0].LineNumber.ShouldBe(2);
        records[0].Line.ShouldBeNull();
        records[0].Findings.Select(f => f.Code).ShouldBe([FindingCodes.SpreadsheetNotCsv, FindingCodes.HeaderNameNotExact]);
        records[0].Findings[1].Location.ShouldBe(new SourceLocation(2, "BGT_NATDEC"));
        records[1].LineNumber.ShouldBe(3);
    }

    [Fact]
    public void Validate_WorkbookOfAValidLine_NotInTheStandardFormat()
    {
        var report = BudgetSpreadsheet.Validate(Workbook(Row(("BGT_MTPREV", XCell.Number("15000", "0.00")))), "budget.xlsx");

        report.Verdict.ShouldBe(Validation.ValidationVerdict.NotInStandardFormat);
        report.Findings.ErrorCount.ShouldBe(1);
        report.Findings.CountOf(FindingCodes.SpreadsheetNotCsv).ShouldBe(1);
        report.LinesRead.ShouldBe(1);
    }

    [Fact]
    public void Read_FirstRecord_SaysTheFileIsASpreadsheet()
    {
        var records = Read(Workbook(Row()));

        records.Count.ShouldBe(2);
        records[0].LineNumber.ShouldBe(1); // at the header's row, as the file-level findings of a CSV file
        records[0].Line.ShouldBeNull();
        records[0].Findings.ShouldBe([new Finding(FindingCodes.SpreadsheetNotCsv, FindingSeverity.Error, SourceLocation.File, null, "Budget")]);
        records[0].Findings[0].GetMessage(CultureInfo.GetCultureInfo("fr-FR")).ShouldContain("classeur Excel");
    }
}
