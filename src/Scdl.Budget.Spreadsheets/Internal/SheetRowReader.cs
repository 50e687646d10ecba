using System.Globalization;
using System.Text;
using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// Reads the rows of a worksheet part (<c>sheetData/row/c</c>) forward, one at a time, with an <see cref="XmlReader"/>:
/// memory holds one row. Elements are matched by local name, so transitional and strict OOXML read alike.
/// </summary>
internal sealed partial class SheetRowReader(Stream part, string partName, string[] sharedStrings, bool async) : IDisposable
{
    /// <summary>The number of columns of a sheet: A to XFD.</summary>
    public const int MaxColumns = 16_384;

    private readonly XmlReader _reader = XmlReader.Create(part, async ? PartXml.AsyncSettings : PartXml.Settings);
    private readonly StringBuilder _text = new();
    private long _row;

    /// <summary>Gets the 1-based number of the row last read.</summary>
    public long Row => _row;

    public void Dispose() => _reader.Dispose();

    private void StartRow()
    {
        _row = long.TryParse(_reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : _row + 1;
    }

    private (int Column, string? Type, int Style) StartCell(int previousColumn)
    {
        var column = _reader.GetAttribute("r") is { } reference ? ColumnOf(reference) : previousColumn + 1;
        if (column >= MaxColumns)
        {
            throw SheetThrow.Damaged(partName, "cell beyond column XFD", _row);
        }

        var style = int.TryParse(_reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        return (column, _reader.GetAttribute("t"), style);
    }

    /// <summary>Gets the 0-based column of a cell reference such as <c>AB12</c>.</summary>
    private int ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
                if (++letters > 3)
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return letters is 0 or > 3 ? throw SheetThrow.Damaged(partName, "cell reference '" + Finding.Shorten(reference) + "'", _row) : column - 1;
    }

    /// <summary>Makes the cell from what its element held, or <see langword="null"/> when it holds nothing.</summary>
    private SheetCell? Cell(int column, string? type, int style, string? value, string? inline, string? formula)
    {
        if (value is null && inline is null)
        {
            return formula is null ? null : new SheetCell(column, CellKind.FormulaWithoutValue, string.Empty, style, formula);
        }

        return type switch
        {
            "s" => new SheetCell(column, CellKind.Text, Shared(value ?? inline!), style, formula),
            "inlineStr" or "str" => new SheetCell(column, CellKind.Text, inline ?? XString.Decode(value!), style, formula),
            "b" => new SheetCell(column, CellKind.Boolean, value ?? inline!, style, formula),
            "e" => new SheetCell(column, CellKind.Error, value ?? inline!, style, formula),
            "d" => new SheetCell(column, CellKind.IsoDate, value ?? inline!, style, formula),
            _ => new SheetCell(column, CellKind.Number, value ?? inline!, style, formula),
        };
    }

    private string Shared(string index) =>
        int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && (uint)i < (uint)sharedStrings.Length
            ? sharedStrings[i]
            : throw SheetThrow.Damaged(partName, "shared string " + Finding.Shorten(index) + " of " + sharedStrings.Length.ToString(CultureInfo.InvariantCulture), _row);
}
