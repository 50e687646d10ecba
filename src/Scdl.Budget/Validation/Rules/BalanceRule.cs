using Scdl.Budget.Internal;
using Scdl.Budget.Summary;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// Totals and balance checks per document (<c>SCDL320</c>–<c>SCDL322</c>), from the summary built while lines
/// streamed: totals are always reported as information, so that a balance is never silent. A line left out of the
/// totals because its amounts would take them out of range is reported where it is (<c>SCDL323</c>).
/// </summary>
internal sealed class BalanceRule : IBudgetRule
{
    private static readonly BudgetSection[] Sections = [BudgetSection.Fonctionnement, BudgetSection.Investissement];

    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        if (context.LineOutOfTotals && context.Keeps(FindingCodes.TotalOutOfRange))
        {
            context.Report(FindingCodes.TotalOutOfRange, lineNumber, null, null, context.DocumentText(DocumentKey.Of(line)), TotalsBound.LimitText);
        }
    }

    public void Complete(ValidationContext context)
    {
        foreach (var document in context.BuildSummary().Documents)
        {
            var name = context.DocumentText(new DocumentKey(document.Siret.ToString(), document.Year, document.Step));
            var basis = document.AmountBasis == AmountBasis.Realised ? "BGT_MTREAL" : "BGT_MTPREV + BGT_MTRARPREC";
            foreach (var section in Sections)
            {
                context.Report(FindingCodes.SectionTotals, 0, null, null,
                    name,
                    context.SectionText(section),
                    ValidationContext.Amount(document.GetTotal(section, FlowDirection.Recette)),
                    ValidationContext.Amount(document.GetTotal(section, FlowDirection.Depense)),
                    ValidationContext.Amount(document.GetTotal(section, FlowDirection.Recette, OperationKind.Reel)),
                    ValidationContext.Amount(document.GetTotal(section, FlowDirection.Recette, OperationKind.Ordre)),
                    ValidationContext.Amount(document.GetTotal(section, FlowDirection.Depense, OperationKind.Reel)),
                    ValidationContext.Amount(document.GetTotal(section, FlowDirection.Depense, OperationKind.Ordre)),
                    basis,
                    ValidationContext.Amount(document.GetCarriedForward(section, FlowDirection.Recette)),
                    ValidationContext.Amount(document.GetCarriedForward(section, FlowDirection.Depense)));
            }

            foreach (var check in document.Checks)
            {
                if (check.Holds)
                {
                    continue;
                }

                if (IsSectionCheck(check))
                {
                    var section = check.Kind == BalanceCheckKind.FonctionnementBalance ? BudgetSection.Fonctionnement : BudgetSection.Investissement;
                    context.Report(FindingCodes.SectionImbalance, 0, null, null,
                        name, context.SectionText(section), ValidationContext.Amount(check.Left), ValidationContext.Amount(check.Right),
                        ValidationContext.Amount(check.Difference));
                }
                else if (BalanceCheck.OrderChapters(check.Kind) is var (depenses, recettes))
                {
                    context.Report(FindingCodes.OrderAsymmetry, 0, null, null,
                        name, depenses, ValidationContext.Amount(check.Left), recettes, ValidationContext.Amount(check.Right));
                }
            }
        }
    }

    private static bool IsSectionCheck(BalanceCheck check) =>
        check.Kind is BalanceCheckKind.FonctionnementBalance or BalanceCheckKind.InvestissementBalance;
}
