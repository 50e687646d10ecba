using System.Text;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Tests.Csv;

public sealed class TolerantReadingBadInputTests
{
    public static TheoryData<bool> Modes => new(false, true);

    private static BudgetCsvReaderOptions Options(bool tolerant) => tolerant ? BudgetCsvReaderOptions.Tolerant : BudgetCsvReaderOptions.Default;

    [Theory]
    [MemberData(nameof(Modes))]
    public void Read_EmptyFile_IsAnEmptyInputError(bool tolerant)
    {
        var exception = Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(new MemoryStream([]), Options(tolerant)).ToList());

        exception.Code.ShouldBe(FindingCodes.EmptyInput);
    }

    [Fact]
    public void Read_HeaderOnly_GivesANoDataWarningAtTheHeaderLine()
    {
        var records = Support.Csv.Read(Support.Csv.Header + "\r\n", BudgetCsvReaderOptions.Tolerant);

        var finding = records.ShouldHaveSingleItem().Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.NoDataLines);
        finding.Location.Line.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Read_BinaryData_IsAnUnreadableInputErrorWithItsLine(bool tolerant)
    {
        var bytes = Encoding.ASCII.GetBytes("PK\u0003\u0004").Concat(new byte[] { 0, 1, 2, 0xFF, 0xD8, (byte)'\n', 0, 0 }).ToArray();

        var exception = Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(new MemoryStream(bytes), Options(tolerant)).ToList());

        exception.Code.ShouldBe(FindingCodes.UnreadableInput);
        exception.Line.ShouldBe(1);
    }

    [Fact]
    public void Read_BinaryDataWithoutNul_IsNotAHeader()
    {
        var random = new Random(5);
        var bytes = Enumerable.Range(0, 5000).Select(_ => (byte)random.Next(0x80, 0x100)).ToArray();

        var exception = Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(new MemoryStream(bytes), BudgetCsvReaderOptions.Tolerant).ToList());

        exception.Code.ShouldBe(FindingCodes.NoHeader);
        exception.Line.ShouldBe(1);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Read_50MegabyteField_IsARecordTooLargeErrorInBoundedMemory(bool tolerant, bool quoted)
    {
        var head = Encoding.UTF8.GetBytes(Support.Csv.Header + "\r\nbudget primitif,2022,21560046100085," + (quoted ? "\"" : string.Empty));
        using var stream = new GeneratedStream(head, "abcdefgh"u8.ToArray(), 50L << 20, Encoding.UTF8.GetBytes((quoted ? "\"" : string.Empty) + ",x\r\n"));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var exception = Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(stream, Options(tolerant)).ToList());

        exception.Code.ShouldBe(FindingCodes.RecordTooLarge);
        exception.Line.ShouldBe(2);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(16L << 20);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Read_10000ColumnRow_ReportsExtraCellsOnItsLine(bool tolerant)
    {
        var row = Support.Csv.ValidRow + string.Concat(Enumerable.Repeat(",x", 10_000 - 22));

        var records = Support.Csv.Read(Support.Csv.Header + "\n" + row + "\n" + Support.Csv.ValidRow + "\n", Options(tolerant));

        records.Count.ShouldBe(2);
        records[0].LineNumber.ShouldBe(2);
        records[0].Line.ShouldNotBeNull();
        records[0].Findings.Count(f => f.Code == FindingCodes.ExtraCell).ShouldBe(10_000 - 22);
        records[1].Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_10000ColumnHeader_ReportsExtraColumns()
    {
        var header = Support.Csv.Header + string.Concat(Enumerable.Range(0, 10_000 - 22).Select(i => ";X" + i)).Replace(';', ',');

        var records = Support.Csv.Read(header + "\n" + Support.Csv.ValidRow + "\n", BudgetCsvReaderOptions.Tolerant);

        records[0].Findings.Count(f => f.Code == FindingCodes.ExtraColumn).ShouldBe(10_000 - 22);
        records[1].Line.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Read_UnbalancedQuoteAtTheEnd_IsAMalformedQuotingErrorOnItsLine(bool tolerant)
    {
        var text = Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\nbudget primitif,2022,\"21560046100085,CRACH\n";

        var records = Support.Csv.Read(text, Options(tolerant));

        records.Count.ShouldBe(2);
        records[0].Line.ShouldNotBeNull();
        records[1].LineNumber.ShouldBe(3);
        records[1].Findings.ShouldContain(f => f.Code == FindingCodes.MalformedQuoting && f.Location.Line == 3);
    }

    [Fact]
    public void Read_ArbitraryCells_NeverThrowOnlyFindings()
    {
        var random = new Random(11);
        var alphabet = "0123456789,.;-+eE \u00A0€\"abcéÉ'\t";
        for (var i = 0; i < 200; i++)
        {
            var cells = Support.Csv.ValidRow.Split(',');
            var column = random.Next(cells.Length);
            cells[column] = "\"" + new string([.. Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)])]).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

            var records = Support.Csv.Read(Support.Csv.Header + "\n" + string.Join(",", cells) + "\n", BudgetCsvReaderOptions.Tolerant);

            records.Count.ShouldBeGreaterThanOrEqualTo(1);
        }
    }
}
