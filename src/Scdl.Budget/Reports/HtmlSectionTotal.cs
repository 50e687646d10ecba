namespace Scdl.Budget.Reports;

/// <summary>Holds the total of one section, direction and real/order kind, in euros.</summary>
/// <param name="Section">The section (<c>BGT_SECTION</c>).</param>
/// <param name="Direction">Recette or dépense (<c>BGT_CODRD</c>).</param>
/// <param name="OperationKind">Réel or ordre (<c>BGT_OPBUDG</c>).</param>
/// <param name="Amount">The total, in euros.</param>
public sealed record HtmlSectionTotal(BudgetSection Section, FlowDirection Direction, OperationKind OperationKind, decimal Amount);
