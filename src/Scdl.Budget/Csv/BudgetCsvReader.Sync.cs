using CsvHelper;

namespace Scdl.Budget.Csv;

public sealed partial class BudgetCsvReader
{
    /// <summary>Reads the header, if it has not been read yet, and matches its columns with the schema's.</summary>
    /// <exception cref="ScdlFormatException">The input is empty, not text, has no header or lacks a required column.</exception>
    public void ReadHeader()
    {
        if (_map is not null)
        {
            return;
        }

        EnsureOpen();
        while (true)
        {
            if (!Advance())
            {
                throw EmptyInput();
            }

            if (IsEmptyLine())
            {
                NoteLeadingBlankLine();
                continue;
            }

            _pendingFirst = !AcceptFirstRecord();
            return;
        }
    }

    /// <summary>
    /// Reads the records, one at a time. When the header has findings (or blank lines come before it), a first
    /// record at the header's line, without a <see cref="BudgetRecord.Line"/>, carries them.
    /// </summary>
    /// <returns>The records, lazily; enumerate them once.</returns>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public IEnumerable<BudgetRecord> ReadRecords()
    {
        StartEnumeration();
        return Enumerate();

        IEnumerable<BudgetRecord> Enumerate()
        {
            ReadHeader();
            if (HeaderRecord() is { } header)
            {
                IsOnDataRecord = false;
                yield return header;
            }

            if (_pendingFirst)
            {
                _pendingFirst = false;
                yield return TypeCurrent();
            }

            while (Advance())
            {
                yield return TypeCurrent();
            }

            IsOnDataRecord = false;
            if (NoDataRecord() is { } noData)
            {
                yield return noData;
            }
        }
    }

    private bool _pendingFirst;

    private bool Advance()
    {
        try
        {
            return _csv!.Read();
        }
        catch (CsvFormatException exception)
        {
            throw TooLarge(exception);
        }
    }
}
