using System.Runtime.CompilerServices;
using Scdl.Budget.Csv;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation;

/// <summary>
/// The read-ahead (<see cref="RecordFeed"/> on a second thread): what it holds is bounded in records and in bytes, a
/// stop reads at most the record under way, and under random sources, sizes, exceptions, cancellations and early stops it
/// gives exactly the source's records, then its exception, and never hangs.
/// </summary>
public sealed class RecordFeedTests
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RecordsNearTheSizeLimit_AreReadAheadAFewAtATime()
    {
        // Each record holds about 1 MiB of text (2 MiB in memory): batches close at one record.
        var source = new Source(count: 100, index => Record(index, labelLength: 512 * 1024));
        using var feed = RecordFeed.ReadAheadOf(source.Records(), null, null);

        (await Bounded(feed.MoveNext)).ShouldBeTrue();
        await source.WaitUntilStillAsync();

        // The batch taken, the batches waiting in the channel, and the one the reading thread holds while it waits.
        source.Calls.ShouldBeLessThanOrEqualTo(1 + RecordFeed.BatchesAhead + 1);
    }

    [Fact]
    public async Task SmallRecords_AreReadAheadInBatches_OfBoundedNumber()
    {
        var source = new Source(count: 100_000, index => Record(index, labelLength: 10));
        using var feed = RecordFeed.ReadAheadOf(source.Records(), null, null);

        (await Bounded(feed.MoveNext)).ShouldBeTrue();
        await source.WaitUntilStillAsync();

        source.Calls.ShouldBeLessThanOrEqualTo(RecordFeed.BatchSize * (1 + RecordFeed.BatchesAhead + 1));
        source.Calls.ShouldBeGreaterThan(RecordFeed.BatchSize, "reading ahead reads ahead");
    }

    [Fact]
    public async Task Stopping_ReadsAtMostTheRecordUnderWay()
    {
        // The caller takes a few records of the first batch; the reading thread waits inside record 70, in the middle of
        // the second batch, until the caller has stopped.
        using var source = new Source(count: 1_000, index => Record(index, labelLength: 10), gateAt: 70);
        var feed = RecordFeed.ReadAheadOf(source.Records(), null, null);
        for (var i = 0; i < 3; i++)
        {
            (await Bounded(feed.MoveNext)).ShouldBeTrue();
        }

        (await source.Entered.WaitAsync(HangTimeout)).ShouldBeTrue();
        await Bounded(() =>
        {
            // Disposing stops the reading thread at once, then waits for it: the record under way is let go just after.
            _ = Task.Delay(200).ContinueWith(_ => source.Gate.Release(), TaskScheduler.Default);
            feed.Dispose();
            return true;
        });

        source.Calls.ShouldBe(71, "the record under way is the last one read");
        source.Disposed.ShouldBeTrue("the source is released before Dispose returns");
    }

    [Fact]
    public async Task Cancelling_ReadsAtMostTheRecordUnderWay_AndThrows()
    {
        using var source = new Source(count: 1_000, index => Record(index, labelLength: 10), gateAt: 70);
        using var cancellation = new CancellationTokenSource();
        var feed = RecordFeed.ReadAheadOf(source.RecordsAsync(), null, null, cancellation.Token);
        await using (feed)
        {
            for (var i = 0; i < 3; i++)
            {
                (await feed.MoveNextAsync().AsTask().WaitAsync(HangTimeout)).ShouldBeTrue();
            }

            (await source.Entered.WaitAsync(HangTimeout)).ShouldBeTrue();
            await cancellation.CancelAsync();
            source.Gate.Release();

            await Should.ThrowAsync<OperationCanceledException>(() => DrainAsync(feed).WaitAsync(HangTimeout));
            await feed.DisposeAsync().AsTask().WaitAsync(HangTimeout);
            source.Calls.ShouldBe(71, "the record under way is the last one read");
        }
    }

    [Fact]
    public async Task SourceException_ComesAfterTheRecordsBeforeIt_WithItsStack()
    {
        var source = new Source(count: 1_000, index => Record(index, labelLength: 10), throwAt: 150);
        using var feed = RecordFeed.ReadAheadOf(source.Records(), null, null);

        var taken = 0;
        var exception = await Should.ThrowAsync<InvalidOperationException>(() => Bounded(() =>
        {
            while (feed.MoveNext())
            {
                feed.Current.LineNumber.ShouldBe(taken + 2);
                taken++;
            }

            return taken;
        }));

        taken.ShouldBe(150);
        exception.Message.ShouldBe("source broke at 150");
        exception.StackTrace.ShouldNotBeNull().ShouldContain(nameof(Source));
    }

    /// <summary>
    /// Random sources (counts, sizes from a few bytes to a megabyte, records without a line, delays, an exception at a
    /// random place) against random callers (to the end, stopping early, cancelling), synchronous and asynchronous: the
    /// records come in order with their hashes, then the source's exception or the cancellation, and nothing hangs.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Stress_RandomSourcesAndCallers_NeverHang_AndGiveExactlyTheSource(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 60; round++)
        {
            var count = random.Next(4) switch { 0 => 0, 1 => random.Next(1, 10), 2 => random.Next(10, 300), _ => random.Next(300, 3_000) };
            var huge = random.Next(4) == 0;
            var sizes = Enumerable.Range(0, count).Select(_ => huge && random.Next(8) == 0 ? random.Next(100_000, 600_000) : random.Next(0, 200)).ToArray();
            var lineless = Enumerable.Range(0, count).Select(_ => random.Next(10) == 0).ToArray();
            var throwAt = random.Next(3) == 0 && count > 0 ? random.Next(count + 1) : -1;
            var delay = count < 100 && random.Next(4) == 0 ? TimeSpan.FromMilliseconds(1) : TimeSpan.Zero;
            var stopAfter = random.Next(3) == 0 ? random.Next(count + 2) : int.MaxValue;
            var cancelAfter = random.Next(4) == 0 ? random.Next(count + 2) : int.MaxValue;
            var asynchronous = random.Next(2) == 0;
            var source = new Source(count, index => Record(index, sizes[index], lineless[index]), delay, throwAt);

            var outcome = asynchronous
                ? await ConsumeAsync(source, stopAfter, cancelAfter).WaitAsync(HangTimeout)
                : await Bounded(() => Consume(source, lineless, stopAfter));

            var scenario = $"seed {seed}, round {round}: {count} records, throw at {throwAt}, stop after {stopAfter}, cancel after {cancelAfter}, async {asynchronous}";
            var expected = Math.Min(throwAt < 0 ? count : throwAt, stopAfter);
            if (asynchronous && cancelAfter <= expected && cancelAfter < stopAfter)
            {
                outcome.Error.ShouldBeOfType<OperationCanceledException>(scenario);
                outcome.Taken.ShouldBe(cancelAfter, scenario);
            }
            else
            {
                outcome.Taken.ShouldBe(expected, scenario);
                if (throwAt >= 0 && throwAt < stopAfter)
                {
                    outcome.Error.ShouldBeOfType<InvalidOperationException>(scenario);
                }
                else
                {
                    outcome.Error.ShouldBeNull(scenario);
                }
            }

            outcome.OrderKept.ShouldBeTrue(scenario);
            source.Disposed.ShouldBe(source.Started, scenario);
        }
    }

    private static async Task DrainAsync(RecordFeed feed)
    {
        while (await feed.MoveNextAsync())
        {
        }
    }

    /// <summary>Runs a blocking call on another thread, failing the test instead of hanging it.</summary>
    private static Task<T> Bounded<T>(Func<T> call) => Task.Run(call).WaitAsync(HangTimeout);

    private static Outcome Consume(Source source, bool[] lineless, int stopAfter)
    {
        var batches = new List<UInt128>();
        using var feed = RecordFeed.ReadAheadOf(source.Records(), Text, hashes => batches.AddRange(hashes.ToArray()));
        var taken = 0;
        var inOrder = true;
        try
        {
            while (taken < stopAfter && feed.MoveNext())
            {
                inOrder &= Check(feed, taken++);
            }
        }
        catch (InvalidOperationException exception)
        {
            return new Outcome(taken, exception, inOrder);
        }

        // The batches' hashes, handed over before their records are taken, are the records' own (0 for a record without a line).
        return new Outcome(taken, null, inOrder && batches.Take(taken).Select((h, i) => h == (lineless[i] ? 0 : HashOf(i))).All(ok => ok));
    }

    private static async Task<Outcome> ConsumeAsync(Source source, int stopAfter, int cancelAfter)
    {
        using var cancellation = new CancellationTokenSource();
        var feed = RecordFeed.ReadAheadOf(source.RecordsAsync(), Text, null, cancellation.Token);
        await using (feed)
        {
            var taken = 0;
            var inOrder = true;
            try
            {
                while (taken < stopAfter)
                {
                    if (taken == cancelAfter)
                    {
                        await cancellation.CancelAsync();
                    }

                    if (!await feed.MoveNextAsync())
                    {
                        break;
                    }

                    inOrder &= Check(feed, taken++);
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
            {
                return new Outcome(taken, exception, inOrder);
            }

            return new Outcome(taken, null, inOrder);
        }
    }

    private static bool Check(RecordFeed feed, int index) =>
        feed.Current.LineNumber == index + 2 && feed.CurrentHash == (feed.Current.Line is null ? null : HashOf(index));

    /// <summary>The text of a record: its index, repeated to a length that varies (the copies of texts of different lengths must not mix).</summary>
    private static ReadOnlySpan<byte> Text(BudgetRecord record) => TextOf((int)(record.LineNumber - 2));

    private static byte[] TextOf(int index) =>
        [.. Enumerable.Repeat(System.Text.Encoding.ASCII.GetBytes(index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";"), 1 + (index % 7)).SelectMany(b => b)];

    private static UInt128 HashOf(int index) => BudgetCsvReader.HashText(TextOf(index));

    private static BudgetRecord Record(int index, int labelLength, bool lineless = false) =>
        lineless
            ? new BudgetRecord(null, index + 2, [new Finding(FindingCodes.RequiredValueMissing, FindingSeverity.Error, new SourceLocation(index + 2, "BGT_SIRET"))])
            : new BudgetRecord(Lines.Valid() with { AccountLabel = new string('x', labelLength) }, index + 2, []);

    private sealed record Outcome(int Taken, Exception? Error, bool OrderKept);

    /// <summary>A source of records that counts what is read of it, can be slow, and can throw.</summary>
    private sealed class Source(int count, Func<int, BudgetRecord> make, TimeSpan delay = default, int throwAt = -1, int gateAt = -1) : IDisposable
    {
        private int _calls;
        private int _started;
        private int _disposed;

        public int Calls => Volatile.Read(ref _calls);

        public bool Started => Volatile.Read(ref _started) > 0;

        public bool Disposed => Volatile.Read(ref _disposed) > 0;

        /// <summary>Gets the signal that the source reached the record at <c>gateAt</c>, where it waits for <see cref="Gate"/>.</summary>
        public SemaphoreSlim Entered { get; } = new(0);

        /// <summary>Gets what lets the record at <c>gateAt</c> be read.</summary>
        public SemaphoreSlim Gate { get; } = new(0);

        public void Dispose()
        {
            Entered.Dispose();
            Gate.Dispose();
        }

        public IEnumerable<BudgetRecord> Records()
        {
            Interlocked.Exchange(ref _started, 1);
            try
            {
                for (var i = 0; i < count; i++)
                {
                    yield return Next(i);
                }

                Interlocked.Increment(ref _calls);
                ThrowAt(count);
            }
            finally
            {
                Interlocked.Exchange(ref _disposed, 1);
            }
        }

        public async IAsyncEnumerable<BudgetRecord> RecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Interlocked.Exchange(ref _started, 1);
            try
            {
                for (var i = 0; i < count; i++)
                {
                    if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, cancellationToken);
                    }

                    yield return Next(i, sleep: false);
                }

                Interlocked.Increment(ref _calls);
                ThrowAt(count);
            }
            finally
            {
                Interlocked.Exchange(ref _disposed, 1);
            }
        }

        /// <summary>Waits until nothing more is read for a while: the reading thread is blocked on the bound.</summary>
        public async Task WaitUntilStillAsync()
        {
            var last = -1;
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (Calls != last && DateTime.UtcNow < deadline)
            {
                last = Calls;
                await Task.Delay(200);
            }
        }

        private BudgetRecord Next(int index, bool sleep = true)
        {
            Interlocked.Increment(ref _calls);
            ThrowAt(index);
            if (index == gateAt)
            {
                Entered.Release();
                Gate.Wait(HangTimeout);
            }

            if (sleep && delay > TimeSpan.Zero)
            {
                Thread.Sleep(delay);
            }

            return make(index);
        }

        private void ThrowAt(int index)
        {
            if (index == throwAt)
            {
                throw new InvalidOperationException("source broke at " + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
