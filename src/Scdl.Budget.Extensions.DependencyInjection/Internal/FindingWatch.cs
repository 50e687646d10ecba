using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Scdl.Budget.Extensions.DependencyInjection.Internal;

/// <summary>
/// Watches the findings of one operation as they are found for what an application's log should hear: how the plan de
/// comptes was chosen (<c>SCDL412</c>–<c>SCDL414</c>) and the codes taken from another year's plan (<c>SCDL411</c>,
/// <c>SCDL530</c>), counted, with the first one.
/// </summary>
internal sealed class FindingWatch
{
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private readonly List<Finding> _planChoices = [];
    private Finding? _firstFromOtherYear;
    private long _fromOtherYear;

    public void Observe(Finding finding)
    {
        switch (finding.Code)
        {
            case FindingCodes.NomenclatureInferred or FindingCodes.NomenclaturePoorFit or FindingCodes.NomenclatureUnavailable:
                lock (_gate)
                {
                    _planChoices.Add(finding);
                }

                break;
            case FindingCodes.CodeFromOtherYear or FindingCodes.TotemCodeFromOtherYear:
                lock (_gate)
                {
                    _fromOtherYear++;
                    _firstFromOtherYear ??= finding;
                }

                break;
        }
    }

    public void Report(ILogger logger, string source)
    {
        var culture = CultureInfo.CurrentUICulture;
        lock (_gate)
        {
            foreach (var choice in _planChoices)
            {
                // A handful per file: rendered whatever the level.
                var message = choice.GetMessage(culture);
                if (choice.Severity == FindingSeverity.Info)
                {
                    Log.PlanChosen(logger, source, choice.Code, message);
                }
                else
                {
                    Log.PlanDoubtful(logger, source, choice.Code, message);
                }
            }

            if (_firstFromOtherYear is { } first && logger.IsEnabled(LogLevel.Warning))
            {
                Log.CodesFromOtherYear(logger, source, _fromOtherYear, first.Code, first.Location.Line, first.GetMessage(culture));
            }
        }
    }
}
