using System.Diagnostics;
using Scdl.Budget.Extensions.DependencyInjection.Internal;
using Scdl.Budget.Normalization;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Extensions.DependencyInjection;

public sealed partial class ScdlBudgetService
{
    /// <summary>Validates an SCDL Budget CSV file with the registered settings, and logs the outcome.</summary>
    /// <param name="path">The path of the file.</param>
    /// <param name="cancellationToken">Stops the validation.</param>
    /// <returns>The library's report.</returns>
    /// <exception cref="ScdlFormatException">The file cannot be read as CSV at all (logged first).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ValidationReport> ValidateAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var time = Stopwatch.StartNew();
        var watch = new FindingWatch();
        try
        {
            var report = await _validator.ValidateAsync(_fileSystem, path, watch.Observe, cancellationToken).ConfigureAwait(false);
            Validated(path, report, watch, time);
            return report;
        }
        catch (ScdlFormatException exception) when (Unreadable(path, exception))
        {
            throw;
        }
    }

    /// <summary>Validates SCDL Budget CSV read from a stream (an upload, a database blob) with the registered settings, and logs the outcome.</summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <param name="sourceName">The name of the source in the report and the log, such as the uploaded file's name.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="stream"/> open.</param>
    /// <param name="cancellationToken">Stops the validation.</param>
    /// <returns>The library's report.</returns>
    /// <exception cref="ScdlFormatException">The stream cannot be read as CSV at all (logged first).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ValidationReport> ValidateAsync(Stream stream, string? sourceName = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var source = sourceName ?? "stream";
        var time = Stopwatch.StartNew();
        var watch = new FindingWatch();
        try
        {
            var report = await _validator.ValidateAsync(stream, sourceName, leaveOpen, watch.Observe, cancellationToken).ConfigureAwait(false);
            Validated(source, report, watch, time);
            return report;
        }
        catch (ScdlFormatException exception) when (Unreadable(source, exception))
        {
            throw;
        }
    }

    /// <summary>Rewrites any readable SCDL Budget CSV as the canonical file, atomically, and logs the outcome.</summary>
    /// <param name="inputPath">The file to normalise.</param>
    /// <param name="outputPath">The canonical file to write (replaced atomically when it exists).</param>
    /// <param name="cancellationToken">Stops the normalisation; the output is then left as it was.</param>
    /// <returns>The library's result: every change, and what could not be fixed.</returns>
    /// <exception cref="ScdlFormatException">The input cannot be read as CSV at all (logged first); nothing is written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<NormalizationResult> NormalizeAsync(string inputPath, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(outputPath);
        var time = Stopwatch.StartNew();
        var watch = new FindingWatch();
        try
        {
            var result = await BudgetNormalizer.NormalizeAsync(_fileSystem, inputPath, outputPath, NormalizationOptions(watch), cancellationToken).ConfigureAwait(false);
            Normalized(inputPath, outputPath, result, watch, time);
            return result;
        }
        catch (ScdlFormatException exception) when (Unreadable(inputPath, exception))
        {
            throw;
        }
    }

    /// <summary>Converts a TOTEM file (<c>DocumentBudgetaire</c>, or a compte financier unique) to SCDL Budget CSV, atomically, and logs the outcome and the plan de comptes used.</summary>
    /// <param name="xmlPath">The TOTEM file.</param>
    /// <param name="csvPath">The CSV file to write (replaced atomically when it exists).</param>
    /// <param name="cancellationToken">Stops the conversion; the CSV is then left as it was.</param>
    /// <returns>The library's result.</returns>
    /// <exception cref="ScdlFormatException">The XML cannot be read or is not a TOTEM budget document (logged first); nothing is written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TotemConversionResult> ConvertTotemAsync(string xmlPath, string csvPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xmlPath);
        ArgumentNullException.ThrowIfNull(csvPath);
        var time = Stopwatch.StartNew();
        try
        {
            var result = await TotemConverter.ConvertFileAsync(_fileSystem, xmlPath, csvPath, _conversionOptions, cancellationToken).ConfigureAwait(false);
            Converted(xmlPath, csvPath, result, time);
            return result;
        }
        catch (ScdlFormatException exception) when (Unreadable(xmlPath, exception))
        {
            throw;
        }
    }
}
