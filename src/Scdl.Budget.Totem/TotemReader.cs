using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using System.Xml;
using Scdl.Budget.Totem.Internal;

namespace Scdl.Budget.Totem;

/// <summary>
/// Reads a TOTEM budget document (<c>DocumentBudgetaire</c>, also inside a <c>CompteFinancierUnique</c>) forward
/// only, in constant memory: first its <see cref="Header"/>, then its lines one at a time.
/// </summary>
/// <remarks>
/// <para>
/// The XML is read with the encoding its declaration names (ISO-8859-1, UTF-8, Windows-1252…). DTDs and entities
/// are refused and nothing is ever resolved outside the input. Lines marked <c>calculated="true"</c> are totals
/// generated from the detailed lines: they are skipped and counted in <see cref="CalculatedLinesSkipped"/>.
/// </para>
/// <para>
/// Input that cannot be read at all (not XML, truncated, a DTD, not a budget document, a header without step,
/// year, SIRET or plan de comptes) raises <see cref="ScdlFormatException"/> with its XML line and the reason,
/// from <see cref="Create(Stream, bool)"/> for the header and while enumerating <see cref="ReadLines"/> after it.
/// The whole document is read to its end, so a truncated file is always detected.
/// </para>
/// </remarks>
public sealed class TotemReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo _lineInfo;
    private readonly TotemNames _names;
    private readonly PrologRecordingStream _input;
    private int _budgetDepth = -1;
    private bool _linesStarted;

    static TotemReader()
    {
        // TOTEM files may declare Windows code pages (windows-1252), which .NET only knows with this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private TotemReader(XmlReader xml, PrologRecordingStream input)
    {
        _xml = xml;
        _input = input;
        _lineInfo = (IXmlLineInfo)xml;
        _names = new TotemNames(xml.NameTable);
        Header = Guard(ReadHeader);
    }

    /// <summary>Gets the header of the document, read and checked when the reader was created.</summary>
    public TotemHeader Header { get; }

    /// <summary>Gets the number of lines marked <c>calculated="true"</c> skipped so far.</summary>
    public long CalculatedLinesSkipped { get; private set; }

    /// <summary>Gets the number of (non-calculated) lines read so far.</summary>
    public long LinesRead { get; private set; }

    /// <summary>Creates a reader over a stream and reads the document's header.</summary>
    /// <param name="stream">The XML, in the encoding its declaration names.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
    /// <returns>The reader, positioned before the first line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input is not a readable TOTEM budget document, or its header is incomplete.</exception>
    public static TotemReader Create(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var input = new PrologRecordingStream(stream, leaveOpen);
        var xml = XmlReader.Create(input, Settings);
        try
        {
            return new TotemReader(xml, input);
        }
        catch
        {
            xml.Dispose();
            throw;
        }
    }

    /// <summary>Opens a file and reads the document's header.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the XML file.</param>
    /// <returns>The reader, which owns the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input is not a readable TOTEM budget document, or its header is incomplete.</exception>
    public static TotemReader Open(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        var stream = fileSystem.File.OpenRead(path);
        try
        {
            return Create(stream, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the lines of the budget, lazily and once: the document is read as the lines are enumerated, and to its
    /// end after the last one. Lines marked <c>calculated="true"</c> are skipped and counted.
    /// </summary>
    /// <returns>The lines, in document order, each with its XML line.</returns>
    /// <exception cref="InvalidOperationException">The lines were already enumerated.</exception>
    /// <exception cref="ScdlFormatException">The rest of the document is not well-formed XML (thrown while enumerating).</exception>
    public IEnumerable<TotemLine> ReadLines()
    {
        if (_linesStarted)
        {
            throw new InvalidOperationException("The lines of a TOTEM document can be enumerated only once.");
        }

        _linesStarted = true;
        return Enumerate();
    }

    /// <inheritdoc/>
    public void Dispose() => _xml.Dispose();

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private IEnumerable<TotemLine> Enumerate()
    {
        while (Guard(NextLine) is { } line)
        {
            yield return line;
        }
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e)
        {
            long line = e.LineNumber > 0 ? e.LineNumber : _lineInfo.LineNumber;
            var reason = e.Message;
            var code = FindingCodes.TotemMalformedXml;
            if (reason.Contains("DTD", StringComparison.Ordinal))
            {
                // The parser refuses a DOCTYPE without saying where; it can only be in the prolog.
                code = FindingCodes.TotemDtdRefused;
                line = line > 0 ? line : _input.LineOf("<!DOCTYPE"u8);
            }

            throw ThrowHelper.Create(code, line, null, e, reason);
        }
        catch (DecoderFallbackException e)
        {
            throw ThrowHelper.Create(FindingCodes.TotemMalformedXml, _lineInfo.LineNumber, null, e, e.Message);
        }
    }

    private long Line => _lineInfo.LineNumber;

    private TotemHeader ReadHeader()
    {
        var xml = _xml;
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element)
        {
            ThrowHelper.Format(FindingCodes.TotemNotBudgetDocument, Line, null, xml.Name);
        }

        var inCfu = false;
        if (ReferenceEquals(xml.LocalName, _names.CompteFinancierUnique))
        {
            inCfu = true;
            var rootLine = Line;
            if (!ReadToDescendant(_names.DocumentBudgetaire))
            {
                ThrowHelper.Format(FindingCodes.TotemNotBudgetDocument, rootLine, "CompteFinancierUnique", "CompteFinancierUnique");
            }
        }
        else if (!ReferenceEquals(xml.LocalName, _names.DocumentBudgetaire))
        {
            ThrowHelper.Format(FindingCodes.TotemNotBudgetDocument, Line, null, xml.Name);
        }

        var builder = new HeaderBuilder { DocumentLine = Line, InCfu = inCfu };
        var documentDepth = xml.Depth;
        if (!EnterChildren())
        {
            ThrowHelper.Format(FindingCodes.TotemMissingHeaderElement, builder.DocumentLine, "DocumentBudgetaire/Budget");
        }

        while (NextChild(documentDepth))
        {
            var name = xml.LocalName;
            if (ReferenceEquals(name, _names.VersionSchema))
            {
                builder.VersionSchema = Leaf(out _);
            }
            else if (ReferenceEquals(name, _names.EnTeteDocBudgetaire))
            {
                ReadEnTeteDocBudgetaire(builder);
            }
            else if (ReferenceEquals(name, _names.Budget))
            {
                builder.BudgetLine = Line;
                if (ReadBudgetHeader(builder))
                {
                    return builder.Build();
                }
            }
            else
            {
                xml.Skip();
            }
        }

        if (builder.BudgetLine == 0)
        {
            ThrowHelper.Format(FindingCodes.TotemMissingHeaderElement, builder.DocumentLine, "DocumentBudgetaire/Budget");
        }

        var header = builder.Build();
        DrainToEnd();
        return header;
    }

    /// <summary>Reads the Budget element up to its first line. Returns true when positioned on a LigneBudget.</summary>
    private bool ReadBudgetHeader(HeaderBuilder builder)
    {
        var xml = _xml;
        _budgetDepth = xml.Depth;
        if (!EnterChildren())
        {
            return false;
        }

        while (NextChild(_budgetDepth))
        {
            var name = xml.LocalName;
            if (ReferenceEquals(name, _names.LigneBudget))
            {
                return true;
            }

            if (ReferenceEquals(name, _names.EnTeteBudget))
            {
                ReadEnTeteBudget(builder);
            }
            else if (ReferenceEquals(name, _names.BlocBudget))
            {
                ReadBlocBudget(builder);
            }
            else
            {
                xml.Skip();
            }
        }

        // The end of Budget: no line at all. Step past it.
        _xml.Read();
        _budgetDepth = -1;
        return false;
    }

    private void ReadEnTeteDocBudgetaire(HeaderBuilder builder)
    {
        var depth = _xml.Depth;
        if (!EnterChildren())
        {
            return;
        }

        while (NextChild(depth))
        {
            var name = _xml.LocalName;
            if (ReferenceEquals(name, _names.LibelleColl))
            {
                builder.LibelleColl = Leaf(out _);
            }
            else if (ReferenceEquals(name, _names.IdColl))
            {
                builder.IdColl = Leaf(out builder.IdCollLine);
            }
            else
            {
                _xml.Skip();
            }
        }

        _xml.Read();
    }

    private void ReadEnTeteBudget(HeaderBuilder builder)
    {
        var depth = _xml.Depth;
        if (!EnterChildren())
        {
            return;
        }

        while (NextChild(depth))
        {
            var name = _xml.LocalName;
            if (ReferenceEquals(name, _names.LibelleEtab))
            {
                builder.LibelleEtab = Leaf(out _);
            }
            else if (ReferenceEquals(name, _names.IdEtab))
            {
                builder.IdEtab = Leaf(out builder.IdEtabLine);
            }
            else if (ReferenceEquals(name, _names.Nomenclature))
            {
                builder.Nomenclature = Leaf(out builder.NomenclatureLine);
            }
            else
            {
                _xml.Skip();
            }
        }

        _xml.Read();
    }

    private void ReadBlocBudget(HeaderBuilder builder)
    {
        var depth = _xml.Depth;
        if (!EnterChildren())
        {
            return;
        }

        while (NextChild(depth))
        {
            var name = _xml.LocalName;
            if (ReferenceEquals(name, _names.NatDec))
            {
                builder.NatDec = Leaf(out builder.NatDecLine);
            }
            else if (ReferenceEquals(name, _names.Exer))
            {
                builder.Exer = Leaf(out builder.ExerLine);
            }
            else if (ReferenceEquals(name, _names.NatFonc))
            {
                builder.NatFonc = Leaf(out _);
            }
            else if (ReferenceEquals(name, _names.CodTypBud))
            {
                builder.CodTypBud = Leaf(out _);
            }
            else if (ReferenceEquals(name, _names.IdEtabPal))
            {
                builder.IdEtabPal = Leaf(out _);
            }
            else
            {
                _xml.Skip();
            }
        }

        _xml.Read();
    }

    private TotemLine? NextLine()
    {
        var xml = _xml;
        while (_budgetDepth >= 0)
        {
            if (!NextChild(_budgetDepth))
            {
                xml.Read();
                _budgetDepth = -1;
                break;
            }

            if (!ReferenceEquals(xml.LocalName, _names.LigneBudget))
            {
                xml.Skip();
                continue;
            }

            var calculated = xml.GetAttribute("calculated");
            if (calculated is not null && (string.Equals(calculated.Trim(), "true", StringComparison.Ordinal) || string.Equals(calculated.Trim(), "1", StringComparison.Ordinal)))
            {
                CalculatedLinesSkipped++;
                xml.Skip();
                continue;
            }

            LinesRead++;
            return ReadLine();
        }

        DrainToEnd();
        return null;
    }

    private TotemLine ReadLine()
    {
        var xml = _xml;
        var n = _names;
        var lineNumber = Line;
        string? nature = null, contNat = null, chapitreNature = null, fonction = null, operation = null, libCpte = null;
        string? codRD = null, opBudg = null, typOpBudg = null, artSpe = null, section = null;
        string? mtReal = null, mtBudgPrec = null, mtRarPrec = null, mtPropNouv = null, mtPrev = null, credOuv = null, mtRar3112 = null;
        var depth = xml.Depth;
        if (EnterChildren())
        {
            while (NextChild(depth))
            {
                var name = xml.LocalName;
                if (ReferenceEquals(name, n.Nature)) { nature ??= V(); }
                else if (ReferenceEquals(name, n.CodRD)) { codRD ??= V(); }
                else if (ReferenceEquals(name, n.OpBudg)) { opBudg ??= V(); }
                else if (ReferenceEquals(name, n.ContNat)) { contNat ??= V(); }
                else if (ReferenceEquals(name, n.MtPrev)) { mtPrev ??= V(); }
                else if (ReferenceEquals(name, n.CredOuv)) { credOuv ??= V(); }
                else if (ReferenceEquals(name, n.MtReal)) { mtReal ??= V(); }
                else if (ReferenceEquals(name, n.MtBudgPrec)) { mtBudgPrec ??= V(); }
                else if (ReferenceEquals(name, n.MtRARPrec)) { mtRarPrec ??= V(); }
                else if (ReferenceEquals(name, n.MtPropNouv)) { mtPropNouv ??= V(); }
                else if (ReferenceEquals(name, n.MtRAR3112)) { mtRar3112 ??= V(); }
                else if (ReferenceEquals(name, n.ArtSpe)) { artSpe ??= V(); }
                else if (ReferenceEquals(name, n.TypOpBudg)) { typOpBudg ??= V(); }
                else if (ReferenceEquals(name, n.Fonction)) { fonction ??= V(); }
                else if (ReferenceEquals(name, n.Operation)) { operation ??= V(); }
                else if (ReferenceEquals(name, n.LibCpte)) { libCpte ??= V(); }
                else if (ReferenceEquals(name, n.ChapitreNature)) { chapitreNature ??= V(); }
                else if (ReferenceEquals(name, n.CaracSup) && string.Equals(xml.GetAttribute("Code"), "Section", StringComparison.Ordinal)) { section ??= V(); }

                xml.Skip();
            }

            xml.Read();
        }

        return new TotemLine
        {
            LineNumber = lineNumber,
            Nature = nature,
            ContNat = contNat,
            ChapitreNature = chapitreNature,
            Fonction = fonction,
            Operation = operation,
            LibCpte = libCpte,
            CodRD = codRD,
            OpBudg = opBudg,
            TypOpBudg = typOpBudg,
            ArtSpe = artSpe,
            Section = section,
            MtReal = mtReal,
            MtBudgPrec = mtBudgPrec,
            MtRARPrec = mtRarPrec,
            MtPropNouv = mtPropNouv,
            MtPrev = mtPrev,
            CredOuv = credOuv,
            MtRAR3112 = mtRar3112,
        };
    }

    private string? V() => _xml.GetAttribute("V");

    /// <summary>Reads the V attribute of the current element and its line, and moves past the element.</summary>
    private string? Leaf(out long line)
    {
        line = Line;
        var value = V();
        _xml.Skip();
        return value;
    }

    /// <summary>Positioned on an element start: moves into its content. Returns false (and moves past it) when it is empty.</summary>
    private bool EnterChildren()
    {
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return false;
        }

        _xml.Read();
        return true;
    }

    /// <summary>Moves to the next child element of the element at <paramref name="parentDepth"/>; false when positioned on the parent's end.</summary>
    private bool NextChild(int parentDepth)
    {
        while (!_xml.EOF)
        {
            if (_xml.Depth <= parentDepth)
            {
                return false;
            }

            if (_xml.NodeType == XmlNodeType.Element)
            {
                return true;
            }

            _xml.Read();
        }

        return false;
    }

    private bool ReadToDescendant(string localName)
    {
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, localName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the rest of the document, so that a truncated or malformed end is detected; a second budget document is refused.</summary>
    private void DrainToEnd()
    {
        var xml = _xml;
        while (!xml.EOF && xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, _names.DocumentBudgetaire))
            {
                ThrowHelper.Format(FindingCodes.TotemNotBudgetDocument, Line, "DocumentBudgetaire", "DocumentBudgetaire");
            }
        }
    }

    private sealed class HeaderBuilder
    {
#pragma warning disable SA1401, CA1051 // Plain mutable bag, private to the reader.
        public long DocumentLine;
        public long BudgetLine;
        public bool InCfu;
        public string? VersionSchema;
        public string? LibelleColl;
        public string? IdColl;
        public long IdCollLine;
        public string? LibelleEtab;
        public string? IdEtab;
        public long IdEtabLine;
        public string? Nomenclature;
        public long NomenclatureLine;
        public string? NatDec;
        public long NatDecLine;
        public string? Exer;
        public long ExerLine;
        public string? NatFonc;
        public string? CodTypBud;
        public string? IdEtabPal;
#pragma warning restore SA1401, CA1051

        public TotemHeader Build()
        {
            var step = ParseStep(Required(NatDec, "BlocBudget/NatDec"), NatDecLine);
            var year = ParseYear(Required(Exer, "BlocBudget/Exer"), ExerLine);
            var (siretText, siretLine) = IdEtab is { Length: > 0 } ? (IdEtab, IdEtabLine) : (IdColl, IdCollLine);
            siretText = Required(siretText, "EnTeteBudget/IdEtab").Trim();
            if (!Siret.TryFromDigits(siretText, out var siret))
            {
                ThrowHelper.Format(FindingCodes.TotemInvalidSiret, siretLine, "EnTeteBudget/IdEtab", siretText);
            }

            var nomenclature = Required(Nomenclature, "EnTeteBudget/Nomenclature").Trim();
            var dash = nomenclature.IndexOf('-', StringComparison.Ordinal);
            var (norme, declinaison) = dash > 0 && dash < nomenclature.Length - 1
                ? (nomenclature[..dash], nomenclature[(dash + 1)..])
                : (nomenclature, nomenclature);
            return new TotemHeader
            {
                Step = step,
                Year = year,
                Siret = siret,
                AuthorityName = Clean(LibelleColl),
                BudgetName = Clean(LibelleEtab),
                Norme = norme,
                Declinaison = declinaison,
                BudgetType = Clean(CodTypBud),
                PrincipalBudgetSiret = Clean(IdEtabPal),
                FunctionalPresentation = Clean(NatFonc),
                TotemSchemaVersion = Clean(VersionSchema),
                InCompteFinancierUnique = InCfu,
                SiretLine = siretLine,
                StepLine = NatDecLine,
                NomenclatureLine = NomenclatureLine,
            };
        }

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        private string Required(string? value, string element)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                ThrowHelper.Format(FindingCodes.TotemMissingHeaderElement, BudgetLine, element);
            }

            return value;
        }

        private static BudgetStep ParseStep(string text, long line)
        {
            var trimmed = text.Trim();
            var code = trimmed.Length is 1 or 2 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
            return code switch
            {
                1 => BudgetStep.BudgetPrimitif,
                2 => BudgetStep.DecisionModificative,
                3 => BudgetStep.BudgetSupplementaire,
                9 => BudgetStep.CompteAdministratif,
                10 => BudgetStep.CompteFinancierUnique,
                _ => throw ThrowHelper.Create(FindingCodes.TotemUnknownStep, line, "BlocBudget/NatDec", trimmed),
            };
        }

        private static int ParseYear(string text, long line)
        {
            var trimmed = text.Trim();
            if (trimmed.Length != 4 || !int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw ThrowHelper.Create(FindingCodes.TotemInvalidYear, line, "BlocBudget/Exer", trimmed);
            }

            return year;
        }
    }
}
