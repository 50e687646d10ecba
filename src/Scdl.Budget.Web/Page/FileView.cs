using Scdl.Budget.Web.Processing;

namespace Scdl.Budget.Web.Page;

/// <summary>What the page shows of one file: the verdict in one sentence, the downloads and the library's HTML report.</summary>
internal sealed record FileView
{
    /// <summary>Gets the file's name as uploaded.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a value indicating whether the verdict is good (the file, or the file written, is valid).</summary>
    public required bool Good { get; init; }

    /// <summary>Gets the verdict in one sentence.</summary>
    public required string Verdict { get; init; }

    /// <summary>Gets the counts (lines, errors, warnings), or <see langword="null"/>.</summary>
    public string? Counts { get; init; }

    /// <summary>Gets the library's HTML report, or <see langword="null"/> when the file could not be read at all.</summary>
    public string? ReportHtml { get; init; }

    /// <summary>Gets the library's JSON report, or <see langword="null"/>.</summary>
    public byte[]? ReportJson { get; init; }

    /// <summary>Gets the name of the report files, without extension.</summary>
    public string ReportName { get; init; } = "report";

    /// <summary>Gets the standard CSV written (converted or normalised), or <see langword="null"/>.</summary>
    public ProducedCsv? Csv { get; init; }

    /// <summary>Gets the sentence that says whether the standard CSV is valid, or <see langword="null"/>.</summary>
    public string? CsvVerdict { get; init; }

    /// <summary>Gets the library's JSON report of the normalisation, or <see langword="null"/>.</summary>
    public byte[]? NormalizationJson { get; init; }
}
