namespace Scdl.Budget.Reports;

/// <summary>
/// Holds one balance check of the HTML report: two totals that should be equal, such as the dépenses of chapter
/// 023 and the recettes of chapter 021. Labels are already in the report's language.
/// </summary>
/// <param name="Label">What is checked.</param>
/// <param name="LeftLabel">What the first total adds up.</param>
/// <param name="Left">The first total, in euros.</param>
/// <param name="RightLabel">What the second total adds up.</param>
/// <param name="Right">The second total, in euros.</param>
public sealed record HtmlBalanceCheck(string Label, string LeftLabel, decimal Left, string RightLabel, decimal Right)
{
    /// <summary>Gets a value indicating whether both totals are equal.</summary>
    public bool Holds => Left == Right;

    /// <summary>Gets the first total minus the second.</summary>
    public decimal Difference => Left - Right;
}
