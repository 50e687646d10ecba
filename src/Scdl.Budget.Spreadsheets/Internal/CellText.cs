using System.Globalization;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// Turns a typed cell back into the text the schema expects, exactly, and names the departure as a finding: a number
/// keeps its decimal value (read from the file's text, never through a binary double; Excel's 15 significant digits
/// undo the artefacts of its arithmetic, <c>0.30000000000000004</c> is <c>0.3</c>) and the decimals its format shows; a
/// code stored as a number keeps the zeros its format pads it with; a year stored as a date is a year.
/// </summary>
internal static class CellText
{
    /// <summary>The significant digits of a number that Excel keeps and shows (IEEE 754 doubles hold 15 to 17).</summary>
    private const int SignificantDigits = 15;

    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Converts a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="column">The schema column of the cell, or <see langword="null"/> for a column the schema does not have.</param>
    /// <param name="columnName">The name of the column in findings.</param>
    /// <param name="format">The number format of the cell's style.</param>
    /// <param name="date1904">Whether the workbook counts dates from 1904 (older Mac workbooks) rather than 1900.</param>
    /// <param name="row">The 1-based sheet row.</param>
    /// <param name="departure">The finding that names the cell's departure from text, or <see langword="null"/> for a text cell.</param>
    /// <returns>The cell's text.</returns>
    public static string Convert(in SheetCell cell, ScdlColumn? column, string? columnName, NumberFormat format, bool date1904, long row, out Finding? departure)
    {
        var location = new SourceLocation(row, columnName);
        departure = null;
        switch (cell.Kind)
        {
            case CellKind.Text:
                return cell.Value;
            case CellKind.Boolean:
                var logical = cell.Value is "1" or "true" or "TRUE";
                departure = new Finding(FindingCodes.SpreadsheetBooleanCell, FindingSeverity.Info, location, logical ? "TRUE" : "FALSE", logical ? "true" : "false");
                return logical ? "true" : "false";
            case CellKind.Error:
                departure = new Finding(FindingCodes.SpreadsheetErrorCell, FindingSeverity.Error, location, cell.Value);
                return cell.Value;
            case CellKind.FormulaWithoutValue:
                departure = new Finding(FindingCodes.SpreadsheetFormulaWithoutValue, FindingSeverity.Error, location, "=" + cell.Formula);
                return string.Empty;
            case CellKind.IsoDate:
                return IsoDate(cell.Value, column, location, out departure);
        }

        if (!decimal.TryParse(cell.Value, NumberStyle, CultureInfo.InvariantCulture, out var number))
        {
            // Not a number after all (or beyond decimal): the text as stored, which the reader judges.
            return cell.Value;
        }

        number = WithinSignificantDigits(number);
        if (format.IsDate && ToDate(number, date1904) is { } date)
        {
            if (column?.Type == ScdlFieldType.Year)
            {
                var year = YearOf(number, date).ToString(CultureInfo.InvariantCulture);
                departure = new Finding(FindingCodes.SpreadsheetDateAsYear, FindingSeverity.Warning, location, Iso(date), year);
                return year;
            }

            var text = Plain(number, 0);
            departure = new Finding(FindingCodes.SpreadsheetDateCell, FindingSeverity.Warning, location, Iso(date), text);
            return text;
        }

        if (column is null || column.Type is ScdlFieldType.Number or ScdlFieldType.Year)
        {
            var text = Plain(number, column?.Type == ScdlFieldType.Number ? format.Decimals : 0);
            departure = new Finding(FindingCodes.SpreadsheetNumberCell, FindingSeverity.Info, location, cell.Value, text);
            return text;
        }

        var code = number == decimal.Truncate(number) && number >= 0
            ? decimal.Truncate(number).ToString(CultureInfo.InvariantCulture).PadLeft(format.IntegerZeros, '0')
            : Plain(number, 0);
        departure = new Finding(FindingCodes.SpreadsheetNumberInTextColumn, FindingSeverity.Warning, location, cell.Value, code);
        return code;
    }

    /// <summary>Rounds a number of more than 15 significant digits to 15, as Excel shows it, and drops the zeros this leaves.</summary>
    internal static decimal WithinSignificantDigits(decimal number)
    {
        var digits = Digits(number);
        var scale = number.Scale - (digits - SignificantDigits);
        if (digits <= SignificantDigits || scale < 0)
        {
            return number;
        }

        var rounded = Math.Round(number, scale, MidpointRounding.AwayFromZero);
        return decimal.Parse(rounded.ToString("0.############################", CultureInfo.InvariantCulture), NumberStyle, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a number in plain notation with at least <paramref name="decimals"/> decimals, and its own scale otherwise.</summary>
    internal static string Plain(decimal number, int decimals)
    {
        if (number.Scale < decimals && decimals <= 28)
        {
            number = Math.Round(number, decimals) + new decimal(0, 0, 0, false, (byte)decimals);
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static int Digits(decimal number)
    {
        Span<char> text = stackalloc char[40];
        Math.Abs(number).TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        var digits = text[..length].ToString().Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        return digits.Length;
    }

    /// <summary>Gets the date of a serial number: days since 1899-12-30 (Excel's 1900 system, with its 29 February 1900) or since 1904-01-01.</summary>
    private static DateTime? ToDate(decimal serial, bool date1904)
    {
        if (serial < 0 || serial >= 2_958_466)
        {
            return null;
        }

        var days = (double)serial;
        return date1904 ? new DateTime(1904, 1, 1).AddDays(days)
            : serial < 60 ? new DateTime(1899, 12, 31).AddDays(days)
            : serial < 61 ? new DateTime(1900, 2, 28)
            : new DateTime(1899, 12, 30).AddDays(days);
    }

    /// <summary>
    /// Gets the year of a date cell. A whole serial number between 1900 and 2999 is the year itself, typed in a cell
    /// formatted as a date (it shows a day of 1905 to 1908, never a budget's year); any other serial is a date whose year is taken.
    /// </summary>
    private static int YearOf(decimal serial, DateTime date) =>
        serial == decimal.Truncate(serial) && serial is >= 1900 and <= 2999 ? (int)serial : date.Year;

    private static string IsoDate(string value, ScdlColumn? column, SourceLocation location, out Finding? departure)
    {
        if (column?.Type == ScdlFieldType.Year
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
        {
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            departure = new Finding(FindingCodes.SpreadsheetDateAsYear, FindingSeverity.Warning, location, value, year);
            return year;
        }

        departure = new Finding(FindingCodes.SpreadsheetDateCell, FindingSeverity.Warning, location, value, value);
        return value;
    }

    private static string Iso(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
