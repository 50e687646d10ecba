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

    public void Observe(BudgetLine line, long lineNumber, ValidationContext context) => rules?.Observe(line, lineNumber, context.Sink);

    public void Complete(ValidationContext context)
    {
        if (unparsable is not null)
        {
            context.Report(FindingCodes.NomenclatureUnavailable, 0, null, null, unparsable);
            return;
        }

        rules?.Complete(context.Sink);
    }
}
