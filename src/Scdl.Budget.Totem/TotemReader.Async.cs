using System.IO.Abstractions;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Scdl.Budget.Totem;

/// <content>The asynchronous members: the twins of <c>TotemReader.Sync.cs</c>.</content>
public sealed partial class TotemReader
{
    /// <summary>
    /// Creates a reader over a stream and reads the document's header asynchronously (the input is read with
    /// <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>, so a network or upload stream that forbids
    /// synchronous reads can be read). See <see cref="Create(Stream, TotemReaderOptions?, bool)"/>.
    /// </summary>
    /// <param name="stream">The XML, in the encoding its declaration names.</param>
    /// <param name="options">The limits on the input, or <see langword="null"/> for <see cref="TotemReaderOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
    /// <param name="cancellationToken">Cancels the reading of the header.</param>
    /// <returns>The reader, positioned before the first line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is not positive.</exception>
    /// <exception cref="ScdlFormatException">The input is not a readable TOTEM budget document, or its header is incomplete.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<TotemReader> CreateAsync(Stream stream, TotemReaderOptions? options = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        var reader = Wrap(stream, options, leaveOpen, async: true);
        try
        {
            while (reader._parser.FirstHeader is null && await reader.NextAsync(cancellationToken).ConfigureAwait(false))
            {
            }

            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Opens a file and reads the document's header asynchronously. See <see cref="Open(IFileSystem, string, TotemReaderOptions?)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the XML file.</param>
    /// <param name="options">The limits on the input, or <see langword="null"/> for <see cref="TotemReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading of the header.</param>
    /// <returns>The reader, which owns the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is not positive.</exception>
    /// <exception cref="ScdlFormatException">The input is not a readable TOTEM budget document, or its header is incomplete.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<TotemReader> OpenAsync(IFileSystem fileSystem, string path, TotemReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        options = TotemReaderOptions.Checked(options);
        return CreateAsync(fileSystem.File.OpenRead(path), options, leaveOpen: false, cancellationToken);
    }

    /// <summary>Reads the lines of the document asynchronously, lazily and once. See <see cref="ReadLines"/>.</summary>
    /// <param name="cancellationToken">Stops the enumeration (checked before each node and passed to the input's reads).</param>
    /// <returns>The lines, in the order their elements end, each with its XML line.</returns>
    /// <exception cref="InvalidOperationException">The lines were already enumerated, or the reader was created synchronously (<see cref="Create(Stream, TotemReaderOptions?, bool)"/>), which cannot read asynchronously.</exception>
    /// <exception cref="ScdlFormatException">The rest of the document is not well-formed XML, passes a limit, or has a later budget with an invalid header (thrown while enumerating).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<TotemLine> ReadLinesAsync(CancellationToken cancellationToken = default)
    {
        if (!_async)
        {
            throw new InvalidOperationException("This reader was created synchronously: create it with CreateAsync or OpenAsync to read it asynchronously.");
        }

        StartLines();
        return EnumerateAsync(cancellationToken);
    }

    private async IAsyncEnumerable<TotemLine> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_parser.TakePending() is { } line)
            {
                yield return line;
            }
            else if (!await NextAsync(cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Reads and processes one node asynchronously; false at the end of the input, once checked. A read the XML
    /// reader completes from its buffer (most of them) is processed without an asynchronous state machine.
    /// </summary>
    private ValueTask<bool> NextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _input.CancellationToken = cancellationToken;
        Task<bool> read;
        try
        {
            read = _xml.ReadAsync();
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException)
        {
            throw Translate(e);
        }

        return read.IsCompletedSuccessfully ? new ValueTask<bool>(Processed(read.Result)) : AwaitedAsync(read);
    }

    private async ValueTask<bool> AwaitedAsync(Task<bool> read)
    {
        bool more;
        try
        {
            more = await read.ConfigureAwait(false);
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException)
        {
            throw Translate(e);
        }

        return Processed(more);
    }
}
