namespace Scdl.Budget.Analysis;

/// <summary>The real expenses of one function (the "why" of an expense: schools, roads, social action…) in one section, in euros.</summary>
/// <param name="FunctionCode">The function (<c>BGT_FONCTION</c>), such as <c>221</c>.</param>
/// <param name="FunctionLabel">The first non-empty label met for it (<c>BGT_FONCTION_LABEL</c>), or an empty string.</param>
/// <param name="Amount">The real expenses of the year of the function, on the document's basis.</param>
/// <param name="Share">The amount as a fraction of the real expenses of the section (all functions), rounded to 6 decimals.</param>
public sealed record FunctionTotal(string FunctionCode, string FunctionLabel, decimal Amount, AnalysisFigure Share);
