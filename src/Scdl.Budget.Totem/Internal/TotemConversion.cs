using System.Globalization;
using System.Runtime.CompilerServices;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// One conversion in progress: the reader, a mapper per budget of the document, and the counters of the summary.
/// The synchronous and asynchronous enumerations share everything but the reading of the lines.
/// </summary>
internal sealed class TotemConversion
{
    private readonly TotemReader _reader;
    private readonly TotemConversionOptions _options;
    private readonly IPlanSource _plans;
    private readonly Dictionary<TotemHeader, LineMapper> _mappers = new(ReferenceEqualityComparer.Instance);
    private readonly FindingTally _findings;
    private readonly string? _source;
    private TotemHeader _header;
    private LineMapper _mapper;
    private int _readerFindingsReported;
    private long _linesRead;
    private long _linesWritten;
    private long _linesWithFindings;

    public TotemConversion(TotemReader reader, TotemConversionOptions? options, string? source = null)
    {
        _options = options ?? TotemConversionOptions.Default;
        _source = source;
        _reader = reader;
        _findings = new FindingTally(Math.Max(0, _options.MaxFindingsKept));
        _plans = _options.PlanSource ?? (_options.Plans is { } plans ? new CatalogPlanSource(plans) : CatalogPlanSource.BuiltIn);
        _header = reader.Header;
        _mapper = CreateMapper(_header);
        _mappers.Add(_header, _mapper);
    }

    /// <summary>Yields the records: the document's findings first (in a record without line), one record per line read (preceded by the findings of a later budget), then the closing findings.</summary>
    public IEnumerable<BudgetRecord> Records()
    {
        if (Leading() is { } leading)
        {
            yield return leading;
        }

        foreach (var source in _reader.ReadLines())
        {
            if (Switch(source) is { } budget)
            {
                yield return budget;
            }

            yield return Map(source);
        }

        foreach (var closing in Trailing())
        {
            yield return closing;
        }
    }

