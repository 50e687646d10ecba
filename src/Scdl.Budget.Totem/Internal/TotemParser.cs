using System.Globalization;
using System.Xml;

namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// Turns the nodes of a TOTEM document, read one at a time by <see cref="TotemReader"/> (synchronously or
/// asynchronously: the reader only calls <see cref="Process"/> after each node), into budget headers, lines, the
/// loans annex and findings. Every node is visited, nothing is skipped, so that a <c>LigneBudget</c> anywhere is
/// seen: under its <c>Budget</c> (a line), under a later <c>Budget</c> (a line of another document, with that
/// budget's own header), anywhere else after the first budget's header (converted with the latest header and
/// reported), or before it (reported, not convertible). Memory is one frame per open element and one builder per
/// open line.
/// </summary>
internal sealed class TotemParser
{
    /// <summary>The deepest nesting accepted; real documents nest about 12 levels (a compte financier unique).</summary>
    public const int MaxDepth = 64;

    public const string DocumentNamespace = "http://www.minefi.gouv.fr/cp/demat/docbudgetaire";
    public const string CfuNamespace = "http://www.minefi.gouv.fr/cp/demat/doccfu";

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo _lineInfo;
    private readonly TotemNames _n;
    private readonly List<Kind> _kinds = new(16);
    private readonly List<string> _names = new(16);
    private readonly List<LineBuilder> _lines = [];
    private readonly Stack<LineBuilder> _freeLines = new();
    private readonly DocumentValues _document = new();
    private readonly LoansTally _loans = new();
    private HeaderBuilder? _builder;
    private bool _builderSealed;
    private TotemHeader? _header;
    private bool _documentSeen;
    private bool _cfuRoot;
    private long _rootLine;
    private int _budgets;
    private long _firstLineBeforeHeader;
    private TotemLine? _pending;

    public TotemParser(XmlReader xml)
    {
        _xml = xml;
        _lineInfo = (IXmlLineInfo)xml;
        _n = new TotemNames(xml.NameTable);
    }

    private enum Kind
    {
        Other,
        Document,
        EnTeteDoc,
        Budget,
        EnTeteBudget,
        BlocBudget,
        Line,
        Annexes,
        Loans,
        Loan,
    }

    /// <summary>Gets the header of the first budget, once read and checked.</summary>
    public TotemHeader? FirstHeader { get; private set; }

    /// <summary>Gets the findings about the document rather than one line, in the order met.</summary>
    public List<Finding> Findings { get; } = [];

    public long CalculatedLinesSkipped { get; private set; }

    public long LinesRead { get; private set; }

    /// <summary>Gets the number of (non-calculated) lines met before the first budget's header was complete.</summary>
    public long LinesBeforeHeader { get; private set; }

    /// <summary>Gets the annexes, once the document has been read to its end.</summary>
    public TotemAnnexes? Annexes { get; private set; }

    private long Line => _lineInfo.LineNumber;

    /// <summary>Takes the line completed by the last node processed, if any.</summary>
    public TotemLine? TakePending()
    {
        var line = _pending;
        _pending = null;
        return line;
    }

    /// <summary>Processes the node the XML reader is on.</summary>
    public void Process()
    {
        switch (_xml.NodeType)
        {
            case XmlNodeType.Element:
                Start();
                break;
            case XmlNodeType.EndElement:
                var kind = _kinds[^1];
                _kinds.RemoveAt(_kinds.Count - 1);
                _names.RemoveAt(_names.Count - 1);
                End(kind);
                break;
        }
    }

    /// <summary>Checks what the end of the input leaves: a budget document with a budget.</summary>
    public void Finish()
    {
        if (!_documentSeen)
        {
            ThrowHelper.Format(FindingCodes.TotemNotBudgetDocument, _rootLine, "CompteFinancierUnique", "CompteFinancierUnique");
        }

        if (FirstHeader is null)
        {
            ThrowHelper.Format(FindingCodes.TotemMissingHeaderElement, _document.DocumentLine, "DocumentBudgetaire/Budget");
        }

        Annexes ??= _loans.ToAnnexes();
    }

    private void Start()
    {
        var depth = _xml.Depth;
        if (depth >= MaxDepth)
        {
            ThrowHelper.Format(FindingCodes.TotemNestedTooDeep, Line, null, MaxDepth.ToString(CultureInfo.InvariantCulture));
        }

        var name = _xml.LocalName;
        Kind kind;
        if (depth == 0)
        {
            kind = Root(name);
        }
        else if (ReferenceEquals(name, _n.DocumentBudgetaire))
        {
            kind = EnterDocument();
        }
        else if (ReferenceEquals(name, _n.LigneBudget))
        {
            kind = StartLine(_kinds[depth - 1], _names[depth - 1]);
        }
        else
        {
            kind = _kinds[depth - 1] switch
            {
                Kind.Line => InLine(name),
                Kind.Document => InDocument(name),
                Kind.Budget => InBudget(name),
                Kind.EnTeteDoc => InEnTeteDoc(name),
                Kind.EnTeteBudget => InEnTeteBudget(name),
                Kind.BlocBudget => InBlocBudget(name),
                Kind.Annexes => InAnnexes(name),
                Kind.Loans => InLoans(name),
                Kind.Loan => InLoan(name),
                _ => Kind.Other,
            };
        }

        if (_xml.IsEmptyElement)
        {
            End(kind);
        }
        else
        {
            _kinds.Add(kind);
            _names.Add(name);
        }
    }

