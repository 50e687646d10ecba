using System.Runtime.CompilerServices;
using CsvHelper;

namespace Scdl.Budget.Csv;

public sealed partial class BudgetCsvReader
{
    /// <summary>Asynchronously reads the header, if it has not been read yet. See <see cref="ReadHeader"/>.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task that completes when the header has been read.</returns>
    /// <exception cref="ScdlFormatException">The input is empty, not text, has no header or lacks a required column.</exception>
    public async Task ReadHeaderAsync(CancellationToken cancellationToken = default)
    {
        if (_map is not null)
        {
            return;
        }

        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (!await AdvanceAsync(cancellationToken).ConfigureAwait(false))
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
                IsOnDataRecord = false;
                yield return header;
            }

            if (_pendingFirst)
            {
                _pendingFirst = false;
                yield return TypeCurrent();
            }

            while (await AdvanceAsync(token).ConfigureAwait(false))
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

    private async ValueTask<bool> AdvanceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _csv!.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException exception)
        {
            throw TooLarge(exception);
        }
    }
}
