using System.Collections.Concurrent;
using System.Threading.Channels;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Validation;

/// <summary>
/// The records of a CSV reader as a validation takes them, each with the hash of its text when asked: straight from the
/// reader on the caller's thread (<see cref="Direct"/>), or read ahead on a second thread (<see cref="ReadAhead"/>).
/// Both give the same records, hashes and exceptions, in the same order. Read ahead, the reading thread only copies
/// each record's text: the caller's thread hashes it, which keeps the two threads' shares of the work even (the
/// reading thread, which types every cell, has the larger one).
/// </summary>
internal abstract class RecordFeed : IDisposable, IAsyncDisposable
{
    /// <summary>
    /// The most records in a batch read ahead: 32 rather than 64 or 256, which kept the two threads waiting for each
    /// other longer (1M lines validated in 1.07–1.15 s against 1.14–1.20 s with 64, medians of 13 to 15 alternated runs).
    /// </summary>
    internal const int BatchSize = 32;

    /// <summary>
    /// The estimated bytes (<see cref="RecordSize"/>) after which a batch read ahead is handed over even when it has
    /// fewer than <see cref="BatchSize"/> records: records near the size limit travel one by one.
    /// </summary>
    internal const long BatchBytes = 256 * 1024;

    /// <summary>The batches handed over and not yet taken, at most.</summary>
    internal const int BatchesAhead = 2;

    /// <summary>Gives the text of the record a reader just returned (as <see cref="BudgetCsvReader.CurrentRecordText"/>), valid until the reader moves on.</summary>
    /// <param name="record">The record, which holds a typed line.</param>
    /// <returns>The text that identifies the record, hashed for duplicate detection.</returns>
    public delegate ReadOnlySpan<byte> RecordText(BudgetRecord record);

    /// <summary>Called with the hashes of the records of a batch before they are taken one by one.</summary>
    /// <param name="hashes">The hashes of the records of the batch, in order.</param>
    public delegate void BatchHandler(ReadOnlySpan<UInt128> hashes);

    /// <summary>Gets the current record.</summary>
    public BudgetRecord Current { get; protected set; } = null!;

    /// <summary>Gets the hash of the current record's text, or <see langword="null"/> when not asked or the record holds no data.</summary>
    public UInt128? CurrentHash { get; protected set; }

    /// <summary>Opens a feed over <paramref name="reader"/>, for synchronous reading.</summary>
    /// <param name="reader">The reader, disposed by the caller after the feed.</param>
    /// <param name="parallel">Whether to read ahead on a second thread, when the machine has one.</param>
    /// <param name="hashRecords">Whether to hash the text of each data record.</param>
    /// <param name="onBatch">Called with the hashes of each batch read ahead, before its records are taken.</param>
    public static RecordFeed Open(BudgetCsvReader reader, bool parallel, bool hashRecords, BatchHandler? onBatch)
    {
        var text = TextOf(reader, hashRecords);
        return parallel && Environment.ProcessorCount > 1
            ? new ReadAhead(reader.ReadRecords(), null, text, onBatch, CancellationToken.None)
            : new Direct(reader.ReadRecords().GetEnumerator(), null, text);
    }

