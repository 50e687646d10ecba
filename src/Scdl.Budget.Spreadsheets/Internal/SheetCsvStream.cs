using System.Text;
using System.Xml;
using Scdl.Budget.Csv;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// Streams the rows of a worksheet as CSV text (UTF-8, comma, fields quoted when needed, LF), so that the core's tolerant
/// reader types them exactly as it types a CSV file. Each row holding something becomes one record; its typed cells are
/// turned back into text (<see cref="CellText"/>) and their departures kept in a <see cref="RowMark"/>, with the CSV line
/// where the record starts, for the reader to map its lines back to sheet rows. Rows without any value are left out. Only
/// the rows the reader has not consumed yet are remembered: memory holds a few rows.
/// </summary>
internal sealed class SheetCsvStream : Stream
{
    private readonly SheetRowReader _rows;
    private readonly XlsxWorkbook _workbook;
    private readonly ScdlSchema _schema;
    private readonly bool _hasHeader;
    private readonly List<SheetCell> _cells = [];
    private readonly StringBuilder _line = new();
    private readonly Queue<RowMark> _marks = new();
    private ScdlColumn?[] _columns = [];
    private string?[] _columnNames = [];
    private string?[] _texts = new string?[64];
    private byte[] _bytes = new byte[4096];
    private int _start;
    private int _end;
    private int _width;
    private long _nextLine = 1;
    private bool _started;
    private bool _ended;
    private RowMark? _current;

    public SheetCsvStream(SheetRowReader rows, XlsxWorkbook workbook, ScdlSchema schema, bool hasHeader)
    {
        _rows = rows;
        _workbook = workbook;
        _schema = schema;
        _hasHeader = hasHeader;
    }

    /// <summary>Gets the mark of the first row written, the header when the sheet has one; <see langword="null"/> before it is read.</summary>
    public RowMark? First { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Gets the mark of the row whose record holds CSV line <paramref name="csvLine"/>, forgetting the rows before it: call it
    /// with the lines of the records in the order the reader returns them.
    /// </summary>
    public RowMark? MarkOf(long csvLine)
    {
        if (First is { } first && csvLine == first.CsvLine)
        {
            return first;
        }

        while (_marks.Count > 0 && _marks.Peek().CsvLine <= csvLine)
        {
            _current = _marks.Dequeue();
        }

        return _current is { } current && current.CsvLine <= csvLine ? current : null;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_start == _end && !_ended)
        {
            bool more;
            try
            {
                more = _rows.ReadRow(_cells);
            }
            catch (Exception exception) when (exception is XmlException or InvalidDataException)
            {
                throw SheetThrow.Damaged(_workbook.SheetPartName, exception.Message, _rows.Row, exception);
            }

            Take(more);
        }

        return CopyTo(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_start == _end && !_ended)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            try
            {
                more = await _rows.ReadRowAsync(_cells).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is XmlException or InvalidDataException)
            {
                throw SheetThrow.Damaged(_workbook.SheetPartName, exception.Message, _rows.Row, exception);
            }

            Take(more);
        }

        return CopyTo(buffer.Span);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
        }

        base.Dispose(disposing);
    }

    private int CopyTo(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    /// <summary>Takes the row just read (or the end of the sheet) and writes its record, if it holds something.</summary>
    private void Take(bool more)
    {
        if (!more)
        {
            _ended = true;
            return;
        }

        if (_cells.Count == 0)
        {
            return;
        }

        var row = _rows.Row;
        var isHeader = !_started && (_hasHeader || IsHeader());
        if (!_started && !isHeader)
        {
            // No header: the columns are the schema's, in its order, and every record has them all.
            _columns = [.. _schema.Columns];
            _columnNames = [.. _schema.Columns.Select(c => c.Name)];
            _width = _schema.Columns.Count;
        }

        var last = -1;
        var maxColumn = _cells[^1].Column;
        foreach (var cell in _cells)
        {
            maxColumn = Math.Max(maxColumn, cell.Column);
        }

        if (_texts.Length <= maxColumn)
        {
            _texts = new string?[Math.Max(maxColumn + 1, _texts.Length * 2)];
        }

        List<Finding>? departures = null;
        foreach (var cell in _cells)
        {
            var column = isHeader || cell.Column >= _columns.Length ? null : _columns[cell.Column];
            var name = isHeader || cell.Column >= _columnNames.Length ? null : _columnNames[cell.Column];
            var text = CellText.Convert(cell, column, name, _workbook.Styles[cell.Style], _workbook.Date1904, row, out var departure);
            _texts[cell.Column] = text;
            if (text.Length > 0)
            {
                last = Math.Max(last, cell.Column);
            }

            if (departure is not null && !isHeader)
            {
                (departures ??= []).Add(departure);
            }
        }

        if (last < 0 && departures is null)
        {
            Array.Clear(_texts, 0, maxColumn + 1);
            return;
        }

        var width = Math.Max(last + 1, isHeader ? 0 : _width);
        if (isHeader)
        {
            _columns = new ScdlColumn?[width];
            _columnNames = new string?[width];
            for (var i = 0; i < width; i++)
            {
                var name = _texts[i] ?? string.Empty;
                _columns[i] = TolerantForms.MatchHeader(_schema, name);
                _columnNames[i] = _columns[i]?.Name ?? (name.Length > 0 ? name : null);
            }

            _width = width;
        }

        var mark = new RowMark(_nextLine, row) { Departures = departures };
        _nextLine += 1 + WriteRecord(width, maxColumn);
        if (!_started)
        {
            First = mark;
            _started = true;
        }
        else
        {
            _marks.Enqueue(mark);
        }
    }

    /// <summary>Tells whether the first row is a header although none was announced: one of its cells names a column.</summary>
    private bool IsHeader()
    {
        foreach (var cell in _cells)
        {
            if (cell.Kind == CellKind.Text && TolerantForms.MatchHeader(_schema, cell.Value) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the texts of the row as one CSV record, clears them, and returns how many line breaks its fields hold.</summary>
    private int WriteRecord(int width, int maxColumn)
    {
        _line.Clear();
        var breaks = 0;
        for (var i = 0; i < width; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            var text = i <= maxColumn ? _texts[i] : null;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                _line.Append(text);
                continue;
            }

            _line.Append('"');
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (ch == '"')
                {
                    _line.Append('"');
                }
                else if (ch == '\n' || (ch == '\r' && (c + 1 == text.Length || text[c + 1] != '\n')))
                {
                    breaks++;
                }

                _line.Append(ch);
            }

            _line.Append('"');
        }

        _line.Append('\n');
        Array.Clear(_texts, 0, Math.Min(_texts.Length, Math.Max(width, maxColumn + 1)));
        var needed = Encoding.UTF8.GetMaxByteCount(_line.Length);
        if (_bytes.Length < needed)
        {
            _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
        }

        _start = 0;
        _end = Encoding.UTF8.GetBytes(_line.ToString(), _bytes);
        return breaks;
    }
}
