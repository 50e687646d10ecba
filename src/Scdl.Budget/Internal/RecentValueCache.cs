using System.Buffers.Binary;
using System.Text;

namespace Scdl.Budget.Internal;

/// <summary>
/// Remembers the values recently decoded in one column, so that a value that comes back (the name of the authority,
/// the SIRET, the step, a chapter code, an account code and its label) is decoded and allocated once and then shared:
/// slots chosen by a hash of the bytes, each keeping the last value that fell in it. Costs a hash of at most 16 bytes
/// and one comparison per cell. It starts with 128 slots (12 KiB); a column whose values come back less than half of
/// the time over its first 1,024 values (a few hundred account codes or labels, more than 128 slots hold) grows once
/// to 2,048 slots (about 200 KiB), and a column whose values still rarely come back (fewer than 1 in 8 over the next
/// 4,096) stops caching. Memory stays bounded, whatever the file. Decoding is strict: invalid UTF-8 throws
/// <see cref="DecoderFallbackException"/>.
/// </summary>
internal sealed class RecentValueCache
{
    private const int SmallSlotBits = 7;
    private const int LargeSlotBits = 11;
    private const int MaxCachedLength = 96;
    private const int SmallProbation = 1024;
    private const int LargeProbation = 4096;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private int _slotBits = SmallSlotBits;
    private string?[] _texts = new string?[1 << SmallSlotBits];
    private int[] _lengths = new int[1 << SmallSlotBits];
    private byte[]? _bytes;
    private int _probation = SmallProbation;
    private int _seen;
    private int _hits;
    private bool _off;

    /// <summary>Gets the number of slots now (0 once the cache is off), for tests.</summary>
    internal int SlotCount => _off ? 0 : _texts.Length;

    /// <summary>Gets the string of <paramref name="utf8"/>: the same instance as last time these bytes were seen, when remembered.</summary>
    /// <exception cref="DecoderFallbackException"><paramref name="utf8"/> is not valid UTF-8.</exception>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_off || utf8.Length > MaxCachedLength)
        {
            return StrictUtf8.GetString(utf8);
        }

        var slot = Slot(utf8, _slotBits);
        var bytes = _bytes ??= new byte[_texts.Length * MaxCachedLength];
        var stored = bytes.AsSpan(slot * MaxCachedLength, MaxCachedLength);
        if (_texts[slot] is { } remembered && _lengths[slot] == utf8.Length && utf8.SequenceEqual(stored[..utf8.Length]))
        {
            _hits++;
            return remembered;
        }

        var text = StrictUtf8.GetString(utf8);
        if (_probation > 0 && ++_seen == _probation)
        {
            Review();
            if (_off)
            {
                return text;
            }

            // The slot may have moved with the table.
            slot = Slot(utf8, _slotBits);
            bytes = _bytes ??= new byte[_texts.Length * MaxCachedLength];
            stored = bytes.AsSpan(slot * MaxCachedLength, MaxCachedLength);
        }

        utf8.CopyTo(stored);
        _lengths[slot] = utf8.Length;
        _texts[slot] = text;
        return text;
    }

    /// <summary>At the end of a probation: grows a small table whose values often miss, turns off a large one whose values rarely come back.</summary>
    private void Review()
    {
        var hits = _hits;
        _seen = 0;
        _hits = 0;
        if (_slotBits == SmallSlotBits && hits < SmallProbation / 2)
        {
            _slotBits = LargeSlotBits;
            _texts = new string?[1 << LargeSlotBits];
            _lengths = new int[1 << LargeSlotBits];
            _bytes = null;
            _probation = LargeProbation;
            return;
        }

        if (hits < _probation / 8)
        {
            _off = true;
            _bytes = null;
            _texts = [];
            _lengths = [];
            return;
        }

        // Settled: no further review.
        _probation = -1;
    }

    /// <summary>A slot from the length and the first and last 8 bytes (all of them when shorter).</summary>
    private static int Slot(ReadOnlySpan<byte> utf8, int slotBits)
    {
        var h = (ulong)utf8.Length * 0x9E3779B97F4A7C15UL;
        if (utf8.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8)) * 0xBF58476D1CE4E5B9UL;
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..])) * 0x94D049BB133111EBUL;
        }
        else
        {
            foreach (var b in utf8)
            {
                h = (h ^ b) * 0xBF58476D1CE4E5B9UL;
            }
        }

        return (int)((h ^ (h >> 31)) >> (64 - slotBits));
    }
}
