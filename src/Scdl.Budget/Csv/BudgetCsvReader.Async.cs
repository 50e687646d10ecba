using System.Runtime.CompilerServices;

namespace Scdl.Budget.Csv;

public sealed partial class BudgetCsvReader
{
    /// <summary>Asynchronously reads the header, if it has not been read yet. See <see cref="ReadHeader"/>.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task that completes when the header has been read.</returns>
    /// <exception cref="ScdlFormatException">
    /// The input is empty, not text, XML, has no header (unless <see cref="BudgetCsvReaderOptions.HasHeader"/> is
    /// <see langword="false"/>) or lacks a required column.
    /// </exception>
    public async Task ReadHeaderAsync(CancellationToken cancellationToken = default)
    {
        if (_map is not null)
        {
            return;
        }

        await _input.OpenAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (!await _input.ReadAsync(cancellationToken).ConfigureAwait(false))
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

    /// <summary>Asynchronously reads the records, one at a time. See <see cref="ReadRecords"/>.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The records, lazily; enumerate them once.</returns>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public IAsyncEnumerable<BudgetRecord> ReadRecordsAsync(CancellationToken cancellationToken = default)
    {
        StartEnumeration();
        return Enumerate(cancellationToken);

        async IAsyncEnumerable<BudgetRecord> Enumerate([EnumeratorCancellation] CancellationToken token)
        {
            await ReadHeaderAsync(token).ConfigureAwait(false);
            if (HeaderRecord() is { } header)
            {
                yield return header;
            }

            if (_pendingFirst)
            {
                _pendingFirst = false;
                yield return TakeCurrent();
            }

            while (await _input.ReadAsync(token).ConfigureAwait(false))
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
