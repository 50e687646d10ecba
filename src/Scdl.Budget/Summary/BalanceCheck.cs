namespace Scdl.Budget.Summary;

/// <summary>One balance check of a document: two totals that should be equal.</summary>
/// <param name="Kind">The check.</param>
/// <param name="LeftLabel">What the left total adds up, such as <c>dépenses 040</c>.</param>
/// <param name="Left">The left total, in euros.</param>
/// <param name="RightLabel">What the right total adds up, such as <c>recettes 042</c>.</param>
/// <param name="Right">The right total, in euros.</param>
public sealed record BalanceCheck(BalanceCheckKind Kind, string LeftLabel, decimal Left, string RightLabel, decimal Right)
{
    /// <summary>Gets a value indicating whether both totals are equal.</summary>
    public bool Holds => Left == Right;

    /// <summary>Gets the left total minus the right total.</summary>
    public decimal Difference => Left - Right;
}
