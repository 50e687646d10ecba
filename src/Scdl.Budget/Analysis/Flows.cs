using Scdl.Budget.Summary;

namespace Scdl.Budget.Analysis;

/// <summary>Classifies lines into the 12 flows of a document: section × kind × direction.</summary>
internal static class Flows
{
    public const int Count = 12;

    /// <summary>Returns the flow of a line, or -1 when its section, kind or direction is not one of the schema's.</summary>
    public static int Of(BudgetLine line)
    {
        if (line.Section is not (BudgetSection.Fonctionnement or BudgetSection.Investissement)
            || line.OperationKind is not (OperationKind.Reel or OperationKind.Ordre)
            || line.Direction is not (FlowDirection.Recette or FlowDirection.Depense))
        {
            return -1;
        }

        var kind = CarriedForwardChapters.Is(line) ? LineKind.Reporte : line.OperationKind == OperationKind.Ordre ? LineKind.Ordre : LineKind.Reel;
        return Index(line.Section, kind, line.Direction);
    }

    public static int Index(BudgetSection section, LineKind kind, FlowDirection direction) =>
        ((section == BudgetSection.Fonctionnement ? 0 : 1) * 6) + ((int)kind * 2) + (direction == FlowDirection.Recette ? 0 : 1);
}
