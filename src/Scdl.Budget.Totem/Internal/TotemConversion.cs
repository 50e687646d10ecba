using System.Globalization;

namespace Scdl.Budget.Totem.Internal;

/// <summary>One conversion in progress: the reader, the mapper and the counters of the summary.</summary>
internal sealed class TotemConversion
{
    private readonly TotemReader _reader;
    private readonly LineMapper _mapper;
    private readonly List<Finding> _headerFindings = [];
    private readonly FindingTally _findings;
    private long _linesRead;
    private long _linesWritten;
    private long _linesWithFindings;

    public TotemConversion(TotemReader reader, TotemConversionOptions? options)
    {
        options ??= TotemConversionOptions.Default;
        _reader = reader;
        _findings = new FindingTally(Math.Max(0, options.MaxFindingsKept));
        var header = reader.Header;
        var source = options.PlanSource ?? (options.Plans is { } plans ? new CatalogPlanSource(plans) : CatalogPlanSource.BuiltIn);
        var plan = source.Find(header.Norme, header.Declinaison, header.Year)
            ?? throw ThrowHelper.Create(FindingCodes.TotemUnknownNomenclature, header.NomenclatureLine, "EnTeteBudget/Nomenclature",
                string.Concat(header.Norme, "-", header.Declinaison), header.Year.ToString(CultureInfo.InvariantCulture));
        _mapper = new LineMapper(header, plan, AuthorityName(header, options.NameSource), options.OperationWithLabel);

        if (!header.Siret.IsCheckDigitValid)
        {
            _headerFindings.Add(LineMapper.Make(FindingCodes.TotemSiretCheckDigit, header.SiretLine, "EnTeteBudget/IdEtab", header.Siret.ToString()));
        }

        if (header.Step == BudgetStep.CompteFinancierUnique)
        {
            var spelled = options.CsvOptions.CfuPolicy == Csv.CfuPolicy.Literal ? "compte financier unique" : "compte administratif";
            _headerFindings.Add(LineMapper.Make(FindingCodes.TotemCompteFinancierUnique, header.StepLine, "BlocBudget/NatDec", "10", spelled));
        }
    }

    public TotemHeader Header => _reader.Header;

    /// <summary>Yields the header's findings (as a record without line, if any), one record per line read, then the count of calculated lines skipped.</summary>
    public IEnumerable<BudgetRecord> Records()
    {
        if (_headerFindings.Count > 0)
        {
            Count(_headerFindings);
            yield return new BudgetRecord(null, _headerFindings[0].Location.Line, _headerFindings);
        }

        foreach (var source in _reader.ReadLines())
        {
            var record = _mapper.Map(source);
            _linesRead++;
            if (record.Findings.Count > 0)
            {
                _linesWithFindings++;
                Count(record.Findings);
            }

            yield return record;
        }

        if (_reader.CalculatedLinesSkipped > 0)
        {
            Finding[] skipped = [LineMapper.Make(FindingCodes.TotemCalculatedLinesSkipped, 0, null, null, _reader.CalculatedLinesSkipped.ToString(CultureInfo.InvariantCulture))];
            Count(skipped);
            yield return new BudgetRecord(null, 0, skipped);
        }
    }

    /// <summary>Yields the lines to write, counting them.</summary>
    public IEnumerable<BudgetLine> Lines()
    {
        foreach (var record in Records())
        {
            if (record.Line is { } line)
            {
                _linesWritten++;
                yield return line;
            }
        }
    }

    public TotemConversionResult Result()
    {
        _findings.MakeReadOnly();
        return new(_reader.Header, _linesRead, _reader.CalculatedLinesSkipped, _linesWritten, _linesWithFindings, _findings);
    }

    private static string AuthorityName(TotemHeader header, AuthorityNameSource source)
    {
        var name = source switch
        {
            AuthorityNameSource.Budget => header.BudgetName ?? header.AuthorityName,
            AuthorityNameSource.AuthorityAndBudget when header.AuthorityName is { } a && header.BudgetName is { } b => string.Concat(a, " - ", b),
            _ => header.AuthorityName ?? header.BudgetName,
        };
        return name ?? throw ThrowHelper.Create(FindingCodes.TotemMissingHeaderElement, header.SiretLine, "EnTeteDocBudgetaire/LibelleColl");
    }

    private void Count(IReadOnlyList<Finding> findings) => _findings.AddRange(findings);
}
