using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Validation;

/// <summary>
/// The records of a CSV reader as a validation takes them, each with the hash of its text when asked: straight from the
/// reader on the caller's thread (<see cref="Direct"/>), or read ahead on a second thread (<see cref="ReadAhead"/>).
/// Both give the same records, hashes and exceptions, in the same order.
/// </summary>
internal abstract class RecordFeed : IDisposable, IAsyncDisposable
{
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
    public static RecordFeed Open(BudgetCsvReader reader, bool parallel, bool hashRecords, BatchHandler? onBatch) =>
        parallel && Environment.ProcessorCount > 1
            ? new ReadAhead(reader, readAsync: false, hashRecords, onBatch, CancellationToken.None)
            : new Direct(reader, reader.ReadRecords().GetEnumerator(), null, hashRecords);

    /// <summary>Opens a feed over <paramref name="reader"/>, for asynchronous reading.</summary>
    /// <param name="reader">The reader, disposed by the caller after the feed.</param>
    /// <param name="parallel">Whether to read ahead on a second thread, when the machine has one.</param>
    /// <param name="hashRecords">Whether to hash the text of each data record.</param>
    /// <param name="onBatch">Called with the hashes of each batch read ahead, before its records are taken.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static RecordFeed OpenAsync(BudgetCsvReader reader, bool parallel, bool hashRecords, BatchHandler? onBatch, CancellationToken cancellationToken) =>
        parallel && Environment.ProcessorCount > 1
            ? new ReadAhead(reader, readAsync: true, hashRecords, onBatch, cancellationToken)
            : new Direct(reader, null, reader.ReadRecordsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken), hashRecords);

    /// <summary>Moves to the next record, blocking until it is read.</summary>
    public abstract bool MoveNext();

    /// <summary>Moves to the next record.</summary>
    public abstract ValueTask<bool> MoveNextAsync();

    public abstract void Dispose();

    public abstract ValueTask DisposeAsync();

    /// <summary>Hashes the record the reader just returned, when asked and it holds a typed line (the only records the rules see).</summary>
    private static UInt128? HashOf(BudgetCsvReader reader, BudgetRecord record, bool hashRecords) =>
        hashRecords && record.Line is not null ? reader.HashCurrentRecord() : null;

    /// <summary>Records straight from the reader's enumerator, on the caller's thread.</summary>
    private sealed class Direct(BudgetCsvReader reader, IEnumerator<BudgetRecord>? records, IAsyncEnumerator<BudgetRecord>? asyncRecords, bool hashRecords)
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
                CurrentHash = HashOf(reader, current, hashRecords);
            }

            return more;
        }
    }

    /// <summary>
    /// Records read and typed on a second thread while the caller's thread runs the rules. Records come in the
    /// reader's order, in batches through a bounded queue (memory stays bounded: a few batches ahead); an exception of
    /// the reader comes out of <see cref="MoveNext"/> or <see cref="MoveNextAsync"/> after the records read before it,
    /// as from the reader itself. Disposing stops the reading thread and waits for it, so that the reader can be
    /// disposed afterwards.
    /// </summary>
    private sealed class ReadAhead : RecordFeed
    {
        private const int BatchSize = 64;
        private const int BatchesAhead = 2;

        // Batches handed over, the batches ready to take (released by the reading thread, which wakes the taking
        // thread directly when it waits), and the room left (taken asynchronously: a reading thread whose caller
        // went away without disposing holds no thread).
        private readonly ConcurrentQueue<Batch> _batches = new();
        private readonly SemaphoreSlim _ready = new(0);
        private readonly SemaphoreSlim _room = new(BatchesAhead);

        private readonly BatchHandler? _onBatch;
        private readonly CancellationTokenSource _stop;
        private readonly CancellationToken _cancellationToken;
        private readonly Task _reading;
        private Batch? _batch;
        private int _index;
        private bool _finished;
        private bool _readyTaken;
        private Batch _filling = null!;

        public ReadAhead(BudgetCsvReader reader, bool readAsync, bool hashRecords, BatchHandler? onBatch, CancellationToken cancellationToken)
        {
            _onBatch = onBatch;
            _cancellationToken = cancellationToken;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var stop = _stop.Token;
            _reading = Task.Run(() => ReadAsync(reader, readAsync, hashRecords, stop), CancellationToken.None);
        }

        public override bool MoveNext()
        {
            while (!TryNext())
            {
                if (_finished)
                {
                    return false;
                }

                // Spins a little, then blocks this thread until the reading thread hands over a batch (the last one ends it).
                _ready.Wait();
                _readyTaken = true;
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

                // As SemaphoreSlim.Wait does, spin a little before waiting: the next batch is usually microseconds away,
                // and an asynchronous wait costs a trip through the thread pool.
                if (!SpinForReady())
                {
                    await _ready.WaitAsync(_cancellationToken).ConfigureAwait(false);
                }

                _readyTaken = true;
            }

            return true;
        }

        public override void Dispose()
        {
            Stop();
            _reading.GetAwaiter().GetResult();
            DisposeWaits();
        }

        public override async ValueTask DisposeAsync()
        {
            Stop();
            await _reading.ConfigureAwait(false);
            DisposeWaits();
        }

        /// <summary>Moves to the next record already handed over; throws the reader's exception once the records before it are taken.</summary>
        /// <returns><see langword="false"/> when the caller must wait for the next batch (or the end).</returns>
        private bool TryNext()
        {
            while (true)
            {
                if (_batch is { } batch)
                {
                    if (_index < batch.Count)
                    {
                        Current = batch.Records[_index];
                        CurrentHash = batch.Hashes is { } hashes && batch.Records[_index].Line is not null ? hashes[_index] : null;
                        _index++;
                        return true;
                    }

                    _batch = null;
                    if (batch.Last)
                    {
                        _finished = true;
                        batch.Error?.Throw();
                    }
                }

                if (_finished || !_readyTaken || !_batches.TryDequeue(out _batch))
                {
                    return false;
                }

                _readyTaken = false;
                _room.Release();
                _index = 0;
                if (_batch.Hashes is { } batchHashes)
                {
                    _onBatch?.Invoke(batchHashes.AsSpan(0, _batch.Count));
                }
            }
        }

        /// <summary>Takes a batch ready, spinning a little while for one.</summary>
        /// <returns><see langword="true"/> when one was taken; <see langword="false"/> when the caller must wait.</returns>
        private bool SpinForReady()
        {
            var spinner = default(SpinWait);
            while (!_ready.Wait(0))
            {
                if (spinner.NextSpinWillYield)
                {
                    return false;
                }

                spinner.SpinOnce();
            }

            return true;
        }

        /// <summary>Asks the reading thread to stop, and unblocks it if it waits for room in the queue.</summary>
        private void Stop()
        {
            _finished = true;
            _stop.Cancel();
        }

        private void DisposeWaits()
        {
            _stop.Dispose();
            _ready.Dispose();
            _room.Dispose();
        }

        /// <summary>Adds a record to the batch being filled, and hands the batch over when it is full.</summary>
        private ValueTask AddAsync(BudgetCsvReader reader, BudgetRecord record, bool hashRecords, CancellationToken stop)
        {
            if (!_filling.Add(record, HashOf(reader, record, hashRecords)))
            {
                return ValueTask.CompletedTask;
            }

            var full = _filling;
            _filling = Batch.Create(hashRecords);
            return HandOverAsync(full, stop);
        }

        /// <summary>Hands a batch over, once there is room for it (a cancelled <paramref name="stop"/> throws at once).</summary>
        private async ValueTask HandOverAsync(Batch batch, CancellationToken stop)
        {
            await _room.WaitAsync(stop).ConfigureAwait(false);
            _batches.Enqueue(batch);
            _ready.Release();
        }

        /// <summary>The reading thread: reads records in batches and hands them over; its last batch carries the reader's exception, if any.</summary>
        private async Task ReadAsync(BudgetCsvReader reader, bool readAsync, bool hashRecords, CancellationToken stop)
        {
            _filling = Batch.Create(hashRecords);
            ExceptionDispatchInfo? error = null;
            try
            {
                if (readAsync)
                {
                    await foreach (var record in reader.ReadRecordsAsync(stop).ConfigureAwait(false))
                    {
                        await AddAsync(reader, record, hashRecords, stop).ConfigureAwait(false);
                    }
                }
                else
                {
                    foreach (var record in reader.ReadRecords())
                    {
                        await AddAsync(reader, record, hashRecords, stop).ConfigureAwait(false);
                    }
                }
            }
#pragma warning disable CA1031 // Everything the reader throws goes to the caller's thread, and is thrown there.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                error = ExceptionDispatchInfo.Capture(exception);
            }

            try
            {
                if (!stop.IsCancellationRequested)
                {
                    // The last batch, marked as such, with the reader's exception if any: its taker ends the enumeration.
                    _filling.Last = true;
                    _filling.Error = error;
                    await HandOverAsync(_filling, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The caller stopped listening: nobody will take the last batch.
            }
        }

        private sealed class Batch
        {
            public BudgetRecord[] Records { get; } = new BudgetRecord[BatchSize];

            public UInt128[]? Hashes { get; private init; }

            public int Count { get; private set; }

            public ExceptionDispatchInfo? Error { get; set; }

            public bool Last { get; set; }

            public static Batch Create(bool hashRecords) => new() { Hashes = hashRecords ? new UInt128[BatchSize] : null };

            /// <summary>Adds a record and its hash.</summary>
            /// <returns><see langword="true"/> when the batch is full.</returns>
            public bool Add(BudgetRecord record, UInt128? hash)
            {
                Records[Count] = record;
                if (Hashes is not null)
                {
                    Hashes[Count] = hash ?? default;
                }

                return ++Count == BatchSize;
            }
        }
    }
}
