using Scdl.Budget.Analysis;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation.Rules;

namespace Scdl.Budget.Validation;

/// <summary>
/// One validation: takes records or lines one at a time, runs the rule groups on them and hands back their
/// findings, with the caller's severity overrides applied. Memory stays bounded by documents, chapters and the
/// duplicate-detection limit, never by lines.
/// </summary>
internal sealed class ValidationRun
{
    private readonly ValidationContext _context;
    private readonly BudgetLineSchemaValidator? _schemaValidator;
    private readonly IBudgetRule[] _rules;
    private readonly DuplicateRule? _duplicates;
    private readonly AnalysisRun? _analysis;

    public ValidationRun(BudgetValidationOptions options)
    {
        _context = new ValidationContext(options);
        var groups = options.RuleGroups;
        if (groups.HasFlag(ValidationRuleGroups.Schema))
        {
            _schemaValidator = SchemaValidators.Get(options.SchemaVersion, options.ColumnConvention);
        }

        _rules = [.. CreateRules(options)];
        _duplicates = _rules.OfType<DuplicateRule>().FirstOrDefault();
        if (options.Analysis is { } analysis)
        {
            _analysis = new AnalysisRun(analysis.Nomenclature is null && options.Nomenclature is not null ? analysis with { Nomenclature = options.Nomenclature } : analysis);
        }
    }

    /// <summary>Gets a value indicating whether the rules want the hash of each record's text (<see cref="OnRecord"/>).</summary>
    public bool WantsRecordHashes => _duplicates is not null;

    public BudgetValidationOptions Options => _context.Options;

    /// <summary>
    /// Gets or sets the tally of the report the findings go to, which the rules ask before building a finding (see
    /// <see cref="ValidationContext.Keeps"/>); <see langword="null"/> (the default) when every finding is wanted.
    /// </summary>
    public FindingTally? Tally
    {
        get => _context.Tally;
        set => _context.Tally = value;
    }

    /// <summary>Gets the counts of the findings only counted, by code, with the caller's severity.</summary>
    public IEnumerable<(string Code, FindingSeverity Severity, long Count)> CountedOnly =>
        _context.CountedOnly.Select(c => (c.Key, Options.SeverityOf(c.Key, FindingCodes.Get(c.Key).DefaultSeverity), c.Value));

    /// <summary>Gets the number of data records (or lines) read, the header not counted.</summary>
    public long RecordsRead => _context.RecordsRead;

    /// <summary>Gets or sets the columns of the input, for the reports' field numbers; the schema's by default.</summary>
    public IReadOnlyList<string>? Columns { get; set; }

    /// <summary>
    /// Handles a record from a reader. Only a <see cref="RecordKind.Data"/> record is a data record (counted, and
    /// checked when typed); the others bring their findings only. <paramref name="recordHash"/> is the hash of the
    /// record's text, when the caller has it: duplicates are then lines of the same text; otherwise, lines of the same values.
    /// </summary>
    public void OnRecord(BudgetRecord record, bool readerCheckedSchema, List<Finding> output, UInt128? recordHash = null)
    {
        // Most records have no finding: skip the enumeration through the interface.
        var findings = record.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            output.Add(Apply(findings[i]));
        }

        if (record.Kind != RecordKind.Data)
        {
            return;
        }

        _context.RecordsRead++;
        if (record.Line is not { } line)
        {
            _context.RecordsNotTyped++;
            _analysis?.Add(record);
            return;
        }

        if (!readerCheckedSchema && _schemaValidator is not null)
        {
            foreach (var failure in _schemaValidator.Validate(line).Errors)
            {
                var finding = FindingMapper.ToFinding(failure, record.LineNumber);
                if (!record.Findings.Any(f => string.Equals(f.Code, finding.Code, StringComparison.Ordinal) && string.Equals(f.Location.Column, finding.Location.Column, StringComparison.Ordinal)))
                {
                    output.Add(Apply(finding));
                }
            }
        }

