using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// Amounts that do not belong to the step (<c>SCDL303</c>): executed amounts (<c>BGT_MTREAL</c>) and restes à
/// réaliser at year end (<c>BGT_MTRAR3112</c>) outside a compte administratif or financier unique. Real budgets
/// primitifs and décisions modificatives carry a few of them, so this is information; zero is not reported.
/// </summary>
internal sealed class AmountRule : IBudgetRule
{
    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        if (line.Step is BudgetStep.CompteAdministratif or BudgetStep.CompteFinancierUnique)
        {
            return;
        }

        Check(line.Realisations, LineField.Realisations, line, lineNumber, context);
        Check(line.RestesARealiser, LineField.RestesARealiser, line, lineNumber, context);
    }

    public void Complete(ValidationContext context)
    {
    }

    private static void Check(decimal? amount, LineField field, BudgetLine line, long lineNumber, ValidationContext context)
    {
        if (amount is { } value && value != 0m)
        {
            if (!context.Keeps(FindingCodes.AmountNotExpectedForStep))
            {
                return;
            }

            context.Report(FindingCodes.AmountNotExpectedForStep, lineNumber, context.ColumnOf(field), ValidationContext.Amount(value), context.StepText(line.Step));
        }
    }
}
