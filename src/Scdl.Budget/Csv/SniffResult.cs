using System.Text;

namespace Scdl.Budget.Csv;

/// <summary>
/// What the sniffer found: the dialect, the encoding CsvHelper must transcode from, the findings about the dialect,
/// and whether a later record that is not valid UTF-8 may be re-read as Windows-1252 (stream input detected as UTF-8).
/// </summary>
internal sealed record SniffResult(CsvDialect Dialect, Encoding? TranscodeFrom, IReadOnlyList<Finding> Findings, bool CanRecoverEncoding);