    /// <summary>Opens a feed over <paramref name="reader"/>, for asynchronous reading.</summary>
    /// <param name="reader">The reader, disposed by the caller after the feed.</param>
    /// <param name="parallel">Whether to read ahead on a second thread, when the machine has one.</param>
    /// <param name="hashRecords">Whether to hash the text of each data record.</param>
    /// <param name="onBatch">Called with the hashes of each batch read ahead, before its records are taken.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static RecordFeed OpenAsync(BudgetCsvReader reader, bool parallel, bool hashRecords, BatchHandler? onBatch, CancellationToken cancellationToken)
    {
        var text = TextOf(reader, hashRecords);
        return parallel && Environment.ProcessorCount > 1
            ? new ReadAhead(null, reader.ReadRecordsAsync(cancellationToken), text, onBatch, cancellationToken)
            : new Direct(null, reader.ReadRecordsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken), text);
    }

    /// <summary>Reads <paramref name="records"/> ahead on a second thread, for synchronous reading (any machine).</summary>
    /// <param name="records">The records, enumerated once on the second thread.</param>
    /// <param name="text">Gives the text of each record holding a line, copied on the second thread just after it is read, or <see langword="null"/> for no hashes.</param>
    /// <param name="onBatch">Called with the hashes of each batch, before its records are taken.</param>
    internal static RecordFeed ReadAheadOf(IEnumerable<BudgetRecord> records, RecordText? text, BatchHandler? onBatch) =>
        new ReadAhead(records, null, text, onBatch, CancellationToken.None);

    /// <summary>Reads <paramref name="records"/> ahead on a second thread, for asynchronous reading (any machine).</summary>
    /// <param name="records">The records, enumerated once on the second thread.</param>
    /// <param name="text">Gives the text of each record holding a line, copied on the second thread just after it is read, or <see langword="null"/> for no hashes.</param>
    /// <param name="onBatch">Called with the hashes of each batch, before its records are taken.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    internal static RecordFeed ReadAheadOf(IAsyncEnumerable<BudgetRecord> records, RecordText? text, BatchHandler? onBatch, CancellationToken cancellationToken) =>
        new ReadAhead(null, records, text, onBatch, cancellationToken);

    /// <summary>Moves to the next record, blocking until it is read.</summary>
    public abstract bool MoveNext();

    /// <summary>Moves to the next record.</summary>
    public abstract ValueTask<bool> MoveNextAsync();

    public abstract void Dispose();

    public abstract ValueTask DisposeAsync();

    /// <summary>The text of the record the reader just returned, when hashes are asked for.</summary>
    private static RecordText? TextOf(BudgetCsvReader reader, bool hashRecords) =>
        hashRecords ? _ => reader.CurrentRecordText : null;

    /// <summary>Records straight from the reader's enumerator, on the caller's thread.</summary>
    private sealed class Direct(IEnumerator<BudgetRecord>? records, IAsyncEnumerator<BudgetRecord>? asyncRecords, RecordText? text)
        : RecordFeed
    {
        public override bool MoveNext() => Take(records!.MoveNext(), records.Current);

        public override async ValueTask<bool> MoveNextAsync() => Take(await asyncRecords!.MoveNextAsync().ConfigureAwait(false), asyncRecords.Current);

        public override void Dispose() => records?.Dispose();

        public override ValueTask DisposeAsync() => asyncRecords?.DisposeAsync() ?? ValueTask.CompletedTask;

        private bool Take(bool more, BudgetRecord current)
        {
            if (more)
            {
                Current = current;

                // Only the records holding a typed line are hashed: the only ones the rules see.
                CurrentHash = text is not null && current.Line is not null ? BudgetCsvReader.HashText(text(current)) : null;
            }

            return more;
        }
    }

    /// <summary>
    /// Records read and typed on a second thread while the caller's thread runs the rules, handed over in batches
    /// through a bounded <see cref="Channel{T}"/>. A batch closes at <see cref="BatchSize"/> records or
    /// <see cref="BatchBytes"/> estimated bytes, and at most <see cref="BatchesAhead"/> batches wait: what is held ahead
    /// is bounded in records and in bytes, whatever the records. The reading thread checks the stop before every
    /// record, so that once the caller stops or cancels, at most the record being read is read. Whatever the source
    /// throws comes out of <see cref="MoveNext"/> or <see cref="MoveNextAsync"/> after the records read before it, as
    /// from the source itself; the channel is completed in a <see langword="finally"/>, so the caller never waits for a
    /// reading thread that has ended. Disposing stops the reading thread and waits for it, so that the reader can be
    /// disposed afterwards.
    /// </summary>
    private sealed class ReadAhead : RecordFeed
    {
        private readonly Channel<Batch> _batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(BatchesAhead)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        /// <summary>Batches taken and done with, for the reading thread to fill again (their arrays and text kept).</summary>
        private readonly ConcurrentQueue<Batch> _spare = new();
        private readonly BatchHandler? _onBatch;
        private readonly CancellationTokenSource _stop;
        private readonly CancellationToken _cancellationToken;
        private readonly Task _reading;
        private Batch? _batch;
        private int _index;
        private bool _finished;
        private bool _stopped;

        public ReadAhead(IEnumerable<BudgetRecord>? records, IAsyncEnumerable<BudgetRecord>? asyncRecords, RecordText? text, BatchHandler? onBatch, CancellationToken cancellationToken)
        {
            _onBatch = onBatch;
            _cancellationToken = cancellationToken;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var stop = _stop.Token;
            _reading = Task.Run(() => ReadAsync(records, asyncRecords, text, stop), CancellationToken.None);
        }

        public override bool MoveNext()
        {
            while (!TryNext())
            {
                if (_finished)
                {
                    return false;
                }

                // The next batch is usually microseconds away: spin a little before blocking this thread.
                if (!SpinForBatch())
                {
                    var wait = _batches.Reader.WaitToReadAsync(CancellationToken.None);
                    Arrived(wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult());
                }
            }

            return true;
        }

        public override async ValueTask<bool> MoveNextAsync()
        {
            _cancellationToken.ThrowIfCancellationRequested();
            while (!TryNext())
            {
                if (_finished)
                {
                    return false;
                }

                if (!SpinForBatch())
                {
                    Arrived(await _batches.Reader.WaitToReadAsync(_cancellationToken).ConfigureAwait(false));
                }
            }

            return true;
        }

        public override void Dispose()
        {
            if (Stop())
            {
                _reading.GetAwaiter().GetResult();
                _stop.Dispose();
            }
        }

        public override async ValueTask DisposeAsync()
        {
            if (Stop())
            {
                await _reading.ConfigureAwait(false);
                _stop.Dispose();
            }
        }

        /// <summary>Moves to the next record of the batch taken, or takes the next batch waiting in the channel.</summary>
        /// <returns><see langword="false"/> when the caller must wait for the next batch (or the end).</returns>
        private bool TryNext()
        {
            while (true)
            {
                if (_batch is { } batch && _index < batch.Count)
                {
                    Current = batch.Records[_index];
                    CurrentHash = batch.Hashes is { } batchHashes && Current.Line is not null ? batchHashes[_index] : null;
                    _index++;
                    return true;
                }

                if (_batch is { } done)
                {
                    _spare.Enqueue(done);
                    _batch = null;
                }

                if (_finished || !_batches.Reader.TryRead(out batch))
                {
                    return false;
                }

                _batch = batch;
                _index = 0;
                if (batch.Hashes is { } hashes)
                {
                    batch.HashTexts();
                    _onBatch?.Invoke(hashes.AsSpan(0, batch.Count));
                }
            }
        }

        /// <summary>Spins a little while for a batch to arrive, as <see cref="SemaphoreSlim.Wait()"/> does before blocking.</summary>
        /// <returns><see langword="true"/> when one can be taken; <see langword="false"/> when the caller must wait.</returns>
        private bool SpinForBatch()
        {
            var spinner = default(SpinWait);
            while (!_batches.Reader.TryPeek(out _))
            {
                if (spinner.NextSpinWillYield || _batches.Reader.Completion.IsCompleted)
                {
                    return false;
                }

                spinner.SpinOnce();
            }

            return true;
        }

        /// <summary>Notes what waiting for a batch said: <see langword="false"/> when the channel is complete and empty.</summary>
        /// <remarks>
        /// A channel completed with the source's exception throws it from the wait, after every batch before it was
        /// taken. A channel completed because the caller cancelled is not an end: the cancellation is thrown.
        /// </remarks>
        private void Arrived(bool more)
        {
            if (!more)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _finished = true;
            }
        }

        /// <summary>Asks the reading thread to stop (it checks before every record) and unblocks it if it waits for room.</summary>
        /// <returns><see langword="false"/> when it was asked already (the feed is disposed).</returns>
        private bool Stop()
        {
            _finished = true;
            if (_stopped)
            {
                return false;
            }

            _stopped = true;
            _stop.Cancel();
            return true;
        }

        /// <summary>
        /// The reading thread: reads records in batches and hands them over. When the source throws, the records read
        /// before are handed over first, then the channel is completed with the exception; it is always completed.
        /// </summary>
        private async Task ReadAsync(IEnumerable<BudgetRecord>? records, IAsyncEnumerable<BudgetRecord>? asyncRecords, RecordText? text, CancellationToken stop)
        {
            var writer = _batches.Writer;
            var filling = new Batch(text);
            Exception? error = null;
            try
            {
                try
                {
                    // The stop is checked before every record is read: a stopped feed reads at most the record under way.
                    if (asyncRecords is not null)
                    {
                        var enumerator = asyncRecords.GetAsyncEnumerator(stop);
                        await using (enumerator.ConfigureAwait(false))
                        {
                            while (!stop.IsCancellationRequested && await enumerator.MoveNextAsync().ConfigureAwait(false))
                            {
                                filling = await AddAsync(filling, enumerator.Current, stop).ConfigureAwait(false);
                            }
                        }
                    }
                    else
                    {
                        using var enumerator = records!.GetEnumerator();
                        while (!stop.IsCancellationRequested && enumerator.MoveNext())
                        {
                            filling = await AddAsync(filling, enumerator.Current, stop).ConfigureAwait(false);
                        }
                    }
                }
#pragma warning disable CA1031 // Everything the source throws goes to the caller's thread, and is thrown there.
                catch (Exception exception) when (exception is not OperationCanceledException || !stop.IsCancellationRequested)
#pragma warning restore CA1031
                {
                    error = exception;
                }

                if (filling.Count > 0 && !stop.IsCancellationRequested)
                {
                    await writer.WriteAsync(filling, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The caller stopped listening: nobody takes what is left.
            }
            finally
            {
                writer.TryComplete(error);
            }
        }

        /// <summary>Adds a record to the batch being filled; hands the batch over when it is full (in records or bytes).</summary>
        /// <returns>The batch to fill next.</returns>
        private async ValueTask<Batch> AddAsync(Batch filling, BudgetRecord record, CancellationToken stop)
        {
            if (!filling.Add(record))
            {
                return filling;
            }

            await _batches.Writer.WriteAsync(filling, stop).ConfigureAwait(false);
            return _spare.TryDequeue(out var spare) ? spare.Reset() : new Batch(filling.Text);
        }

        /// <summary>
        /// Records read ahead, with a copy of the text of each record holding a line when hashes are asked for, handed
        /// over together; the caller's thread hashes the texts (<see cref="HashTexts"/>) when it takes the batch.
        /// </summary>
        private sealed class Batch(RecordText? text)
        {
            /// <summary>The most bytes of text a spare batch keeps room for: more (records near the size limit) is let go.</summary>
            private const int KeptTextCapacity = (int)BatchBytes;

            private readonly int[]? _textEnds = text is null ? null : new int[BatchSize];
            private byte[] _texts = text is null ? [] : new byte[16 * 1024];
            private int _textLength;

            public RecordText? Text => text;

            public BudgetRecord[] Records { get; } = new BudgetRecord[BatchSize];

            /// <summary>Gets each record's hash when asked, once <see cref="HashTexts"/> ran (0 for a record without a line, which has none).</summary>
            public UInt128[]? Hashes { get; } = text is null ? null : new UInt128[BatchSize];

            public int Count { get; private set; }

            private long Bytes { get; set; }

            /// <summary>Adds a record, and a copy of its text when it holds a line and hashes are asked for.</summary>
            /// <returns><see langword="true"/> when the batch is full: <see cref="BatchSize"/> records or <see cref="BatchBytes"/> bytes.</returns>
            public bool Add(BudgetRecord record)
            {
                Records[Count] = record;
                if (_textEnds is not null)
                {
                    if (record.Line is not null)
                    {
                        var recordText = text!(record);
                        if (_textLength + recordText.Length > _texts.Length)
                        {
                            Array.Resize(ref _texts, Math.Max(_texts.Length * 2, _textLength + recordText.Length));
                        }

                        recordText.CopyTo(_texts.AsSpan(_textLength));
                        _textLength += recordText.Length;
                    }

                    _textEnds[Count] = _textLength;
                }

                Bytes += RecordSize.Of(record);
                return ++Count == BatchSize || Bytes >= BatchBytes;
            }

            /// <summary>Hashes the texts copied, into <see cref="Hashes"/>: on the caller's thread, which has the lighter share of the work.</summary>
            public void HashTexts()
            {
                var start = 0;
                for (var i = 0; i < Count; i++)
                {
                    var end = _textEnds![i];
                    Hashes![i] = Records[i].Line is null ? default : BudgetCsvReader.HashText(_texts.AsSpan(start, end - start));
                    start = end;
                }
            }

            /// <summary>Empties the batch to fill it again.</summary>
            public Batch Reset()
            {
                Count = 0;
                Bytes = 0;
                _textLength = 0;
                if (_texts.Length > KeptTextCapacity)
                {
                    _texts = new byte[16 * 1024];
                }

                return this;
            }
        }
    }
}
