namespace Scdl.Budget.Web.Hosting;

/// <summary>
/// The limits and settings of the web application, bound from the configuration section <c>Scdl</c>
/// (<c>appsettings.json</c>, environment variables such as <c>Scdl__MaxUploadBytes</c>, or the command line such as
/// <c>--Scdl:MaxUploadBytes=10000000</c>). docs/web.md lists them.
/// </summary>
internal sealed class WebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Scdl";

    /// <summary>Gets or sets the largest upload accepted, in bytes: one file for the API, all files together for the page (50 MB by default).</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Gets or sets how long a request may take before it is cancelled and answered with 503 (two minutes by default).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how many files are processed at the same time; the others wait in the queue (the number of processors, at least 2, by default).</summary>
    public int MaxConcurrentOperations { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Gets or sets how many requests may wait for their turn; beyond, the answer is 429 (64 by default).</summary>
    public int QueueLength { get; set; } = 64;

    /// <summary>Gets or sets how many files the page accepts in one post (10 by default).</summary>
    public int MaxFilesPerPage { get; set; } = 10;

    /// <summary>Gets or sets the most groups of findings listed in a report; all are counted (1,000 by default).</summary>
    public int MaxFindingsKept { get; set; } = FindingTally.DefaultMaxKept;

    /// <summary>Gets or sets how far a workbook's parts may expand, all together, before it is refused as a zip bomb (1 GiB by default).</summary>
    public long MaxSpreadsheetUncompressedBytes { get; set; } = 1L << 30;

    /// <summary>Gets or sets the directory of the temporary files that hold an output while it is validated; the system's by default. They are deleted when the response ends.</summary>
    public string? TempDirectory { get; set; }
}
