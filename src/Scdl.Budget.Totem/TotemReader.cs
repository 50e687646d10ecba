using System.Text;
using System.Xml;
using Scdl.Budget.Totem.Internal;

namespace Scdl.Budget.Totem;

/// <summary>
/// Reads a TOTEM budget document (<c>DocumentBudgetaire</c>, also inside a <c>CompteFinancierUnique</c>) forward
/// only, in constant memory: first its <see cref="Header"/>, then its lines one at a time, then its annexes.
/// </summary>
/// <remarks>
/// <para>
/// The XML is read with the encoding its declaration names (ISO-8859-1, UTF-8, Windows-1252…). DTDs and entities
/// are refused and nothing is ever resolved outside the input. The size of a value and of the document are bounded
/// (<see cref="TotemReaderOptions"/>). Lines marked <c>calculated="true"</c> are totals generated from the detailed
/// lines: they are skipped and counted in <see cref="CalculatedLinesSkipped"/>.
/// </para>
/// <para>
/// Every <c>LigneBudget</c> is read, wherever it is: a later <c>Budget</c> of the document is read as a document of
/// its own (its lines carry its <see cref="TotemLine.Header"/>), a line elsewhere after the first budget's header
/// (nested in another line, after <c>&lt;/Budget&gt;</c>) carries the element that holds it
/// (<see cref="TotemLine.Parent"/>), and lines before the first header, which cannot be read without a step, year
/// and SIRET, are counted in a finding (<see cref="Findings"/>).
/// </para>
/// <para>
/// Input that cannot be read at all (not XML, truncated, a DTD, too large, not a budget document, a header without
/// step, year, SIRET or plan de comptes) raises <see cref="ScdlFormatException"/> with its XML line and the reason,
/// from <see cref="Create(Stream, TotemReaderOptions?, bool)"/> for the header and while enumerating
/// <see cref="ReadLines"/> after it. The whole document is read to its end, so a truncated file is always detected.
/// </para>
/// <para>
/// Synchronous and asynchronous members are twins: <see cref="Create(Stream, TotemReaderOptions?, bool)"/> and
/// <see cref="ReadLines"/>, <see cref="CreateAsync(Stream, TotemReaderOptions?, bool, CancellationToken)"/> and
/// <see cref="ReadLinesAsync(CancellationToken)"/>. A reader is read the way it was created.
/// </para>
/// </remarks>
public sealed partial class TotemReader : IDisposable, IAsyncDisposable
{
    private const int MaxReasonLength = 300;
    private readonly XmlReader _xml;
    private readonly GuardedStream _input;
    private readonly TotemParser _parser;
    private readonly bool _async;
    private bool _linesStarted;
    private bool _finished;

    static TotemReader()
    {
        // TOTEM files may declare Windows code pages (windows-1252), which .NET only knows with this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private TotemReader(XmlReader xml, GuardedStream input, bool async)
    {
        _xml = xml;
        _input = input;
        _async = async;
        _parser = new TotemParser(xml);
    }

    /// <summary>Gets the header of the document (of its first <c>Budget</c>), read and checked when the reader was created.</summary>
    public TotemHeader Header => _parser.FirstHeader ?? throw new InvalidOperationException("The header has not been read.");

    /// <summary>Gets the number of lines marked <c>calculated="true"</c> skipped so far.</summary>
    public long CalculatedLinesSkipped => _parser.CalculatedLinesSkipped;

    /// <summary>Gets the number of (non-calculated) lines read so far.</summary>
    public long LinesRead => _parser.LinesRead;

    /// <summary>
    /// Gets the findings about the document rather than one line, met so far: a document in another namespace than
    /// TOTEM's (<see cref="FindingCodes.TotemUnexpectedNamespace"/>), lines before the first budget's header
    /// (<see cref="FindingCodes.TotemLinesBeforeHeader"/>), loans of the annex that cannot be counted. The list grows
    /// while the lines are read; it is complete once they have been read to the end.
    /// </summary>
    public IReadOnlyList<Finding> Findings => _parser.Findings;

    /// <summary>
    /// Gets what was read from the annexes of the (first) budget, such as the outstanding debt; <see langword="null"/>
    /// until the lines have been read to the end (the annexes come after them).
    /// </summary>
    public TotemAnnexes? Annexes => _finished ? _parser.Annexes : null;

    /// <summary>Gets the number of lines met before the first budget's header, which could not be read (reported in <see cref="Findings"/>).</summary>
    internal long LinesBeforeHeader => _parser.LinesBeforeHeader;

    /// <inheritdoc/>
    public void Dispose() => _xml.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _xml.Dispose();
        return ValueTask.CompletedTask;
    }

    private static XmlReaderSettings Settings(bool async) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        Async = async,
    };

    /// <summary>Wraps the input and creates the XML reader over it; a failure disposes the input.</summary>
    private static TotemReader Wrap(Stream stream, TotemReaderOptions? options, bool leaveOpen, bool async)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = TotemReaderOptions.Checked(options);
        var input = new GuardedStream(stream, leaveOpen, options);
        try
        {
            return new TotemReader(XmlReader.Create(input, Settings(async)), input, async);
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException)
        {
            input.Dispose();
            throw Translate(e, input, 1);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    private void StartLines()
    {
        if (_linesStarted)
        {
            throw new InvalidOperationException("The lines of a TOTEM document can be enumerated only once.");
        }

        _linesStarted = true;
    }

    /// <summary>Processes the node just read, or completes the reading at the end of the input; false at the end.</summary>
    private bool Processed(bool more)
    {
        if (!more)
        {
            Finish();
            return false;
        }

        try
        {
            _parser.Process();
            return true;
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException || (e is ScdlFormatException && _input.Exceeded is not null))
        {
            throw Translate(e);
        }
    }

    /// <summary>Completes the reading at the end of the input: a limit passed, or what the document lacks, is thrown here.</summary>
    private void Finish()
    {
        if (_finished)
        {
            return;
        }

        if (_input.Exceeded is { } exceeded)
        {
            throw exceeded;
        }

        _parser.Finish();
        _finished = true;
    }

    /// <summary>
    /// Turns what the XML parser throws into the located exception. When a limit was passed, the parser was given the
    /// input up to the item that passed it: an error it finds at or after that item's line is the limit's.
    /// </summary>
    private ScdlFormatException Translate(Exception exception) => Translate(exception, _input, ((IXmlLineInfo)_xml).LineNumber);

    private static ScdlFormatException Translate(Exception exception, GuardedStream input, long currentLine)
    {
        var line = exception switch
        {
            ScdlFormatException located => located.Line,
            XmlException { LineNumber: > 0 } xml => xml.LineNumber,
            _ => currentLine,
        };

        // The parser saw the input up to the item that passed a limit: what it finds before that item is real.
        if (input.Exceeded is { } exceeded && line >= exceeded.Line)
        {
            return exceeded;
        }

        if (exception is ScdlFormatException known)
        {
            return known;
        }

        var reason = exception.Message.Length <= MaxReasonLength ? exception.Message : string.Concat(exception.Message.AsSpan(0, MaxReasonLength - 1), "…");
        var code = FindingCodes.TotemMalformedXml;
        if (exception is XmlException && reason.Contains("DTD", StringComparison.Ordinal))
        {
            // The parser refuses a DOCTYPE without saying where; it can only be in the prolog.
            code = FindingCodes.TotemDtdRefused;
            line = exception is XmlException { LineNumber: > 0 } ? line : input.LineOf("<!DOCTYPE"u8);
        }

        return ThrowHelper.Create(code, line, null, exception, reason);
    }
}
