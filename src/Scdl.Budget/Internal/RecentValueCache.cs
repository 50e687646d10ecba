using System.Buffers.Binary;
using System.Text;

namespace Scdl.Budget.Internal;

/// <summary>
/// Remembers the values recently decoded in one column, so that a value that comes back (the name of the authority,
/// the SIRET, the step, a chapter code, a label) is decoded and allocated once and then shared: 128 slots chosen by a
/// hash of the bytes, each keeping the last value that fell in it. Costs a hash of at most 16 bytes and one comparison
/// per cell; keeps at most 12 KiB, so memory stays flat. A column whose values rarely come back (fewer than 1 in 8
/// over its first 1,024 values) stops caching. Decoding is strict: invalid UTF-8 throws
/// <see cref="DecoderFallbackException"/>.
/// </summary>
internal sealed class RecentValueCache
{
    private const int SlotBits = 7;
    private const int Slots = 1 << SlotBits;
    private const int MaxCachedLength = 96;
    private const int Probation = 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string?[] _texts = new string?[Slots];
    private readonly int[] _lengths = new int[Slots];
    private byte[]? _bytes;
    private int _seen;
    private int _hits;
    private bool _off;

    /// <summary>Gets the string of <paramref name="utf8"/>: the same instance as last time these bytes were seen, when remembered.</summary>
    /// <exception cref="DecoderFallbackException"><paramref name="utf8"/> is not valid UTF-8.</exception>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_off || utf8.Length > MaxCachedLength)
        {
            return StrictUtf8.GetString(utf8);
        }

        var slot = Slot(utf8);
        var bytes = _bytes ??= new byte[Slots * MaxCachedLength];
        var stored = bytes.AsSpan(slot * MaxCachedLength, MaxCachedLength);
        if (_texts[slot] is { } remembered && _lengths[slot] == utf8.Length && utf8.SequenceEqual(stored[..utf8.Length]))
        {
            _hits++;
            return remembered;
        }

        if (++_seen == Probation && _hits < Probation / 8)
        {
            _off = true;
            _bytes = null;
            Array.Clear(_texts);
        }

        var text = StrictUtf8.GetString(utf8);
        if (!_off)
        {
            utf8.CopyTo(stored);
            _lengths[slot] = utf8.Length;
            _texts[slot] = text;
        }

        return text;
    }

    /// <summary>A slot from the length and the first and last 8 bytes (all of them when shorter).</summary>
    private static int Slot(ReadOnlySpan<byte> utf8)
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

        return (int)((h ^ (h >> 31)) >> (64 - SlotBits));
    }
}
