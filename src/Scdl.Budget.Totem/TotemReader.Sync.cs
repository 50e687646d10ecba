using System.IO.Abstractions;
using System.Text;
using System.Xml;

namespace Scdl.Budget.Totem;

/// <content>The synchronous members: create or open a reader, read its lines.</content>
public sealed partial class TotemReader
{
    /// <summary>Creates a reader over a stream and reads the document's header.</summary>
    /// <param name="stream">The XML, in the encoding its declaration names.</param>
    /// <param name="options">The limits on the input, or <see langword="null"/> for <see cref="TotemReaderOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
    /// <returns>The reader, positioned before the first line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is not positive.</exception>
    /// <exception cref="ScdlFormatException">The input is not a readable TOTEM budget document, or its header is incomplete.</exception>
    public static TotemReader Create(Stream stream, TotemReaderOptions? options = null, bool leaveOpen = false)
    {
        var reader = Wrap(stream, options, leaveOpen, async: false);
        try
        {
            while (reader._parser.FirstHeader is null && reader.Next())
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

    /// <summary>Opens a file and reads the document's header.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the XML file.</param>
    /// <param name="options">The limits on the input, or <see langword="null"/> for <see cref="TotemReaderOptions.Default"/>.</param>
    /// <returns>The reader, which owns the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is not positive.</exception>
    /// <exception cref="ScdlFormatException">The input is not a readable TOTEM budget document, or its header is incomplete.</exception>
    public static TotemReader Open(IFileSystem fileSystem, string path, TotemReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        options = TotemReaderOptions.Checked(options);
        return Create(fileSystem.File.OpenRead(path), options, leaveOpen: false);
    }

    /// <summary>
    /// Reads the lines of the document, lazily and once: the document is read as the lines are enumerated, and to its
    /// end after the last one (then <see cref="Annexes"/> is available). Lines marked <c>calculated="true"</c> are
    /// skipped and counted.
    /// </summary>
    /// <returns>The lines, in the order their elements end (a nested line before the one that holds it), each with its XML line.</returns>
    /// <exception cref="InvalidOperationException">The lines were already enumerated, or the reader was created asynchronously (<see cref="CreateAsync(Stream, TotemReaderOptions?, bool, CancellationToken)"/>): read it with <see cref="ReadLinesAsync(CancellationToken)"/>.</exception>
    /// <exception cref="ScdlFormatException">The rest of the document is not well-formed XML, passes a limit, or has a later budget with an invalid header (thrown while enumerating).</exception>
    public IEnumerable<TotemLine> ReadLines()
    {
        if (_async)
        {
            throw new InvalidOperationException("This reader was created asynchronously: read its lines with ReadLinesAsync.");
        }

        StartLines();
        return Enumerate();
    }

    private IEnumerable<TotemLine> Enumerate()
    {
        while (true)
        {
            if (_parser.TakePending() is { } line)
            {
                yield return line;
            }
            else if (!Next())
            {
                yield break;
            }
        }
    }

    /// <summary>Reads and processes one node; false at the end of the input, once checked.</summary>
    private bool Next()
    {
        bool more;
        try
        {
            more = _xml.Read();
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException)
        {
            throw Translate(e);
        }

        return Processed(more);
    }
}
