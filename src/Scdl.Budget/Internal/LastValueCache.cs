using System.Text;

namespace Scdl.Budget.Internal;

/// <summary>
/// Remembers the last value decoded in one column, so that a value repeated on consecutive records (the name of
/// the authority, the SIRET, the step, a label) is decoded and allocated once. Costs one comparison per cell;
/// keeps at most 256 bytes, so memory stays flat. A column whose values rarely repeat (fewer than 1 in 8 over its
/// first 1,024 values) stops caching. Decoding is strict: invalid UTF-8 throws <see cref="DecoderFallbackException"/>.
/// </summary>
internal sealed class LastValueCache
{
    private const int MaxCachedLength = 256;
    private const int Probation = 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _bytes = new byte[MaxCachedLength];
    private int _length = -1;
    private string _text = string.Empty;
    private int _seen;
    private int _hits;
    private bool _off;

    /// <summary>Gets the string of <paramref name="utf8"/>, the same instance as last time when the bytes are the same.</summary>
    /// <exception cref="DecoderFallbackException"><paramref name="utf8"/> is not valid UTF-8.</exception>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_off)
        {
            return StrictUtf8.GetString(utf8);
        }

        if (utf8.Length == _length && utf8.SequenceEqual(_bytes.AsSpan(0, _length)))
        {
            _hits++;
            return _text;
        }

        if (++_seen == Probation && _hits < Probation / 8)
        {
            _off = true;
        }

        _text = StrictUtf8.GetString(utf8);
        if (utf8.Length <= MaxCachedLength)
        {
            utf8.CopyTo(_bytes);
            _length = utf8.Length;
        }
        else
        {
            _length = -1;
        }

        return _text;
    }
}