    private void End(Kind kind)
    {
        switch (kind)
        {
            case Kind.Line:
                var builder = _lines[^1];
                _lines.RemoveAt(_lines.Count - 1);
                _pending = builder.Build();
                _freeLines.Push(builder);
                break;
            case Kind.Loan:
                _loans.Complete(Findings);
                break;
            case Kind.Budget when FirstHeader is null:
                // A first budget without any line: its header is still the document's.
                Seal();
                break;
        }
    }

    private Kind Root(string name)
    {
        _rootLine = Line;
        if (ReferenceEquals(name, _n.DocumentBudgetaire))
        {
            return EnterDocument();
        }

        if (!ReferenceEquals(name, _n.CompteFinancierUnique))
        {
            ThrowHelper.Format(FindingCodes.TotemNotBudgetDocument, Line, null, _xml.Name);
        }

        _cfuRoot = true;
        CheckNamespace(CfuNamespace);
        return Kind.Other;
    }

    private Kind EnterDocument()
    {
        if (_documentSeen)
        {
            ThrowHelper.Format(FindingCodes.TotemNotBudgetDocument, Line, "DocumentBudgetaire", "DocumentBudgetaire");
        }

        _documentSeen = true;
        _document.DocumentLine = Line;
        _document.InCfu = _cfuRoot;
        CheckNamespace(DocumentNamespace);
        return Kind.Document;
    }

