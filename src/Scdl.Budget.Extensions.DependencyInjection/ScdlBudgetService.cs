using System.Diagnostics;
using System.Globalization;
using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Scdl.Budget.Extensions.DependencyInjection.Internal;
using Scdl.Budget.Normalization;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Extensions.DependencyInjection;

/// <summary>
/// Validates, normalises and converts budget files with the registered settings and tells the application's log what
/// the library decided: the plan de comptes chosen, the codes taken from another year's plan, input that cannot be
/// read, and the time each operation took. Registered by <c>services.AddScdlBudget(…)</c>; every method returns the
/// library's own result, unchanged.
/// </summary>
/// <remarks>
/// The library's types stay usable directly (<see cref="BudgetValidator"/>, <see cref="BudgetNormalizer"/>,
/// <see cref="TotemConverter"/>): the container registers <see cref="BudgetValidator"/>,
/// <see cref="BudgetValidationOptions"/>, <see cref="TotemConversionOptions"/> and the plans de comptes too. This
/// class is safe to use from several threads at once.
/// </remarks>
public sealed partial class ScdlBudgetService
{
    private readonly IFileSystem _fileSystem;
    private readonly BudgetValidator _validator;
    private readonly TotemConversionOptions _conversionOptions;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="ScdlBudgetService"/> class.</summary>
    /// <param name="fileSystem">The file system paths are read from and written to.</param>
    /// <param name="validator">The validator, with the settings files are read and checked with.</param>
    /// <param name="conversionOptions">The settings of TOTEM conversions.</param>
    /// <param name="logger">Where to log; <see langword="null"/> for nowhere.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public ScdlBudgetService(IFileSystem fileSystem, BudgetValidator validator, TotemConversionOptions conversionOptions, ILogger<ScdlBudgetService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(conversionOptions);
        _fileSystem = fileSystem;
        _validator = validator;
        _conversionOptions = conversionOptions;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Gets the options files are validated with.</summary>
    public BudgetValidationOptions ValidationOptions => _validator.Options;

    /// <summary>Gets the options TOTEM files are converted with.</summary>
    public TotemConversionOptions ConversionOptions => _conversionOptions;

    private NormalizationOptions NormalizationOptions(FindingWatch watch) => new()
    {
        Reader = Normalization.NormalizationOptions.Default.Reader with
        {
            SchemaVersion = ValidationOptions.SchemaVersion,
            ColumnConvention = ValidationOptions.ColumnConvention,
            Encoding = ValidationOptions.Reader?.Encoding,
        },
        OnFinding = watch.Observe,
    };

    private void Validated(string source, ValidationReport report, FindingWatch watch, Stopwatch time)
    {
        if (ValidationOptions.Nomenclature is { } named)
        {
            Log.PlanNamed(_logger, source, named);
        }

        watch.Report(_logger, source);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log.Validated(_logger, source, report.Verdict, report.LinesRead, report.Findings.ErrorCount, report.Findings.WarningCount, time.ElapsedMilliseconds);
        }
    }

    private void Converted(string source, string destination, TotemConversionResult result, Stopwatch time)
    {
        var watch = new FindingWatch();
        foreach (var finding in result.Findings.Kept)
        {
            watch.Observe(finding);
        }

        watch.Report(_logger, source);
        var header = result.Header;
        Log.Converted(
            _logger,
            source,
            destination,
            header.Norme + "-" + header.Declinaison,
            header.Year,
            result.LinesWritten,
            result.LinesRead,
            result.Findings.ErrorCount,
            result.Findings.WarningCount,
            time.ElapsedMilliseconds);
    }

    private void Normalized(string source, string destination, NormalizationResult result, FindingWatch watch, Stopwatch time)
    {
        watch.Report(_logger, source);
        Log.Normalized(_logger, source, destination, result.LinesWritten, result.ChangeCount, result.UnresolvedCount, time.ElapsedMilliseconds);
    }

    /// <summary>Logs input that cannot be read; used as an exception filter, so that the exception goes on unchanged.</summary>
    /// <returns>Always <see langword="false"/>.</returns>
    private bool Unreadable(string source, ScdlFormatException exception)
    {
        if (_logger.IsEnabled(LogLevel.Warning))
        {
            Log.Unreadable(_logger, source, exception.Code, exception.Line, exception.GetMessage(CultureInfo.CurrentUICulture), exception);
        }

        return false;
    }
}
