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
    /// <returns>The library's report.</returns>
    /// <exception cref="ScdlFormatException">The file cannot be read as CSV at all (logged first).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public ValidationReport Validate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var time = Stopwatch.StartNew();
        var watch = new FindingWatch();
        try
        {
            var report = _validator.Validate(_fileSystem, path, watch.Observe);
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
    /// <returns>The library's report.</returns>
    /// <exception cref="ScdlFormatException">The stream cannot be read as CSV at all (logged first).</exception>
    public ValidationReport Validate(Stream stream, string? sourceName = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var source = sourceName ?? "stream";
        var time = Stopwatch.StartNew();
        var watch = new FindingWatch();
        try
        {
            var report = _validator.Validate(stream, sourceName, leaveOpen, watch.Observe);
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
    /// <returns>The library's result: every change, and what could not be fixed.</returns>
    /// <exception cref="ScdlFormatException">The input cannot be read as CSV at all (logged first); nothing is written.</exception>
    public NormalizationResult Normalize(string inputPath, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(outputPath);
        var time = Stopwatch.StartNew();
        var watch = new FindingWatch();
        try
        {
            var result = BudgetNormalizer.Normalize(_fileSystem, inputPath, outputPath, NormalizationOptions(watch));
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
    /// <returns>The library's result.</returns>
    /// <exception cref="ScdlFormatException">The XML cannot be read or is not a TOTEM budget document (logged first); nothing is written.</exception>
    public TotemConversionResult ConvertTotem(string xmlPath, string csvPath)
    {
        ArgumentNullException.ThrowIfNull(xmlPath);
        ArgumentNullException.ThrowIfNull(csvPath);
        var time = Stopwatch.StartNew();
        try
        {
            var result = TotemConverter.ConvertFile(_fileSystem, xmlPath, csvPath, _conversionOptions);
            Converted(xmlPath, csvPath, result, time);
            return result;
        }
        catch (ScdlFormatException exception) when (Unreadable(xmlPath, exception))
        {
            throw;
        }
    }
}
