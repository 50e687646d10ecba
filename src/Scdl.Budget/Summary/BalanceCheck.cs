using System.Globalization;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Summary;

/// <summary>One balance check of a document: two totals that should be equal.</summary>
/// <param name="Kind">The check.</param>
/// <param name="Left">The left total, in euros, such as the dépenses of chapter 040.</param>
/// <param name="Right">The right total, in euros, such as the recettes of chapter 042.</param>
public sealed record BalanceCheck(BalanceCheckKind Kind, decimal Left, decimal Right)
{
    /// <summary>Gets a value indicating whether both totals are equal.</summary>
    public bool Holds => Left == Right;

    /// <summary>Gets the left total minus the right total.</summary>
    public decimal Difference => Left - Right;

    /// <summary>Returns what the check is about, such as <c>Virement à l'investissement : dépenses 023 = recettes 021</c>.</summary>
    /// <param name="culture">The language (French or English); <see langword="null"/> for the current UI culture.</param>
    /// <returns>The title.</returns>
    public string GetTitle(CultureInfo? culture = null) => Messages.Get("Check." + Kind, culture);

    /// <summary>Returns what the left total adds up, such as <c>dépenses du chapitre 040</c>.</summary>
    /// <param name="culture">The language (French or English); <see langword="null"/> for the current UI culture.</param>
    /// <returns>The label.</returns>
    public string GetLeftLabel(CultureInfo? culture = null) => Messages.Get("Check." + Kind + ".Left", culture);

    /// <summary>Returns what the right total adds up, such as <c>recettes du chapitre 042</c>.</summary>
    /// <param name="culture">The language (French or English); <see langword="null"/> for the current UI culture.</param>
    /// <returns>The label.</returns>
    public string GetRightLabel(CultureInfo? culture = null) => Messages.Get("Check." + Kind + ".Right", culture);

    /// <summary>Gets the chapters an order check compares: the dépenses of one against the recettes of the other.</summary>
    internal static (string Depenses, string Recettes)? OrderChapters(BalanceCheckKind kind) => kind switch
    {
        BalanceCheckKind.Depenses040Recettes042 => ("040", "042"),
        BalanceCheckKind.Depenses042Recettes040 => ("042", "040"),
        BalanceCheckKind.Order041 => ("041", "041"),
        BalanceCheckKind.Order043 => ("043", "043"),
        BalanceCheckKind.Depenses023Recettes021 => ("023", "021"),
        _ => null,
    };
}
