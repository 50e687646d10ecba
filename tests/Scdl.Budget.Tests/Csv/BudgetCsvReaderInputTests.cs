using System.Globalization;
using System.Text;
using Scdl.Budget.Csv;
using static Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Csv;

/// <summary>What the reader makes of whole inputs: their size limit, their kind (XML, UTF-16), and what each record is.</summary>
public sealed class BudgetCsvReaderInputTests
{
    /// <summary>A record whose raw UTF-8 text (line break excluded) is exactly <paramref name="size"/> bytes: the valid row with a long label.</summary>
    private static string RowOfSize(int size)
    {
        var padding = size - Encoding.UTF8.GetByteCount(ValidRow);
        return ValidRow.Replace("Eau et assainissement", "Eau et assainissement" + new string('x', padding), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(1 << 20)]
    public void Read_RecordOfExactlyMaxRecordSize_IsRead_AndOneByteMoreIsNot(int limit)
    {
        var options = new BudgetCsvReaderOptions { MaxRecordSize = limit };
        var fits = Encoding.UTF8.GetBytes(Header + "\r\n" + RowOfSize(limit) + "\r\n" + ValidRow + "\r\n");
        var tooLarge = Encoding.UTF8.GetBytes(Header + "\r\n" + ValidRow + "\r\n" + RowOfSize(limit + 1) + "\r\n");

        BudgetCsv.Read(new MemoryStream(fits), options).Count(r => r.Line is not null).ShouldBe(2);
        var seen = new List<long>();
        var exception = Should.Throw<ScdlFormatException>(() =>
        {
            foreach (var record in BudgetCsv.Read(new MemoryStream(tooLarge), options))
            {
                seen.Add(record.LineNumber);
            }
        });
        exception.Code.ShouldBe(FindingCodes.RecordTooLarge);
        exception.Line.ShouldBe(3);
        seen.ShouldBe([2L]);
    }

    [Fact]
    public void Read_OneAndAHalfMegabyteRecord_IsRefusedByTheDefaultLimit()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\r\n" + RowOfSize(1_500_000) + "\r\n");

        Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(new MemoryStream(bytes)).ToList()).Code.ShouldBe(FindingCodes.RecordTooLarge);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<DocumentBudgetaire xmlns=\"http://www.minefi.gouv.fr/cp/demat/docbudgetaire\"><Budget/></DocumentBudgetaire>", "DocumentBudgetaire")]
    [InlineData("\n  <!-- export -->\n<bgt:CompteFinancierUnique xmlns:bgt=\"urn:x\"/>", "CompteFinancierUnique")]
    [InlineData("<html><body>Not found</body></html>", "html")]
    public void Read_XmlDocument_IsRefusedNamingItsRootElement(string xml, string root)
    {
        var exception = Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(new MemoryStream(Encoding.Latin1.GetBytes(xml))).ToList());

        exception.Code.ShouldBe(FindingCodes.XmlInput);
        exception.Arguments.ShouldBe([root]);
        exception.GetMessage(CultureInfo.GetCultureInfo("en")).ShouldContain("scdl-budget convert");
        exception.GetMessage(CultureInfo.GetCultureInfo("fr")).ShouldContain("scdl-budget convert");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf16WithoutByteOrderMark_IsDetected(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Header + "\r\n" + ValidRow + "\r\n");

        using var reader = BudgetCsvReader.Create(new MemoryStream(bytes));
        var records = reader.ReadRecords().ToList();

        reader.Dialect!.Encoding.ShouldBe(bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode);
        reader.Dialect.HasByteOrderMark.ShouldBeFalse();
        records[0].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.EncodingNotUtf8);
        records[1].Line!.ChapterLabel.ShouldBe("Charges à caractère général");
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1E+29")]
    [InlineData("1234567890123456789012345678901234567890")]
    [InlineData("1e-308")]
    [InlineData("0.00000000000000000000000000001")]
    public void Read_AmountTheSchemaAllowsButNoDecimalHolds_IsSaidSo_AndLeftOut(string amount)
    {
        var record = Read(Header + "\n" + ValidRow.Replace("1500.50", amount, StringComparison.Ordinal)).ShouldHaveSingleItem();

        var finding = record.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.AmountOutOfRange);
        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.Value.ShouldBe(amount);
        finding.GetMessage(CultureInfo.GetCultureInfo("en")).ShouldContain("is a number");
        record.Line.ShouldNotBeNull().MontantVote.ShouldBeNull();
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-0.00")]
    public void Read_AmountAtTheEdgeOfDecimal_IsReadExactly(string amount)
    {
        var line = Read(Header + "\n" + ValidRow.Replace("1500.50", amount, StringComparison.Ordinal)).ShouldHaveSingleItem().Line!;

        Budget.Internal.Utf8Decimal.Format(line.MontantVote!.Value).ShouldBe(amount);
    }

    [Fact]
    public void Read_Records_SayWhatTheyAreAndWhereTheyComeFrom()
    {
        var fileSystem = new System.IO.Abstractions.TestingHelpers.MockFileSystem();
        fileSystem.AddFile("/data/budget.csv", new System.IO.Abstractions.TestingHelpers.MockFileData(
            "\n" + Header.Replace("BGT_NATDEC", "bgt_natdec", StringComparison.Ordinal) + "\n" + ValidRow + "\n\n" + ValidRow.Replace("2022", "22", StringComparison.Ordinal) + "\n"));

        var records = BudgetCsv.Read(fileSystem, "/data/budget.csv").ToList();

        records.Select(r => (r.Kind, r.LineNumber)).ShouldBe([(RecordKind.Header, 2L), (RecordKind.Data, 3L), (RecordKind.Blank, 4L), (RecordKind.Data, 5L)]);
        records.ShouldAllBe(r => r.Source == "/data/budget.csv");
        records[0].Findings.Select(f => f.Code).ShouldBe([FindingCodes.BlankRow, FindingCodes.HeaderNameNotExact]);
        records[3].Line.ShouldBeNull();
    }

    [Fact]
    public void Record_OnlyADataRecordHoldsALine() =>
        Should.Throw<ArgumentException>(() => new BudgetRecord(Read(Header + "\n" + ValidRow)[0].Line, 1, [], RecordKind.Header));
}