        _context.RecordHash = recordHash;
        Observe(line, record.LineNumber, output);
    }

    /// <summary>Prepares for the records of a batch, from the hashes of their text: brings their places in memory closer.</summary>
    public void OnBatch(ReadOnlySpan<UInt128> hashes) => _duplicates?.Prefetch(hashes);

    /// <summary>Handles a typed line that did not come from a reader; its number is its 1-based position.</summary>
    public void OnLine(BudgetLine line, long lineNumber, List<Finding> output)
    {
        _context.RecordsRead++;
        _context.RecordHash = null;
        if (_schemaValidator is not null)
        {
            foreach (var failure in _schemaValidator.Validate(line).Errors)
            {
                output.Add(Apply(FindingMapper.ToFinding(failure, lineNumber)));
            }
        }

        Observe(line, lineNumber, output);
    }

    /// <summary>Handles input that could not be read any further: its exception becomes an error finding.</summary>
    public void OnUnreadable(ScdlFormatException exception, List<Finding> output) => output.Add(Apply(exception.ToFinding()));

    /// <summary>
    /// One step of a validation over a reader: clears <paramref name="output"/>, moves to the next record (input that
    /// cannot be read any further ends the records with its finding, <see cref="OnUnreadable"/>) and has the record
    /// observed. The one loop of every validation that reads (CSV, read ahead or not; workbooks), sync or async.
    /// </summary>
    /// <param name="moveNext">Moves the reader to its next record.</param>
    /// <param name="observe">Observes the record the reader is on, adding its findings to the list given.</param>
    /// <param name="output">Receives the step's findings.</param>
    /// <returns><see langword="true"/> while there may be more records.</returns>
    public bool Step(Func<bool> moveNext, Action<List<Finding>> observe, List<Finding> output)
    {
        output.Clear();
        bool more;
        try
        {
            more = moveNext();
        }
        catch (ScdlFormatException exception)
        {
            OnUnreadable(exception, output);
            return false;
        }

        if (more)
        {
            observe(output);
        }

        return more;
    }

    /// <summary>One step of an asynchronous validation over a reader. See <see cref="Step(Func{bool}, Action{List{Finding}}, List{Finding})"/>.</summary>
    /// <param name="moveNext">Moves the reader to its next record.</param>
    /// <param name="observe">Observes the record the reader is on, adding its findings to the list given.</param>
    /// <param name="output">Receives the step's findings.</param>
    /// <returns><see langword="true"/> while there may be more records.</returns>
    public async ValueTask<bool> StepAsync(Func<ValueTask<bool>> moveNext, Action<List<Finding>> observe, List<Finding> output)
    {
        output.Clear();
        bool more;
        try
        {
            more = await moveNext().ConfigureAwait(false);
        }
        catch (ScdlFormatException exception)
        {
            OnUnreadable(exception, output);
            return false;
        }

        if (more)
        {
            observe(output);
        }

        return more;
    }

    /// <summary>Reports the findings that need the whole input.</summary>
    public void Complete(List<Finding> output)
    {
        // Findings about the whole input are always kept: build them in full.
        _context.Tally = null;
        _context.Sink = output;
        var start = output.Count;
        foreach (var rule in _rules)
        {
            rule.Complete(_context);
        }

        ApplyFrom(output, start);
    }

    public BudgetSummary BuildSummary() => _context.BuildSummary();

    /// <summary>Builds the analysis of the lines observed, or returns <see langword="null"/> when the options ask for none.</summary>
    public BudgetAnalysis? BuildAnalysis() => _analysis?.Build();

    private void Observe(BudgetLine line, long lineNumber, List<Finding> output)
    {
        _context.StartsNewDocument = _context.Summary.Add(line, lineNumber, out var outOfRange);
        _context.LineOutOfTotals = outOfRange;
        _analysis?.Add(line);
        _context.Sink = output;
        var start = output.Count;
        foreach (var rule in _rules)
        {
            rule.Observe(line, lineNumber, _context);
        }

        ApplyFrom(output, start);
    }

    private void ApplyFrom(List<Finding> output, int start)
    {
        if (Options.SeverityOverrides is not { Count: > 0 })
        {
            return;
        }

        for (var i = start; i < output.Count; i++)
        {
            output[i] = Apply(output[i]);
        }
    }

    private Finding Apply(Finding finding)
    {
        var severity = Options.SeverityOf(finding.Code, finding.Severity);
        return severity == finding.Severity ? finding : finding with { Severity = severity };
    }

    private static IEnumerable<IBudgetRule> CreateRules(BudgetValidationOptions options)
    {
        var groups = options.RuleGroups;
        if (groups.HasFlag(ValidationRuleGroups.Document))
        {
            yield return new DocumentRule();
        }

        if (groups.HasFlag(ValidationRuleGroups.Duplicates))
        {
            yield return new DuplicateRule();
        }

        if (groups.HasFlag(ValidationRuleGroups.Amounts))
        {
            yield return new AmountRule();
        }

        if (groups.HasFlag(ValidationRuleGroups.OrderOperations))
        {
            yield return new OrderOperationRule();
        }

        if (groups.HasFlag(ValidationRuleGroups.Text))
        {
            yield return new TextRule();
        }

        if (groups.HasFlag(ValidationRuleGroups.ColumnConvention))
        {
            yield return new ColumnConventionRule();
        }

        if (groups.HasFlag(ValidationRuleGroups.Balance))
        {
            yield return new BalanceRule();
        }

        // A plan named or given by the caller is a plan known: check against it even with the default groups.
        if (groups.HasFlag(ValidationRuleGroups.Plan) || options.Nomenclature is not null || options.Plans is not null)
        {
            yield return new PlanRules(options);
        }
    }
}
