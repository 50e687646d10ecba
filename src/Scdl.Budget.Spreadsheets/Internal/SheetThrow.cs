using System.Globalization;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>Builds the located <see cref="ScdlFormatException"/>s of a workbook that cannot be read.</summary>
internal static class SheetThrow
{
    public static ScdlFormatException NotXlsx(ReadOnlySpan<byte> head) =>
        new(FindingCodes.SpreadsheetNotXlsx, 0, null, [head.IsEmpty ? "-" : Convert.ToHexString(head[..Math.Min(head.Length, 8)])]);

    public static ScdlFormatException Encrypted() => new(FindingCodes.SpreadsheetEncrypted, 0, null, []);

    public static ScdlFormatException OtherFormat(string format) => new(FindingCodes.SpreadsheetOtherFormat, 0, null, [format]);

    public static ScdlFormatException Damaged(string part, string reason, long row = 0, Exception? cause = null) =>
        new(FindingCodes.SpreadsheetDamaged, row, null, [part, reason], cause);

    public static ScdlFormatException TooLarge(string part, long size, long ratio, SpreadsheetReaderOptions options) =>
        TooLarge(part, size, ratio, options.MaxUncompressedSize, options);

    public static ScdlFormatException TooLarge(string part, long size, long ratio, long sizeLimit, SpreadsheetReaderOptions options) =>
        new(FindingCodes.SpreadsheetTooLarge, 0, null,
        [
            part, size.ToString(CultureInfo.InvariantCulture), ratio.ToString(CultureInfo.InvariantCulture),
            sizeLimit.ToString(CultureInfo.InvariantCulture), options.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture),
        ]);

    public static ScdlFormatException SheetNotFound(string name, IEnumerable<string> sheets) =>
        new(FindingCodes.SpreadsheetSheetNotFound, 0, null, [name, string.Join(", ", sheets.Select(s => "'" + s + "'"))]);
}
