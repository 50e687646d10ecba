using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

internal sealed partial class SheetRowReader
{
    /// <summary>Reads the next row into <paramref name="cells"/> (cleared first): the cells that hold something, in the file's order.</summary>
    /// <returns><see langword="false"/> at the end of the sheet.</returns>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public bool ReadRow(List<SheetCell> cells)
    {
        cells.Clear();
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName is "row")
            {
                break;
            }
        }

        if (_reader.EOF)
        {
            return false;
        }

        StartRow();
        if (_reader.IsEmptyElement)
        {
            return true;
        }

        var depth = _reader.Depth;
        var column = -1;
        _reader.Read();
        while (!_reader.EOF && _reader.Depth > depth)
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName is "c")
            {
                var (index, type, style) = StartCell(column);
                column = index;
                if (ReadCell(index, type, style) is { } cell)
                {
                    cells.Add(cell);
                }
            }
            else
            {
                _reader.Read();
            }
        }

        return true;
    }

    private SheetCell? ReadCell(int column, string? type, int style)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return null;
        }

        var depth = _reader.Depth;
        string? value = null, inline = null, formula = null;
        _reader.Read();
        while (!_reader.EOF && _reader.Depth > depth)
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                _reader.Read();
                continue;
            }

            switch (_reader.LocalName)
            {
                case "v":
                    value = _reader.ReadElementContentAsString();
                    break;
                case "f":
                    formula = _reader.ReadElementContentAsString();
                    break;
                case "is":
                    _text.Clear();
                    SharedStrings.ReadItem(_reader, _text);
                    inline = _text.ToString();
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        _reader.Read();
        return Cell(column, type, style, value, inline, formula);
    }
}
