using System.Text;

namespace Scdl.Budget.Csv;

/// <summary>What the sniffer found: the dialect, the encoding CsvHelper must transcode from, and the findings about the dialect.</summary>
internal sealed record SniffResult(CsvDialect Dialect, Encoding? TranscodeFrom, IReadOnlyList<Finding> Findings);
