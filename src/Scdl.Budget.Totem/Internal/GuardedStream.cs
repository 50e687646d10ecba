using System.Globalization;
using System.Numerics;

namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// Passes the input through to the XML parser while bounding it: the size of the whole document, and the size of
/// each XML item, measured by a small lexer before the parser buffers anything. An item is a tag with its attributes
/// and the text after it, up to the next <c>&lt;</c> (XML allows no <c>&lt;</c> in attribute values or text, so no
/// value can be longer than its item), or a comment, CDATA section or processing instruction up to its terminator.
/// The parser is only given whole items: the item still open at the end of what was read is held back until it ends.
/// So it never buffers more than an item of the limit's size, and it sees the same input whichever way it reads
/// (synchronously or not, in whatever chunks): the items before the first one that passes a limit, then the end.
/// <see cref="Exceeded"/> then holds the located exception the reader throws, unless the parser found a real error
/// before that item. It also keeps a copy of the first bytes, so that a refusal the parser reports without a line (a
/// DTD, always in the prolog) can be located.
/// </summary>
/// <remarks>
/// The lexer reads bytes for ASCII-compatible encodings (UTF-8, ISO-8859-x, Windows-125x: every TOTEM file) and
/// UTF-16 code units when the input starts with a UTF-16 byte order mark or an UTF-16 <c>&lt;?</c>. A chunk shorter
/// than the limit and without comment or CDATA takes a few vectorised searches; lines are counted once per chunk.
/// </remarks>
internal sealed class GuardedStream : Stream
{
    private const int PrologCapacity = 64 * 1024;
    private const int ReadSize = 16 * 1024;
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly long _maxDocument;
    private readonly long _maxItem;
    private readonly byte[] _prolog = new byte[PrologCapacity];
    private int _recorded;
    private long _total;
    private int _unitSize;
    private bool _bigEndian;
    private char[] _chars = [];

    // The bytes read: [_start, _ready) may go to the parser; [_ready, _scanned) is the open item; [_scanned, _end)
    // the odd byte of a UTF-16 code unit not read whole yet.
    private byte[] _buffer = new byte[2 * ReadSize];
    private int _start;
    private int _ready;
    private int _scanned;
    private int _end;
    private bool _innerEnded;

    // Lexer state, kept across chunks.
    private State _state = State.Markup;
    private long _itemLength;
    private long _itemLine = 1;
    private int _itemStartInChunk = -1;
    private long _linesBeforeChunk = 1;
    private int _previous1;
    private int _previous2;