    private void CheckNamespace(string expected)
    {
        var actual = _xml.NamespaceURI;
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            Findings.Add(new Finding(FindingCodes.TotemUnexpectedNamespace, FindingSeverity.Warning, new SourceLocation(Line, _xml.LocalName),
                Amounts.Shorten(actual), expected));
        }
    }

    private Kind InDocument(string name)
    {
        if (ReferenceEquals(name, _n.Budget))
        {
            _budgets++;
            _builder = _builder is null ? new HeaderBuilder(_document, Line) : _builder.Next(Line);
            _builderSealed = false;
            return Kind.Budget;
        }

        if (ReferenceEquals(name, _n.EnTeteDocBudgetaire))
        {
            return Kind.EnTeteDoc;
        }

        if (ReferenceEquals(name, _n.VersionSchema))
        {
            _document.VersionSchema = V();
        }

        return Kind.Other;
    }

    private Kind InEnTeteDoc(string name)
    {
        if (ReferenceEquals(name, _n.LibelleColl))
        {
            _document.LibelleColl = V();
        }
        else if (ReferenceEquals(name, _n.IdColl))
        {
            _document.IdColl = V();
            _document.IdCollLine = Line;
        }

        return Kind.Other;
    }

    private Kind InBudget(string name)
    {
        if (ReferenceEquals(name, _n.EnTeteBudget))
        {
            return _builderSealed ? Kind.Other : Kind.EnTeteBudget;
        }

        if (ReferenceEquals(name, _n.BlocBudget))
        {
            return _builderSealed ? Kind.Other : Kind.BlocBudget;
        }

        return ReferenceEquals(name, _n.Annexes) && _budgets == 1 ? Kind.Annexes : Kind.Other;
    }

    private Kind InEnTeteBudget(string name)
    {
        var builder = _builder!;
        if (ReferenceEquals(name, _n.LibelleEtab))
        {
            builder.LibelleEtab = V();
        }
        else if (ReferenceEquals(name, _n.IdEtab))
        {
            builder.IdEtab = V();
            builder.IdEtabLine = Line;
        }
        else if (ReferenceEquals(name, _n.Nomenclature))
        {
            builder.Nomenclature = V();
            builder.NomenclatureLine = Line;
        }

        return Kind.Other;
    }

    private Kind InBlocBudget(string name)
    {
        var builder = _builder!;
        if (ReferenceEquals(name, _n.NatDec))
        {
            builder.NatDec = V();
            builder.NatDecLine = Line;
        }
        else if (ReferenceEquals(name, _n.Exer))
        {
            builder.Exer = V();
            builder.ExerLine = Line;
        }
        else if (ReferenceEquals(name, _n.NatFonc))
        {
            builder.NatFonc = V();
        }
        else if (ReferenceEquals(name, _n.CodTypBud))
        {
            builder.CodTypBud = V();
        }
        else if (ReferenceEquals(name, _n.IdEtabPal))
        {
            builder.IdEtabPal = V();
        }

        return Kind.Other;
    }

    private Kind StartLine(Kind parentKind, string parentName)
    {
        var direct = parentKind == Kind.Budget;
        if (direct && !_builderSealed)
        {
            // The budget's header is what precedes its first line.
            Seal();
        }

        if (IsCalculated())
        {
            CalculatedLinesSkipped++;
            return Kind.Other;
        }

        if (_header is null)
        {
            // No step, year or SIRET yet: such a line cannot be converted; it is counted and reported once the header is read.
            if (LinesBeforeHeader++ == 0)
            {
                _firstLineBeforeHeader = Line;
            }

            return Kind.Other;
        }

        LinesRead++;
        var parent = direct ? null : parentName;
        _lines.Add(_freeLines.TryPop(out var free) ? free.Start(Line, _header, parent) : new LineBuilder(Line, _header, parent));
        return Kind.Line;
    }

    private bool IsCalculated()
    {
        var calculated = _xml.GetAttribute(_n.Calculated);
        return calculated is not null && calculated.Trim() is "true" or "1";
    }

    private void Seal()
    {
        _header = _builder!.Build();
        _builderSealed = true;
        if (FirstHeader is null)
        {
            FirstHeader = _header;
            if (LinesBeforeHeader > 0)
            {
                Findings.Add(new Finding(FindingCodes.TotemLinesBeforeHeader, FindingSeverity.Error, new SourceLocation(_firstLineBeforeHeader, "LigneBudget"),
                    null, LinesBeforeHeader.ToString(CultureInfo.InvariantCulture), _header.BudgetElementLine.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private Kind InLine(string name)
    {
        var n = _n;
        var line = _lines[^1];
        if (ReferenceEquals(name, n.Nature)) { line.Nature ??= V(); }
        else if (ReferenceEquals(name, n.CodRD)) { line.CodRD ??= V(); }
        else if (ReferenceEquals(name, n.OpBudg)) { line.OpBudg ??= V(); }
        else if (ReferenceEquals(name, n.ContNat)) { line.ContNat ??= V(); }
        else if (ReferenceEquals(name, n.MtPrev)) { line.MtPrev ??= V(); }
        else if (ReferenceEquals(name, n.CredOuv)) { line.CredOuv ??= V(); }
        else if (ReferenceEquals(name, n.MtReal)) { line.MtReal ??= V(); }
        else if (ReferenceEquals(name, n.MtBudgPrec)) { line.MtBudgPrec ??= V(); }
        else if (ReferenceEquals(name, n.MtRARPrec)) { line.MtRARPrec ??= V(); }
        else if (ReferenceEquals(name, n.MtPropNouv)) { line.MtPropNouv ??= V(); }
        else if (ReferenceEquals(name, n.MtRAR3112)) { line.MtRAR3112 ??= V(); }
        else if (ReferenceEquals(name, n.ArtSpe)) { line.ArtSpe ??= V(); }
        else if (ReferenceEquals(name, n.TypOpBudg)) { line.TypOpBudg ??= V(); }
        else if (ReferenceEquals(name, n.Fonction)) { line.Fonction ??= V(); }
        else if (ReferenceEquals(name, n.Operation)) { line.Operation ??= V(); }
        else if (ReferenceEquals(name, n.OpeCpteTiers)) { line.OpeCpteTiers ??= V(); }
        else if (ReferenceEquals(name, n.LibCpte)) { line.LibCpte ??= V(); }
        else if (ReferenceEquals(name, n.ChapitreNature)) { line.ChapitreNature ??= V(); }
        else if (ReferenceEquals(name, n.CaracSup) && string.Equals(_xml.GetAttribute(n.Code), "Section", StringComparison.Ordinal)) { line.Section ??= V(); }

        return Kind.Other;
    }

    private Kind InAnnexes(string name)
    {
        if (!ReferenceEquals(name, _n.DataEmprunt))
        {
            return Kind.Other;
        }

        _loans.AnnexFound();
        return Kind.Loans;
    }

    private Kind InLoans(string name)
    {
        if (!ReferenceEquals(name, _n.Emprunt) || IsCalculated())
        {
            return Kind.Other;
        }

        _loans.Begin(Line);
        return Kind.Loan;
    }

    private Kind InLoan(string name)
    {
        var loans = _loans;
        if (ReferenceEquals(name, _n.CodTypEmpr))
        {
            loans.Type ??= V();
        }
        else if (ReferenceEquals(name, _n.MtCapitalRestDu3112) && loans.End is null)
        {
            loans.End = V();
            loans.EndLine = Line;
        }
        else if (ReferenceEquals(name, _n.MtCapitalRestDu0101) && loans.Start is null)
        {
            loans.Start = V();
            loans.StartLine = Line;
        }

        return Kind.Other;
    }

    private string? V() => _xml.GetAttribute(_n.V);
}
