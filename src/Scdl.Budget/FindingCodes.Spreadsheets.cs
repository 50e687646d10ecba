namespace Scdl.Budget;

// SCDL62x-63x: spreadsheets read as a tolerant source (package Scdl.Budget.Spreadsheets). The departures normalisation
// removes are of the Format category; a code that may have lost data (622) or holds none (626, 627) is Content; the
// exceptions are Unreadable. Each code has its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    /// <summary>
    /// The file is a spreadsheet (<c>.xlsx</c>), not the standard CSV: a departure from the format, whatever its content.
    /// Its sheet was read as a tolerant source; normalisation writes the standard CSV.
    /// </summary>
    public const string SpreadsheetNotCsv = "SCDL620";

    /// <summary>A cell of a number column (an amount, the year) holds a number; it was read as the exact decimal text of its value.</summary>
    public const string SpreadsheetNumberCell = "SCDL621";

    /// <summary>A cell of a text column (a code, the SIRET, a label) holds a number: it was read as its digits, but a number cannot keep leading zeros.</summary>
    public const string SpreadsheetNumberInTextColumn = "SCDL622";

    /// <summary>The year is stored as a date; it was read as a year.</summary>
    public const string SpreadsheetDateAsYear = "SCDL623";

    /// <summary>A cell other than the year is formatted as a date; the number it holds was read.</summary>
    public const string SpreadsheetDateCell = "SCDL624";

    /// <summary>A cell holds a logical value (TRUE or FALSE); it was read as <c>true</c> or <c>false</c>.</summary>
    public const string SpreadsheetBooleanCell = "SCDL625";

    /// <summary>A cell holds a spreadsheet error (<c>#N/A</c>, <c>#DIV/0!</c>…), the result of a formula that failed: it is not data.</summary>
    public const string SpreadsheetErrorCell = "SCDL626";

    /// <summary>A cell holds a formula whose value was never computed and saved in the file; it was read as empty.</summary>
    public const string SpreadsheetFormulaWithoutValue = "SCDL627";

    /// <summary>The file is not an <c>.xlsx</c> workbook: not a ZIP package at all (a CSV file renamed, other bytes). Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string SpreadsheetNotXlsx = "SCDL630";

    /// <summary>The workbook is encrypted (protected by a password to open). Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string SpreadsheetEncrypted = "SCDL631";

    /// <summary>The file is a spreadsheet of another format (<c>.xls</c> of Excel 97-2003, <c>.ods</c>), not read. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string SpreadsheetOtherFormat = "SCDL632";

    /// <summary>The file is a ZIP package but not a readable workbook: damaged, without a workbook or a worksheet, malformed XML. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string SpreadsheetDamaged = "SCDL633";

    /// <summary>A part of the workbook expands beyond the limits of size or compression ratio: refused as a possible zip bomb. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string SpreadsheetTooLarge = "SCDL634";

    /// <summary>The workbook has no worksheet of the name asked for. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string SpreadsheetSheetNotFound = "SCDL635";

    private static FindingDescriptor[] SpreadsheetDescriptors =>
    [
        new(SpreadsheetNotCsv, FindingSeverity.Error, "format-error", FindingCategory.Format),
        new(SpreadsheetNumberCell, FindingSeverity.Info, "type-error", FindingCategory.Format),
        new(SpreadsheetNumberInTextColumn, FindingSeverity.Warning, "type-error"),
        new(SpreadsheetDateAsYear, FindingSeverity.Warning, "type-error", FindingCategory.Format),
        new(SpreadsheetDateCell, FindingSeverity.Warning, "type-error", FindingCategory.Format),
        new(SpreadsheetBooleanCell, FindingSeverity.Info, "type-error", FindingCategory.Format),
        new(SpreadsheetErrorCell, FindingSeverity.Error, "type-error"),
        new(SpreadsheetFormulaWithoutValue, FindingSeverity.Error, "source-error"),
        new(SpreadsheetNotXlsx, FindingSeverity.Error, "format-error", FindingCategory.Unreadable),
        new(SpreadsheetEncrypted, FindingSeverity.Error, "format-error", FindingCategory.Unreadable),
        new(SpreadsheetOtherFormat, FindingSeverity.Error, "format-error", FindingCategory.Unreadable),
        new(SpreadsheetDamaged, FindingSeverity.Error, "format-error", FindingCategory.Unreadable),
        new(SpreadsheetTooLarge, FindingSeverity.Error, "format-error", FindingCategory.Unreadable),
        new(SpreadsheetSheetNotFound, FindingSeverity.Error, "format-error", FindingCategory.Unreadable),
    ];
}
