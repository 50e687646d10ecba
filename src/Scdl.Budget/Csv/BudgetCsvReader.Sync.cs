namespace Scdl.Budget.Csv;

public sealed partial class BudgetCsvReader
{
    /// <summary>Reads the header, if it has not been read yet, detects the dialect and matches the columns with the schema's.</summary>
    /// <exception cref="ScdlFormatException">
    /// The input is empty, not text, XML, has no header (unless <see cref="BudgetCsvReaderOptions.HasHeader"/> is
    /// <see langword="false"/>) or lacks a required column.
    /// </exception>
    public void ReadHeader()
    {
        if (_map is not null)
        {
            return;
        }

        _input.Open();
        while (true)
        {
            if (!_input.Read())
            {
                throw EmptyInput();
            }

            if (IsBlankRecord())
            {
                NoteLeadingBlankLine();
                continue;
            }

            _pendingFirst = !AcceptFirstRecord();
            return;
        }
    }

    /// <summary>
    /// Reads the records, one at a time. When the header or the dialect has findings (or blank lines come before the
    /// header), a first record of kind <see cref="RecordKind.Header"/> (<see cref="RecordKind.File"/> for a file without
    /// header) carries them; a file with a header and no data line ends with a <see cref="RecordKind.File"/> record that says so.
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
                yield return header;
            }

            if (_pendingFirst)
            {
                _pendingFirst = false;
                yield return TakeCurrent();
            }

            while (_input.Read())
            {
                yield return TakeCurrent();
            }

            if (NoDataRecord() is { } noData)
            {
                yield return noData;
            }
        }
    }
}
