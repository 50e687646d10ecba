using Microsoft.Extensions.Options;
using Scdl.Budget.Analysis;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Spreadsheets;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;
using Scdl.Budget.Web.Hosting;

namespace Scdl.Budget.Web.Processing;

/// <summary>
/// Runs the library's operations on an upload, as the tool runs them on a file: validation as <c>validate</c> does it
/// (every rule group, the plan de comptes included), conversion and normalisation followed by the validation of the
/// file written. Outputs go to temporary files, read back for the validation and the response, deleted afterwards.
/// Nothing here decides what a file means: the library does.
/// </summary>
internal sealed class BudgetOperations(TemporaryFiles temporaryFiles, IOptions<WebOptions> options)
{
    /// <summary>Validates a SCDL CSV file or a workbook.</summary>
    /// <exception cref="UploadTooLargeException">The upload passed the limit.</exception>
    public async Task<ValidationReport> ValidateAsync(Upload upload, OperationSettings settings, CancellationToken cancellationToken)
    {
        var validation = ValidationOptions(settings);
        if (upload.Kind == InputKind.Spreadsheet)
        {
            var (content, owned) = await SeekableAsync(upload.Content, cancellationToken).ConfigureAwait(false);
            await using (owned.ConfigureAwait(false))
            {
                return await BudgetSpreadsheet.ValidateAsync(content, upload.Name, validation, SheetOptions(settings), leaveOpen: true, onFinding: null, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        return await new BudgetValidator(validation).ValidateAsync(upload.Content, upload.Name, leaveOpen: true, onFinding: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Converts a TOTEM file to the standard CSV and validates the CSV written.</summary>
    /// <exception cref="ScdlFormatException">The file cannot be converted at all.</exception>
    public async Task<ConversionOutcome> ConvertAsync(Upload upload, OperationSettings settings, CancellationToken cancellationToken)
    {
        var csv = new ProducedCsv(CsvName(upload.Name, ".csv"), temporaryFiles.Create());
        try
        {
            var conversion = await TotemConverter.ConvertAsync(
                upload.Content,
                csv.Content,
                new TotemConversionOptions
                {
                    Writer = BudgetCsvWriterOptions.Default with { ColumnConvention = settings.Convention, SchemaVersion = settings.SchemaVersion },
                    MaxFindingsKept = options.Value.MaxFindingsKept,
                },
                leaveOpen: true,
                cancellationToken).ConfigureAwait(false);
            var validation = await ValidateWrittenAsync(csv, settings, conversion.GetAnalysisOptions(), cancellationToken).ConfigureAwait(false);
            return new ConversionOutcome(conversion.ToReport(upload.Name, csv.Name, validation), csv);
        }
        catch
        {
            await csv.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Writes a CSV file or a workbook as the standard CSV and validates the file written.</summary>
    /// <exception cref="ScdlFormatException">The file cannot be read at all.</exception>
    public async Task<NormalizationOutcome> NormalizeAsync(Upload upload, OperationSettings settings, CancellationToken cancellationToken)
    {
        var csv = new ProducedCsv(CsvName(upload.Name, ".normalized.csv"), temporaryFiles.Create());
        try
        {
            var normalization = new NormalizationOptions
            {
                Reader = BudgetCsvReaderOptions.Tolerant with { ColumnConvention = settings.Convention, SchemaVersion = settings.SchemaVersion, HasHeader = settings.HasHeader },
                MaxReportedFindings = options.Value.MaxFindingsKept,
            };
            NormalizationResult result;
            if (upload.Kind == InputKind.Spreadsheet)
            {
                var (content, owned) = await SeekableAsync(upload.Content, cancellationToken).ConfigureAwait(false);
                await using (owned.ConfigureAwait(false))
                {
                    result = await BudgetSpreadsheet.NormalizeAsync(content, csv.Content, normalization, SheetOptions(settings), leaveOpen: true, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                result = await BudgetNormalizer.NormalizeAsync(upload.Content, csv.Content, normalization, leaveOpen: true, cancellationToken).ConfigureAwait(false);
            }

            var validation = await ValidateWrittenAsync(csv, settings, analysis: null, cancellationToken).ConfigureAwait(false);
            return new NormalizationOutcome(new Reports.NormalizationReport { Source = upload.Name, Output = csv.Name, Normalization = result, Validation = validation }, csv);
        }
        catch
        {
            await csv.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Copies an upload to a temporary file, for the page, which reads a file more than once.</summary>
    public async Task<Stream> BufferAsync(Stream content, CancellationToken cancellationToken)
    {
        var file = temporaryFiles.Create();
        try
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The validation <c>validate</c> runs: every rule group, the plan de comptes included, strict reading; with the
    /// budget's analysis (key figures, savings cascade, execution), which the page and the reports show first.
    /// </summary>
    private BudgetValidationOptions ValidationOptions(OperationSettings settings, AnalysisOptions? analysis = null) => new()
    {
        Analysis = analysis ?? AnalysisOptions.Default,
        SchemaVersion = settings.SchemaVersion,
        ColumnConvention = settings.Convention,
        RuleGroups = ValidationRuleGroups.All,
        MaxFindingsKept = options.Value.MaxFindingsKept,
        Reader = BudgetCsvReaderOptions.Default with { HasHeader = settings.HasHeader },
    };

    private SpreadsheetReaderOptions SheetOptions(OperationSettings settings) => SpreadsheetReaderOptions.Default with
    {
        SheetName = settings.Worksheet,
        HasHeader = settings.HasHeader,
        SchemaVersion = settings.SchemaVersion,
        ColumnConvention = settings.Convention,
        MaxUncompressedSize = options.Value.MaxSpreadsheetUncompressedBytes,
    };

    private async Task<Validation.ValidationReport> ValidateWrittenAsync(ProducedCsv csv, OperationSettings settings, AnalysisOptions? analysis, CancellationToken cancellationToken)
    {
        csv.Content.Position = 0;
        var validation = await new BudgetValidator(ValidationOptions(settings, analysis)).ValidateAsync(csv.Content, csv.Name, leaveOpen: true, onFinding: null, cancellationToken)
            .ConfigureAwait(false);
        csv.Content.Position = 0;
        return validation;
    }

    /// <summary>A workbook is read from its end (the ZIP directory): an upload that cannot seek goes to a temporary file first.</summary>
    private async Task<(Stream Content, IAsyncDisposable Owned)> SeekableAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            return (content, NothingToDispose.Instance);
        }

        var file = await BufferAsync(content, cancellationToken).ConfigureAwait(false);
        return (file, file);
    }

    /// <summary>The name of the CSV made from an input: its name without extension (and without <c>.totem</c>), plus <paramref name="suffix"/>.</summary>
    private static string CsvName(string input, string suffix)
    {
        var name = Path.GetFileNameWithoutExtension(input);
        if (name.EndsWith(".totem", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^".totem".Length];
        }

        return (name.Length == 0 ? "budget" : name) + suffix;
    }

    private sealed class NothingToDispose : IAsyncDisposable
    {
        public static NothingToDispose Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
