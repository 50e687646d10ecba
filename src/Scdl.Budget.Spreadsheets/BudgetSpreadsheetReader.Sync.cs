using Scdl.Budget.Spreadsheets.Internal;

namespace Scdl.Budget.Spreadsheets;

public sealed partial class BudgetSpreadsheetReader
{
    /// <summary>Opens the workbook, if it is not open yet, chooses the worksheet and reads its header.</summary>
    /// <exception cref="ScdlFormatException">The workbook cannot be read, has no such worksheet, or its sheet has no header or lacks a required column.</exception>
    public void ReadHeader()
    {
        EnsureOpen();
        try
        {
            _csv!.ReadHeader();
        }
        catch (ScdlFormatException exception)
        {
            throw Relocate(exception);
        }
    }

    /// <summary>
    /// Reads the records, one at a time: the first one carries the finding that the file is a spreadsheet
    /// (<c>SCDL620</c>), with the header's findings when the CSV reader has some; each data record carries the departures
    /// of its typed cells before the reader's own findings.
    /// </summary>
    /// <returns>The records, lazily; enumerate them once.</returns>
    /// <exception cref="ScdlFormatException">The workbook cannot be read (thrown while enumerating).</exception>
    public IEnumerable<BudgetRecord> ReadRecords()
    {
        StartEnumeration();
        return Enumerate();

        IEnumerable<BudgetRecord> Enumerate()
        {
            ReadHeader();
            using var records = _csv!.ReadRecords().GetEnumerator();
            while (true)
            {
                try
                {
                    if (!records.MoveNext())
                    {
                        break;
                    }
                }
                catch (ScdlFormatException exception)
                {
                    throw Relocate(exception);
                }

                foreach (var record in Relocate(records.Current))
                {
                    yield return record;
                }
            }
        }
    }

    private void EnsureOpen()
    {
        if (_csv is not null)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var seekable = _input;
        if (!_input.CanSeek)
        {
            var copy = new MemoryStream();
            _copy = copy;
            var buffer = new byte[81920];
            int read;
            while ((read = _input.Read(buffer)) > 0)
            {
                copy.Write(buffer, 0, read);
                CheckCopySize(copy.Length);
            }

            copy.Position = 0;
            seekable = copy;
        }

        _workbook = XlsxWorkbook.Open(seekable, _options);
        _workbook.LoadParts();
        StartRows(async: false);
    }
}
