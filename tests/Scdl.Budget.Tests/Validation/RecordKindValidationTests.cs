using System.Text;
using Scdl.Budget.Validation;
using static Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Validation;

/// <summary>The validator takes records for what they say they are: only data records are counted and checked, whatever their line or findings.</summary>
public sealed class RecordKindValidationTests
{
    private static readonly BudgetValidator Validator = new();

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void Validate_BlankRowsOfAnyDialect_AreOneFormatErrorEach_NotDataLines(char separator)
    {
        var text = Header.Replace(',', separator) + "\r\n" + ValidRow.Replace(',', separator) + "\r\n" + new string(separator, 21) + "\r\n" + new string(separator, 21) + "\r\n";

        var report = Validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        report.LinesRead.ShouldBe(1);
        report.Findings.CountOf(FindingCodes.BlankRow).ShouldBe(2);
        report.Findings.CountOf(FindingCodes.RequiredValueMissing).ShouldBe(0);
        report.Findings.CountOf(FindingCodes.RecordsNotTyped).ShouldBe(0);
        report.Summary.LinesNotCounted.ShouldBe(0);
        report.Verdict.ShouldBe(ValidationVerdict.NotInStandardFormat);
    }

    [Fact]
    public void Validate_RecordsFromAnyReader_AreTakenByTheirKind()
    {
        var line = Read(Header + "\n" + ValidRow)[0].Line!;
        BudgetRecord[] records =
        [
            new(null, 1, [new Finding(FindingCodes.MissingOptionalColumn, FindingSeverity.Warning, new SourceLocation(1, "BGT_FONCTION"))], RecordKind.Header),
            new(line, 2, []),
            new(null, 3, [new Finding(FindingCodes.BlankRow, FindingSeverity.Error, new SourceLocation(3, null))], RecordKind.Blank),
            new(null, 4, [new Finding(FindingCodes.InvalidYear, FindingSeverity.Error, new SourceLocation(4, "BGT_ANNEE"), "22")]),
            new(null, 0, [new Finding(FindingCodes.NoDataLines, FindingSeverity.Warning, new SourceLocation(0, null))], RecordKind.File),
        ];

        var report = Validator.Validate(records);

        report.LinesRead.ShouldBe(2);
        report.Summary.LinesNotCounted.ShouldBe(1);
        report.Findings.CountOf(FindingCodes.RecordsNotTyped).ShouldBe(1);
        report.Findings.CountOf(FindingCodes.MissingOptionalColumn).ShouldBe(1);
    }

    [Fact]
    public void Validate_HeaderOnTheSecondLine_IsNotTakenForData()
    {
        var text = "\r\n" + Header.ToLowerInvariant() + "\r\n" + ValidRow + "\r\n";

        var report = Validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        report.LinesRead.ShouldBe(1);
        report.Findings.CountOf(FindingCodes.HeaderNameNotExact).ShouldBe(22);
        report.Columns.Count.ShouldBe(22);
        report.Summary.LinesNotCounted.ShouldBe(0);
    }
}
