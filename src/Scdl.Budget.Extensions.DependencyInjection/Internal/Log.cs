using Microsoft.Extensions.Logging;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Extensions.DependencyInjection.Internal;

/// <summary>
/// What the library has to say to an application's log, as compiled log messages: event ids are stable (1–99), the
/// templates are English and structured (the finding messages they carry are in the current UI culture).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "PlansLoaded", Level = LogLevel.Information,
        Message = "Plans de comptes: {Catalogue}, {Count} nomenclatures and years")]
    public static partial void PlansLoaded(ILogger logger, string catalogue, int count);

    [LoggerMessage(EventId = 2, EventName = "Validated", Level = LogLevel.Information,
        Message = "Validated {Source}: {Verdict}, {LinesRead} lines, {ErrorCount} errors, {WarningCount} warnings in {ElapsedMilliseconds} ms")]
    public static partial void Validated(ILogger logger, string source, ValidationVerdict verdict, long linesRead, long errorCount, long warningCount, long elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "PlanChosen", Level = LogLevel.Information,
        Message = "{Source}: plan de comptes chosen ({Code}): {Message}")]
    public static partial void PlanChosen(ILogger logger, string source, string code, string message);

    [LoggerMessage(EventId = 9, EventName = "PlanDoubtful", Level = LogLevel.Warning,
        Message = "{Source}: plan de comptes doubtful ({Code}): {Message}")]
    public static partial void PlanDoubtful(ILogger logger, string source, string code, string message);

    [LoggerMessage(EventId = 4, EventName = "PlanNamed", Level = LogLevel.Debug,
        Message = "{Source}: plan de comptes named by the settings: {Nomenclature}")]
    public static partial void PlanNamed(ILogger logger, string source, string nomenclature);

    [LoggerMessage(EventId = 5, EventName = "CodesFromOtherYear", Level = LogLevel.Warning,
        Message = "{Source}: {Count} codes were found only in the plan de comptes of another year ({Code}), the first at line {Line}: {Message}")]
    public static partial void CodesFromOtherYear(ILogger logger, string source, long count, string code, long line, string message);

    [LoggerMessage(EventId = 6, EventName = "Converted", Level = LogLevel.Information,
        Message = "Converted {Source} to {Destination}: plan de comptes {Nomenclature} {Year}, {LinesWritten} of {LinesRead} lines written, {ErrorCount} errors, {WarningCount} warnings in {ElapsedMilliseconds} ms")]
    public static partial void Converted(ILogger logger, string source, string destination, string nomenclature, int year, long linesWritten, long linesRead, long errorCount, long warningCount, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7, EventName = "Normalized", Level = LogLevel.Information,
        Message = "Normalised {Source} to {Destination}: {LinesWritten} lines, {ChangeCount} changes, {UnresolvedCount} problems left in {ElapsedMilliseconds} ms")]
    public static partial void Normalized(ILogger logger, string source, string destination, long linesWritten, long changeCount, long unresolvedCount, long elapsedMilliseconds);

    [LoggerMessage(EventId = 8, EventName = "Unreadable", Level = LogLevel.Warning,
        Message = "{Source} cannot be read ({Code}, line {Line}): {Message}")]
    public static partial void Unreadable(ILogger logger, string source, string code, long line, string message, Exception exception);
}
