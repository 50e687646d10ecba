using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

internal sealed partial class SheetRowReader
{
    /// <summary>Reads the next row asynchronously. See <see cref="ReadRow"/>.</summary>
    /// <returns><see langword="false"/> at the end of the sheet.</returns>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public async ValueTask<bool> ReadRowAsync(List<SheetCell> cells)
    {
        cells.Clear();
        while (await _reader.ReadAsync().ConfigureAwait(false))
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
        await _reader.ReadAsync().ConfigureAwait(false);
        while (!_reader.EOF && _reader.Depth > depth)
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName is "c")
            {
                var (index, type, style) = StartCell(column);
                column = index;
                if (await ReadCellAsync(index, type, style).ConfigureAwait(false) is { } cell)
                {
                    cells.Add(cell);
                }
            }
            else
            {
                await _reader.ReadAsync().ConfigureAwait(false);
            }
        }

        return true;
    }

    private async ValueTask<SheetCell?> ReadCellAsync(int column, string? type, int style)
    {
        if (_reader.IsEmptyElement)
        {
            await _reader.ReadAsync().ConfigureAwait(false);
            return null;
        }

        var depth = _reader.Depth;
        string? value = null, inline = null, formula = null;
        await _reader.ReadAsync().ConfigureAwait(false);
        while (!_reader.EOF && _reader.Depth > depth)
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                await _reader.ReadAsync().ConfigureAwait(false);
                continue;
            }

            switch (_reader.LocalName)
            {
                case "v":
                    value = await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false);
                    break;
                case "f":
                    formula = await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false);
                    break;
                case "is":
                    inline = await ReadInlineAsync().ConfigureAwait(false);
                    break;
                default:
                    await _reader.SkipAsync().ConfigureAwait(false);
                    break;
            }
        }

        await _reader.ReadAsync().ConfigureAwait(false);
        return Cell(column, type, style, value, inline, formula);
    }

    /// <summary>Reads an inline string (<c>is</c>): its runs joined, its phonetic runs left out. See <see cref="SharedStrings.ReadItem"/>.</summary>
    private async ValueTask<string> ReadInlineAsync()
    {
        _text.Clear();
        if (_reader.IsEmptyElement)
        {
            await _reader.ReadAsync().ConfigureAwait(false);
            return string.Empty;
        }

        var depth = _reader.Depth;
        await _reader.ReadAsync().ConfigureAwait(false);
        while (!_reader.EOF && _reader.Depth > depth)
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName is "t")
            {
                _text.Append(XString.Decode(await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false)));
            }
            else if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName is "rPh")
            {
                await _reader.SkipAsync().ConfigureAwait(false);
            }
            else
            {
                await _reader.ReadAsync().ConfigureAwait(false);
            }
        }

        await _reader.ReadAsync().ConfigureAwait(false);
        return _text.ToString();
    }
}
