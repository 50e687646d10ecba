using Scdl.Budget.Normalization;
using Scdl.Budget.Spreadsheets.Tests.Support;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Spreadsheets.Tests.Spreadsheets;

/// <summary>
/// An .xlsx made from each real CSV, as a spreadsheet program stores it (amounts, year and SIRET as numbers), gives the
/// same findings as the CSV read tolerantly, plus the spreadsheet's departures, and normalises to the same standard CSV.
/// </summary>
public sealed class RealFilesTests
{
    [Theory]
    [MemberData(nameof(RealFiles.Names), MemberType = typeof(RealFiles))]
    public void Validate_WorkbookOfRealCsv_SameFindingsAsCsvPlusDepartures(string name)
    {
        var csv = new BudgetValidator(RealFiles.ValidationOptions(name)).Validate(new MemoryStream(RealFiles.Bytes(name)), name);

        var sheet = BudgetSpreadsheet.Validate(new MemoryStream(RealFiles.Workbook(name)), name, RealFiles.ValidationOptions(name), RealFiles.SheetOptions(name));

        var findings = sheet.Findings.Kept.Where(f => !IsDeparture(f)).ToList();
        findings.ShouldBe(csv.Findings.Kept);
        sheet.LinesRead.ShouldBe(csv.LinesRead);
        sheet.IsValid.ShouldBeFalse();
        sheet.Verdict.ShouldBe(csv.Verdict == ValidationVerdict.Valid ? ValidationVerdict.NotInStandardFormat : csv.Verdict);
        sheet.Findings.CountOf(FindingCodes.SpreadsheetNotCsv).ShouldBe(1);
        var dataRows = RealFiles.DataRows(name);
        sheet.Findings.CountOf(FindingCodes.SpreadsheetNumberInTextColumn).ShouldBe(dataRows); // one SIRET stored as a number per line
        sheet.Findings.CountOf(FindingCodes.SpreadsheetNumberCell).ShouldBeGreaterThan(dataRows); // the year and the amounts
        sheet.Summary.ShouldBeEquivalentTo(csv.Summary);
    }

    [Theory]
    [MemberData(nameof(RealFiles.Names), MemberType = typeof(RealFiles))]
    public void Normalize_WorkbookOfRealCsv_SameStandardCsvAsCsv(string name)
    {
        var fromCsv = new MemoryStream();
        var csvResult = BudgetNormalizer.Normalize(new MemoryStream(RealFiles.Bytes(name)), fromCsv, RealFiles.NormalizationOptions(name));
        var fromSheet = new MemoryStream();

        var sheetResult = BudgetSpreadsheet.Normalize(new MemoryStream(RealFiles.Workbook(name)), fromSheet, RealFiles.NormalizationOptions(name), RealFiles.SheetOptions(name));

        System.Text.Encoding.UTF8.GetString(fromSheet.ToArray()).ShouldBe(System.Text.Encoding.UTF8.GetString(fromCsv.ToArray()));
        sheetResult.LinesWritten.ShouldBe(csvResult.LinesWritten);
        sheetResult.UnresolvedCount.ShouldBe(csvResult.UnresolvedCount + sheetResult.Findings.CountOf(FindingCodes.SpreadsheetNumberInTextColumn));
        sheetResult.Dialect.ShouldBeNull();
    }

    private static bool IsDeparture(Finding finding) => finding.Code.StartsWith("SCDL62", StringComparison.Ordinal);
}
