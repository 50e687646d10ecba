using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Validation;

/// <summary>
/// The plan rule group (<see cref="ValidationRuleGroups.Plan"/>): runs <see cref="PlanRules"/> with the plan the
/// options name, or the inferred one. A nomenclature that cannot be parsed is reported as unavailable (<c>SCDL414</c>).
/// </summary>
internal sealed class PlanRuleGroup : IBudgetRule
{
    private readonly PlanRules? rules;
    private readonly string? unparsable;
    private readonly List<Finding> buffer = [];

    public PlanRuleGroup(BudgetValidationOptions options)
    {
        var catalog = options.Plans ?? PlanCatalog.BuiltIn;
        NomenclatureId? named = null;
        if (options.Nomenclature is { } nomenclature)
        {
            if (!NomenclatureId.TryParse(0, nomenclature, out var id))
            {
                unparsable = nomenclature;
                return;
            }

            named = id;
        }

        rules = new PlanRules(catalog, named, options.ColumnConvention);
    }

    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        if (rules is null)
        {
            return;
        }

        rules.Observe(line, lineNumber, buffer);
        Drain(context);
    }

    public void Complete(ValidationContext context)
    {
        if (unparsable is not null)
        {
            context.Report(FindingCodes.NomenclatureUnavailable, 0, null, null, unparsable);
            return;
        }

        if (rules is not null)
        {
            rules.Complete(buffer);
            Drain(context);
        }
    }

    /// <summary>Hands the findings to the run, or only counts them when the report keeps no more findings.</summary>
    private void Drain(ValidationContext context)
    {
        foreach (var finding in buffer)
        {
            if (context.Detailed)
            {
                context.Sink.Add(finding);
            }
            else
            {
                context.CountOnly(finding.Code);
            }
        }

        buffer.Clear();
    }
}
