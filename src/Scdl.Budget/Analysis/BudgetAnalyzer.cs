namespace Scdl.Budget.Analysis;

/// <summary>
/// Analyses budget documents from their lines: per document, the flows of each section, the results of a compte
/// administratif or financier unique (result of the year, carried forward, closing, restes à réaliser, global) or the
/// balance of a budget, the savings cascade (épargne de gestion, brute, nette, taux d'épargne brute, capacité de
/// désendettement), the execution against credits opened, the largest functions; and the documents of one authority
/// side by side (voted against carried out, year against year). One pass over the lines, any column convention (the
/// lines are typed), memory that does not grow with their number. Definitions and sources: docs/analysis.md.
/// </summary>
/// <example>
/// <code>
/// var lines = BudgetCsv.Read(fileSystem, "ca-2021.csv").Where(r => r.Line is not null).Select(r => r.Line!);
/// var analysis = BudgetAnalyzer.Analyze(lines, new AnalysisOptions { Nomenclature = "M14" });
/// var epargneBrute = analysis.Documents[0].Epargne.EpargneBrute.Value;
/// </code>
/// </example>
public static partial class BudgetAnalyzer
{
}
