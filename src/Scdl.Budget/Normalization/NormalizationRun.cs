using Scdl.Budget.Csv;

namespace Scdl.Budget.Normalization;

/// <summary>The state of one normalisation: the canonical spelling of cells, and the changes and findings met, capped.</summary>
internal sealed class NormalizationRun
{
    private readonly NormalizationOptions _options;
    private readonly List<CellChange> _changes = [];
    private readonly List<DialectChange> _dialectChanges = [];
    private readonly FindingTally _findings;
    private long _changeCount;
    private CellCanonicalizer? _canonicalizer;
    private string?[] _cells = [];
    private string?[] _canonical = [];

    public NormalizationRun(NormalizationOptions? options)
    {
        _options = options ?? NormalizationOptions.Default;
        _findings = new FindingTally(Math.Max(0, _options.MaxReportedFindings));
    }

    /// <summary>Gets the reader options: the caller's, read tolerantly (what normalisation fixes is what tolerant reading recognises).</summary>
    public BudgetCsvReaderOptions ReaderOptions => _options.Reader with { Mode = CsvReadingMode.Tolerant };

    public BudgetCsvWriterOptions WriterOptions => new()
    {
        ColumnConvention = _options.Reader.ColumnConvention,
        SchemaVersion = _options.Reader.SchemaVersion,
        LineEnding = _options.LineEnding,
        CfuPolicy = _options.CfuPolicy,
    };

    /// <summary>Starts once the reader has read the header: notes the changes of dialect and of header.</summary>
    public void Start(BudgetCsvReader reader)
    {
        NoteDialectChanges(reader.Dialect!);
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

        if (record.Kind != RecordKind.Data)
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

        // A record whose values are all in columns the schema does not have (dropped, and reported) would be written as
        // a blank row, which a second normalisation would drop: it is not written.
        return Array.TrueForAll(_canonical, string.IsNullOrEmpty) ? null : _canonical;
    }

    public NormalizationResult Result(BudgetCsvReader reader, long linesWritten)
    {
        _findings.MakeReadOnly();
        return new(reader.Dialect, _dialectChanges, linesWritten, _changeCount, _changes, _findings);
    }

    /// <summary>Notes what of the input's dialect the canonical output changes: UTF-8 without byte order mark, commas, dots, the chosen line breaks.</summary>
    private void NoteDialectChanges(CsvDialect dialect)
    {
        if (dialect.Encoding.CodePage != System.Text.Encoding.UTF8.CodePage)
        {
            _dialectChanges.Add(new DialectChange(DialectAspect.Encoding, dialect.Encoding.WebName, "utf-8"));
        }

        if (dialect.HasByteOrderMark)
        {
            var bytes = string.Join(' ', Convert.ToHexString(dialect.Encoding.Preamble).Chunk(2).Select(pair => new string(pair)));
            _dialectChanges.Add(new DialectChange(DialectAspect.ByteOrderMark, bytes, string.Empty));
        }

        if (dialect.Separator != ',')
        {
            _dialectChanges.Add(new DialectChange(DialectAspect.Separator, DialectSniffer.SeparatorName(dialect.Separator), ","));
        }

        if (dialect.DecimalSeparator != '.')
        {
            _dialectChanges.Add(new DialectChange(DialectAspect.DecimalSeparator, dialect.DecimalSeparator.ToString(), "."));
        }

        var lineBreaks = _options.LineEnding == LineEnding.Lf ? LineBreakKind.Lf : LineBreakKind.CrLf;
        if (dialect.LineBreak is not LineBreakKind.None && dialect.LineBreak != lineBreaks)
        {
            _dialectChanges.Add(new DialectChange(DialectAspect.LineBreaks, LineBreakName(dialect.LineBreak), LineBreakName(lineBreaks)));
        }
    }

    private static string LineBreakName(LineBreakKind kind) => kind switch
    {
        LineBreakKind.CrLf => "CR LF",
        LineBreakKind.Lf => "LF",
        LineBreakKind.Cr => "CR",
        _ => "mixed",
    };

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
        _findings.Add(finding);
        _options.OnFinding?.Invoke(finding);
    }
}
