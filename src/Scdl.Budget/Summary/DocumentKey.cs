namespace Scdl.Budget.Summary;

/// <summary>Identifies a budget document: one SIRET, one year, one step.</summary>
internal readonly record struct DocumentKey(string Siret, int Year, BudgetStep Step)
{
    public static DocumentKey Of(BudgetLine line) => new(line.Siret.ToString(), line.Year, line.Step);
}