    /// <summary>The asynchronous twin of <see cref="Records"/>.</summary>
    public async IAsyncEnumerable<BudgetRecord> RecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Leading() is { } leading)
        {
            yield return leading;
        }

        await foreach (var source in _reader.ReadLinesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Switch(source) is { } budget)
            {
                yield return budget;
            }

            yield return Map(source);
        }

        foreach (var closing in Trailing())
        {
            yield return closing;
        }
    }

    /// <summary>Yields the lines to write, counting them.</summary>
    public IEnumerable<BudgetLine> Lines()
    {
        foreach (var record in Records())
        {
            if (Written(record) is { } line)
            {
                yield return line;
            }
        }
    }

    /// <summary>The asynchronous twin of <see cref="Lines"/>.</summary>
    public async IAsyncEnumerable<BudgetLine> LinesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in RecordsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Written(record) is { } line)
            {
                yield return line;
            }
        }
    }

    public TotemConversionResult Result()
    {
        _findings.MakeReadOnly();
        return new(_reader.Header, _linesRead, _reader.CalculatedLinesSkipped, _linesWritten, _linesWithFindings, _findings,
            _reader.Annexes ?? new TotemAnnexes(false, null, null, null, 0));
    }

    private BudgetLine? Written(BudgetRecord record)
    {
        if (record.Line is { } line)
        {
            _linesWritten++;
        }

        return record.Line;
    }

    /// <summary>The findings of the header and of the document met while reading it, in one record without line; lines met before the header are counted as read and not written.</summary>
    private BudgetRecord? Leading()
    {
        var findings = HeaderFindings(_header);
        AddReaderFindings(findings);
        _linesRead += _reader.LinesBeforeHeader;
        _linesWithFindings += _reader.LinesBeforeHeader;
        return Record(findings, RecordKind.Header);
    }

    private List<BudgetRecord> Trailing()
    {
        var closing = new List<BudgetRecord>(2);
        var findings = new List<Finding>();
        AddReaderFindings(findings);
        if (Record(findings, RecordKind.File) is { } document)
        {
            closing.Add(document);
        }

        if (_reader.CalculatedLinesSkipped > 0)
        {
            Finding[] skipped = [LineMapper.Make(FindingCodes.TotemCalculatedLinesSkipped, 0, null, null, _reader.CalculatedLinesSkipped.ToString(CultureInfo.InvariantCulture))];
            Count(skipped);
            closing.Add(new BudgetRecord(null, 0, skipped, RecordKind.File, _source));
        }

        return closing;
    }

    /// <summary>When a line belongs to a later budget of the document, switches to its mapper and gives the record that says so.</summary>
    private BudgetRecord? Switch(TotemLine source)
    {
        var header = source.Header ?? _reader.Header;
        if (ReferenceEquals(header, _header))
        {
            return null;
        }

        var previous = _header;
        _header = header;
        if (_mappers.TryGetValue(header, out var known))
        {
            _mapper = known;
            return null;
        }

        _mapper = CreateMapper(header);
        _mappers.Add(header, _mapper);
        var findings = new List<Finding>
        {
            LineMapper.Make(FindingCodes.TotemSecondBudget, header.BudgetElementLine, "Budget", null,
                StepName(header.Step), header.Year.ToString(CultureInfo.InvariantCulture), header.Siret.ToString(),
                previous.BudgetElementLine.ToString(CultureInfo.InvariantCulture)),
        };
        findings.AddRange(HeaderFindings(header));
        return Record(findings, RecordKind.Header);
    }

    private BudgetRecord Map(TotemLine source)
    {
        var record = _mapper.Map(source);
        _linesRead++;
        if (record.Findings.Count > 0)
        {
            _linesWithFindings++;
            Count(record.Findings);
        }

        return record;
    }

    /// <summary>A record of findings about the document: its heading (a budget's header) or the whole input.</summary>
    private BudgetRecord? Record(List<Finding> findings, RecordKind kind)
    {
        if (findings.Count == 0)
        {
            return null;
        }

        Count(findings);
        return new BudgetRecord(null, findings[0].Location.Line, findings, kind, _source);
    }

    private void AddReaderFindings(List<Finding> findings)
    {
        var all = _reader.Findings;
        for (; _readerFindingsReported < all.Count; _readerFindingsReported++)
        {
            findings.Add(all[_readerFindingsReported]);
        }
    }

    private List<Finding> HeaderFindings(TotemHeader header)
    {
        var findings = new List<Finding>();
        if (!header.Siret.IsCheckDigitValid)
        {
            findings.Add(LineMapper.Make(FindingCodes.TotemSiretCheckDigit, header.SiretLine, "EnTeteBudget/IdEtab", header.Siret.ToString()));
        }

        if (header.Step == BudgetStep.CompteFinancierUnique)
        {
            var spelled = _options.Writer.CfuPolicy == CfuPolicy.Literal ? "compte financier unique" : "compte administratif";
            findings.Add(LineMapper.Make(FindingCodes.TotemCompteFinancierUnique, header.StepLine, "BlocBudget/NatDec", "10", spelled));
        }

        return findings;
    }

    private LineMapper CreateMapper(TotemHeader header)
    {
        var plan = _plans.Find(header.Norme, header.Declinaison, header.Year)
            ?? throw ThrowHelper.Create(FindingCodes.TotemUnknownNomenclature, header.NomenclatureLine, "EnTeteBudget/Nomenclature",
                string.Concat(header.Norme, "-", header.Declinaison), header.Year.ToString(CultureInfo.InvariantCulture));
        var (name, element) = AuthorityName(header, _options.NameSource);
        return new LineMapper(header, plan, name, element, _options.OperationWithLabel, BudgetCsvReaderOptions.Default.MaxRecordSize, _source);
    }

    private static (string Name, string Element) AuthorityName(TotemHeader header, AuthorityNameSource source)
    {
        const string Authority = "EnTeteDocBudgetaire/LibelleColl";
        const string Budget = "EnTeteBudget/LibelleEtab";
        (string?, string) name = source switch
        {
            AuthorityNameSource.Budget => header.BudgetName is { } budget ? (budget, Budget) : (header.AuthorityName, Authority),
            AuthorityNameSource.AuthorityAndBudget when header.AuthorityName is { } a && header.BudgetName is { } b => (string.Concat(a, " - ", b), Authority),
            _ => header.AuthorityName is { } authority ? (authority, Authority) : (header.BudgetName, Budget),
        };
        return name.Item1 is { } text
            ? (text, name.Item2)
            : throw ThrowHelper.Create(FindingCodes.TotemMissingHeaderElement, header.SiretLine, Authority);
    }

    private static string StepName(BudgetStep step) => step switch
    {
        BudgetStep.BudgetPrimitif => "budget primitif",
        BudgetStep.DecisionModificative => "décision modificative",
        BudgetStep.BudgetSupplementaire => "budget supplémentaire",
        BudgetStep.CompteAdministratif => "compte administratif",
        _ => "compte financier unique",
    };

    private void Count(IReadOnlyList<Finding> findings) => _findings.AddRange(findings);
}