    public GuardedStream(Stream inner, bool leaveOpen, TotemReaderOptions options)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
        _maxDocument = options.MaxDocumentSize;
        _maxItem = options.MaxValueSize;
    }

    private enum State
    {
        /// <summary>In a start or end tag, or the text after it: only a <c>&lt;</c> ends it (XML allows none in attribute values or text).</summary>
        Markup,

        /// <summary>Just after a <c>&lt;</c>.</summary>
        LessThan,

        /// <summary>Just after <c>&lt;!</c>.</summary>
        Bang,

        /// <summary>In a comment, which ends with <c>--&gt;</c>.</summary>
        Comment,

        /// <summary>In a processing instruction, which ends with <c>?&gt;</c>.</summary>
        ProcessingInstruction,

        /// <summary>In a CDATA section, which ends with <c>]]&gt;</c>.</summary>
        CData,
    }

    /// <summary>Gets the exception to throw when a limit was passed (the input was then cut short), or null.</summary>
    public ScdlFormatException? Exceeded { get; private set; }

    /// <summary>Gets or sets the token that cancels the asynchronous reads of the input.</summary>
    public CancellationToken CancellationToken { get; set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Finds the 1-based line where an ASCII marker first occurs in the recorded prolog, or 0.</summary>
    public long LineOf(ReadOnlySpan<byte> marker)
    {
        var recorded = _prolog.AsSpan(0, _recorded);
        var index = recorded.IndexOf(marker);
        return index < 0 ? 0 : recorded[..index].Count((byte)'\n') + 1;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (NeedsInput())
        {
            Received(_inner.Read(Space()));
        }

        return Give(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var token = cancellationToken.CanBeCanceled ? cancellationToken : CancellationToken;
        while (NeedsInput())
        {
            Received(await _inner.ReadAsync(SpaceMemory(), token).ConfigureAwait(false));
        }

        return Give(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>True when nothing can be given to the parser yet and more input must be read.</summary>
    private bool NeedsInput()
    {
        if (_ready > _start || Exceeded is not null)
        {
            return false;
        }

        if (_innerEnded)
        {
            // The end: the last item is whole, or the parser will say what it lacks.
            _ready = _end;
            return false;
        }

        return true;
    }

    private int Give(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _ready - _start);
        _buffer.AsSpan(_start, count).CopyTo(destination);
        _start += count;
        return count;
    }

    /// <summary>Makes room after the bytes kept (moved to the start; the buffer grows only for an open item longer than it).</summary>
    private Span<byte> Space() => SpaceMemory().Span;

    private Memory<byte> SpaceMemory()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _ready -= _start;
            _scanned -= _start;
            _end -= _start;
            _start = 0;
        }

        if (_buffer.Length - _end < ReadSize)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _end + ReadSize));
        }

        return _buffer.AsMemory(_end, ReadSize);
    }

    /// <summary>Takes <paramref name="count"/> bytes just read into the buffer: checks the document's size and scans the new items.</summary>
    private void Received(int count)
    {
        if (count == 0)
        {
            _innerEnded = true;
            return;
        }

        var read = _buffer.AsSpan(_end, count);
        Record(read);
        var allowed = (int)Math.Min(count, _maxDocument - _total);
        _total += allowed;
        if (_unitSize == 0)
        {
            DecideUnit(read);
        }

        _end += allowed;
        var chunkStart = _scanned;
        var whole = _unitSize == 1 ? _end - _scanned : (_end - _scanned) & ~1;
        var open = _unitSize == 1
            ? Scan((ReadOnlySpan<byte>)_buffer.AsSpan(_scanned, whole))
            : Scan(ToUtf16(_buffer.AsSpan(_scanned, whole)));
        _scanned += whole;
        if (open >= 0)
        {
            // Everything before the item still open (or the one that passed the limit) can go to the parser.
            _ready = chunkStart + (open * _unitSize);
        }

        if (Exceeded is null && allowed < count)
        {
            Exceeded = ThrowHelper.Create(FindingCodes.TotemDocumentTooLarge, _linesBeforeChunk, null, Number(_maxDocument));
        }
    }

    private void DecideUnit(ReadOnlySpan<byte> start)
    {
        _unitSize = 1;
        if (start.Length >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)))
        {
            var utf32 = start.Length >= 4 && start[0] == 0xFF && start[2] == 0 && start[3] == 0;
            _unitSize = utf32 ? 1 : 2;
            _bigEndian = start[0] == 0xFE;
        }
        else if (start.Length >= 4 && start[0] == '<' && start[1] == 0 && start[2] == '?' && start[3] == 0)
        {
            _unitSize = 2;
        }
        else if (start.Length >= 4 && start[0] == 0 && start[1] == '<' && start[2] == 0 && start[3] == '?')
        {
            _unitSize = 2;
            _bigEndian = true;
        }
    }

    private ReadOnlySpan<char> ToUtf16(ReadOnlySpan<byte> bytes)
    {
        if (_chars.Length < bytes.Length / 2)
        {
            _chars = new char[Math.Max(bytes.Length / 2, ReadSize)];
        }

        var count = bytes.Length / 2;
        for (var i = 0; i < count; i++)
        {
            var (first, second) = (bytes[2 * i], bytes[(2 * i) + 1]);
            _chars[i] = (char)(_bigEndian ? (first << 8) | second : first | (second << 8));
        }

        return _chars.AsSpan(0, count);
    }

    /// <summary>Scans a chunk; returns the index of the item open at its end (or of the one that passed the limit) when that item starts in the chunk, else -1.</summary>
    private int Scan<T>(ReadOnlySpan<T> units)
        where T : unmanaged, IBinaryInteger<T>
    {
        _itemStartInChunk = -1;
        var i = TryScanFast(units) ? units.Length : 0;
        while (i >= 0 && i < units.Length)
        {
            i = _state switch
            {
                State.Markup => ScanMarkup(units, i),
                State.LessThan or State.Bang => ScanMarkupStart(units, i),
                _ => ScanSpecial(units, i),
            };
        }

        if (i < 0 || Exceeded is not null)
        {
            return _itemStartInChunk;
        }

        // The item still open at the end of the chunk: fix its line now, while the chunk is at hand.
        var newLine = T.CreateTruncating('\n');
        if (_itemStartInChunk >= 0)
        {
            _itemLine = _linesBeforeChunk + units[.._itemStartInChunk].Count(newLine);
        }

        _linesBeforeChunk += units.Count(newLine);
        return _itemStartInChunk;
    }

    /// <summary>
    /// The common case, in a few vectorised searches: a chunk shorter than the limit, in tags and text, without
    /// comment, CDATA section or processing instruction. Every item that starts and ends in it is shorter than the
    /// chunk, so only the item open at its start (up to its first <c>&lt;</c>) and the one open at its end (from its last
    /// <c>&lt;</c>) need counting. False when the chunk needs the item by item scan.
    /// </summary>
    private bool TryScanFast<T>(ReadOnlySpan<T> units)
        where T : unmanaged, IBinaryInteger<T>
    {
        var lessThan = T.CreateTruncating('<');
        ReadOnlySpan<T> bang = [lessThan, T.CreateTruncating('!')];
        ReadOnlySpan<T> question = [lessThan, T.CreateTruncating('?')];
        if (_state != State.Markup || units.Length > _maxItem || units.IndexOf(bang) >= 0 || units.IndexOf(question) >= 0)
        {
            return false;
        }

        var first = units.IndexOf(lessThan);
        if (Grow(first < 0 ? units.Length : first, units) || first < 0)
        {
            return true;
        }

        var last = units.LastIndexOf(lessThan);
        StartItem(last, units.Length - last);
        if (last == units.Length - 1)
        {
            // What follows this '<' is in the next chunk.
            _state = State.LessThan;
        }

        return true;
    }

    // Each step below reads from index i and returns where to go on, or -1 once a limit is passed.

    /// <summary>A tag and the text after it: one vectorised search for the next <c>&lt;</c>, which starts the next item.</summary>
    private int ScanMarkup<T>(ReadOnlySpan<T> units, int i)
        where T : unmanaged, IBinaryInteger<T>
    {
        var at = units[i..].IndexOf(T.CreateTruncating('<'));
        var take = at < 0 ? units.Length - i : at;
        if (Grow(take, units))
        {
            return -1;
        }

        i += take;
        if (at >= 0)
        {
            StartItem(i, 1);
            _state = State.LessThan;
            i++;
        }

        return i;
    }

    /// <summary>The characters after <c>&lt;</c> and <c>&lt;!</c>, which tell a comment, a CDATA section or a processing instruction from a tag.</summary>
    private int ScanMarkupStart<T>(ReadOnlySpan<T> units, int i)
        where T : unmanaged, IBinaryInteger<T>
    {
        var next = (_state, int.CreateTruncating(units[i])) switch
        {
            (State.LessThan, '!') => State.Bang,
            (State.LessThan, '?') => State.ProcessingInstruction,
            (State.Bang, '-') => State.Comment,
            (State.Bang, '[') => State.CData,
            _ => State.Markup,
        };
        _state = next;
        if (next == State.Markup)
        {
            // An element or a declaration: its first character is part of the item.
            return i;
        }

        // The terminator cannot overlap the opening: "<!-->" is not a whole comment.
        _previous1 = _previous2 = 0;
        return Grow(1, units) ? -1 : i + 1;
    }

    /// <summary>Comments, processing instructions and CDATA sections, which may hold <c>&lt;</c>: up to their terminator.</summary>
    private int ScanSpecial<T>(ReadOnlySpan<T> units, int i)
        where T : unmanaged, IBinaryInteger<T>
    {
        var at = units[i..].IndexOf(T.CreateTruncating('>'));
        var take = at < 0 ? units.Length - i : at + 1;
        if (Grow(take, units))
        {
            return -1;
        }

        if (at < 0)
        {
            // Remember the last two characters of the content: the terminator may begin with them.
            _previous2 = units.Length - i >= 2 ? int.CreateTruncating(units[^2]) : _previous1;
            _previous1 = int.CreateTruncating(units[^1]);
            return units.Length;
        }

        var end = i + at;
        var previous1 = end - 1 >= i ? int.CreateTruncating(units[end - 1]) : _previous1;
        var previous2 = end - 2 >= i ? int.CreateTruncating(units[end - 2]) : end - 1 >= i ? _previous1 : _previous2;
        var ends = _state switch
        {
            State.Comment => previous1 == '-' && previous2 == '-',
            State.ProcessingInstruction => previous1 == '?',
            _ => previous1 == ']' && previous2 == ']',
        };
        _previous2 = previous1;
        _previous1 = '>';
        if (ends)
        {
            _state = State.Markup;
            StartItem(end + 1);
        }

        return end + 1;
    }

    /// <summary>Starts a new item at <paramref name="index"/> of the current chunk, <paramref name="length"/> units long so far.</summary>
    private void StartItem(int index, int length = 0)
    {
        _itemLength = length;
        _itemStartInChunk = index;
    }

    /// <summary>Adds <paramref name="count"/> units to the current item; true (and <see cref="Exceeded"/> set) when it passes the limit.</summary>
    private bool Grow<T>(int count, ReadOnlySpan<T> units)
        where T : unmanaged, IBinaryInteger<T>
    {
        _itemLength += count;
        if (_itemLength <= _maxItem)
        {
            return false;
        }

        var line = _itemStartInChunk >= 0 ? _linesBeforeChunk + units[.._itemStartInChunk].Count(T.CreateTruncating('\n')) : _itemLine;
        Exceeded = ThrowHelper.Create(FindingCodes.TotemValueTooLarge, line, null, Number(_maxItem));
        return true;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void Record(ReadOnlySpan<byte> read)
    {
        if (_recorded < PrologCapacity)
        {
            var take = Math.Min(read.Length, PrologCapacity - _recorded);
            read[..take].CopyTo(_prolog.AsSpan(_recorded));
            _recorded += take;
        }
    }
}
