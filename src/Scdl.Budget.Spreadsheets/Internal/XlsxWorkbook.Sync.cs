namespace Scdl.Budget.Spreadsheets.Internal;

internal sealed partial class XlsxWorkbook
{
    /// <summary>Reads the shared strings and the styles.</summary>
    public void LoadParts()
    {
        if (_sharedStrings is { } strings)
        {
            using var part = OpenPart(strings, inMemory: true);
            SharedStrings = Parse(strings, () => Internal.SharedStrings.Load(part));
        }

        if (_styles is { } styles)
        {
            using var part = OpenPart(styles, inMemory: true);
            Styles = Parse(styles, () => CellStyles.Load(part));
        }
    }
}
