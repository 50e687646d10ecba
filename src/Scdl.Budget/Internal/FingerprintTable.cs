using System.Numerics;

namespace Scdl.Budget.Internal;

/// <summary>
/// A set of 128-bit fingerprints, each with the first line it was seen on, in open addressing with linear probing:
/// one array of keys that a lookup walks in order (few cache misses, unlike a chained dictionary), line numbers read
/// only on a hit. Holds at most <see cref="Limit"/> entries, at a load of at most 80 %, so memory is bounded by the
/// limit, never by the input (24 bytes a slot: 6 MB for 200,000 entries).
/// </summary>
internal sealed class FingerprintTable
{
    private const int InitialCapacity = 1 << 12;
    private readonly int _maxCapacity;
    private UInt128[] _keys;
    private long[] _lines;
    private int _mask;
    private ulong _prefetched;

    /// <summary>Initializes a new instance of the <see cref="FingerprintTable"/> class.</summary>
    /// <param name="limit">The most fingerprints kept (at most 858,993,459); more are not added.</param>
    public FingerprintTable(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        _maxCapacity = (int)Math.Min(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(InitialCapacity, (long)limit + (limit / 4) + 1)), 1UL << 30);
        Limit = (int)Math.Min(limit, _maxCapacity / 5 * 4);
        var capacity = Math.Min(InitialCapacity, _maxCapacity);
        _keys = new UInt128[capacity];
        _lines = new long[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Gets the most fingerprints kept.</summary>
    public int Limit { get; }

    /// <summary>Gets the number of fingerprints kept.</summary>
    public int Count { get; private set; }

    /// <summary>Looks up a fingerprint, and adds it with its line when it is new and the table is not full.</summary>
    /// <param name="fingerprint">The fingerprint; any value (zero included).</param>
    /// <param name="line">The line the fingerprint was seen on.</param>
    /// <param name="firstLine">The line the fingerprint was first seen on, when it was seen before.</param>
    /// <returns>
    /// <see langword="true"/> when it was seen before; <see langword="false"/> when it is new (added, or not added
    /// because the table holds <see cref="Limit"/> fingerprints: compare <see cref="Count"/> with it).
    /// </returns>
    public bool TryAdd(UInt128 fingerprint, long line, out long firstLine)
    {
        // Zero marks an empty slot: the fingerprint zero is stored as one (one more collision in 2^128).
        var key = fingerprint == UInt128.Zero ? UInt128.One : fingerprint;
        var keys = _keys;
        var slot = (int)((ulong)key & (uint)_mask);
        while (true)
        {
            var stored = keys[slot];
            if (stored == key)
            {
                firstLine = _lines[slot];
                return true;
            }

            if (stored == UInt128.Zero)
            {
                break;
            }

            slot = (slot + 1) & _mask;
        }

        firstLine = 0;
        if (Count >= Limit)
        {
            return false;
        }

        keys[slot] = key;
        _lines[slot] = line;
        Count++;
        if (Count > (_mask + 1) / 4 * 3 && _mask + 1 < _maxCapacity)
        {
            Grow();
        }

        return false;
    }

    /// <summary>
    /// Reads the first slot of each fingerprint, in one loop of independent loads: the processor fetches them from
    /// memory in parallel, so that the <see cref="TryAdd"/> calls that follow find them in its caches.
    /// </summary>
    public void Prefetch(ReadOnlySpan<UInt128> fingerprints)
    {
        var keys = _keys;
        var mask = _mask;
        ulong sum = 0;
        foreach (var fingerprint in fingerprints)
        {
            sum += (ulong)keys[(int)((ulong)fingerprint & (uint)mask)];
        }

        _prefetched = sum;
    }

    private void Grow()
    {
        var keys = _keys;
        var lines = _lines;
        var capacity = keys.Length * 2;
        _keys = new UInt128[capacity];
        _lines = new long[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != UInt128.Zero)
            {
                var slot = (int)((ulong)keys[i] & (uint)_mask);
                while (_keys[slot] != UInt128.Zero)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = keys[i];
                _lines[slot] = lines[i];
            }
        }
    }
}
