using Scdl.Budget.Csv;

namespace Scdl.Budget.Normalization;

/// <summary>The state of one normalisation: the canonical spelling of cells, and the changes and findings met, capped.</summary>
internal sealed class NormalizationRun
{
    private readonly NormalizationOptions _options;
    private readonly List<CellChange> _changes = [];
    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private long _changeCount;
    private long _findingCount;
    private long _unresolved;
    private CellCanonicalizer? _canonicalizer;
    private string?[] _cells = [];
    private string?[] _canonical = [];

    public NormalizationRun(NormalizationOptions? options) => _options = options ?? NormalizationOptions.Default;

    public BudgetCsvReaderOptions ReaderOptions => _options.Reader;

    public BudgetCsvWriterOptions WriterOptions => new()
    {
        ColumnConvention = _options.Reader.ColumnConvention,
        SchemaVersion = _options.Reader.SchemaVersion,
        LineEnding = _options.LineEnding,
        CfuPolicy = _options.CfuPolicy,
    };

    /// <summary>Starts once the reader has read the header: notes the change of header.</summary>
    public void Start(BudgetCsvReader reader)
    {
        var schema = reader.Schema;
        _canonicalizer = new CellCanonicalizer(schema, reader.Dialect?.DecimalSeparator ?? '.', _options.CfuPolicy);
        _cells = new string?[schema.Columns.Count];
        _canonical = new string?[schema.Columns.Count];
        var canonical = string.Join(",", schema.Columns.Select(c => c.Name));
        if (reader.FileHeader is not { } names)
        {
            AddChange(new CellChange(0, null, null, canonical));
        }
        else
        {
            var before = string.Join(reader.Dialect?.Separator ?? ',', names);
            if (!string.Equals(before, canonical, StringComparison.Ordinal))
            {
                AddChange(new CellChange(reader.HeaderLineNumber, null, before, canonical));
            }
        }
    }

    /// <summary>Takes a record: notes its findings and, for a data record, returns the canonical cells to write.</summary>
    public string?[]? Take(BudgetCsvReader reader, BudgetRecord record)
    {
        foreach (var finding in record.Findings)
        {
            AddFinding(finding);
        }

        if (!reader.IsOnDataRecord)
        {
            return null;
        }

        reader.CopyCells(_cells);
        var columns = reader.Schema.Columns;
        for (var i = 0; i < _cells.Length; i++)
        {
            var before = _cells[i];
            var after = _canonicalizer!.Canonical(i, before);
            _canonical[i] = after;
            if (!string.Equals(before ?? string.Empty, after ?? string.Empty, StringComparison.Ordinal))
            {
                AddChange(new CellChange(record.LineNumber, columns[i].Name, before, after));
            }
        }

        return _canonical;
    }

    public NormalizationResult Result(BudgetCsvReader reader, long linesWritten) =>
        new(reader.Dialect, linesWritten, _changeCount, _changes, _findingCount, _findings, _counts, _unresolved);

    private void AddChange(CellChange change)
    {
        _changeCount++;
        if (_changes.Count < _options.MaxReportedChanges)
        {
            _changes.Add(change);
        }

        _options.OnChange?.Invoke(change);
    }

    private void AddFinding(Finding finding)
    {
        _findingCount++;
        _counts[finding.Code] = _counts.GetValueOrDefault(finding.Code) + 1;
        // A departure from the standard's format is what normalisation removes; anything else stays in the output.
        if (FindingCodes.Get(finding.Code).Category != FindingCategory.Format)
        {
            _unresolved++;
        }

        if (_findings.Count < _options.MaxReportedFindings)
        {
            _findings.Add(finding);
        }

        _options.OnFinding?.Invoke(finding);
    }
}
