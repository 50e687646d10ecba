using System.Globalization;
using Scdl.Budget.Analysis;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Reports;

/// <summary>
/// The figures of an analysis as the three reports show them, in one order and under one name each: the JSON
/// property, and the resources <c>Analysis.Figure.{Key}</c> (the figure in words) and <c>Analysis.Figure.{Key}.Meaning</c>
/// (one sentence saying what it means).
/// </summary>
internal static class AnalysisRows
{
    /// <summary>The figures every side-by-side comparison shows in its chart: the ones people compare first.</summary>
    public static readonly FigureName[] Charted =
    [
        FigureName.RecettesReellesFonctionnement, FigureName.DepensesReellesFonctionnement, FigureName.EpargneBrute,
        FigureName.EpargneNette, FigureName.DepensesEquipement,
    ];

    /// <summary>Lists the results of a compte administratif or financier unique, per section then for both.</summary>
    public static IReadOnlyList<FigureRow> Resultats(BudgetResults results) =>
    [
        new("resultatDeLExerciceFonctionnement", results.Fonctionnement.ResultatDeLExercice, FigureUnit.Money),
        new("resultatDeLExerciceInvestissement", results.Investissement.ResultatDeLExercice, FigureUnit.Money),
        new("resultatDeLExercice", results.ResultatDeLExercice, FigureUnit.Money),
        new("soldeReporteFonctionnement", results.Fonctionnement.SoldeReporte, FigureUnit.Money),
        new("soldeReporteInvestissement", results.Investissement.SoldeReporte, FigureUnit.Money),
        new("resultatDeClotureFonctionnement", results.Fonctionnement.ResultatDeCloture, FigureUnit.Money),
        new("resultatDeClotureInvestissement", results.Investissement.ResultatDeCloture, FigureUnit.Money),
        new("resultatDeCloture", results.ResultatDeCloture, FigureUnit.Money),
        new("soldeRestesARealiser", Of(results.SoldeRestesARealiser), FigureUnit.Money),
        new("resultatGlobal", results.ResultatGlobal, FigureUnit.Money),
    ];

    /// <summary>Lists the balance of a budget and its virement.</summary>
    public static IReadOnlyList<FigureRow> Equilibre(BudgetBalance balance) =>
    [
        new("ecartFonctionnement", Of(balance.EcartFonctionnement), FigureUnit.Money),
        new("ecartInvestissement", Of(balance.EcartInvestissement), FigureUnit.Money),
        new("virementALaSectionDInvestissement", Of(balance.VirementALaSectionDInvestissement), FigureUnit.Money),
        new("virementDeLaSectionDeFonctionnement", Of(balance.VirementDeLaSectionDeFonctionnement), FigureUnit.Money),
    ];

    /// <summary>Lists the savings cascade, in the order it is computed.</summary>
    public static IReadOnlyList<FigureRow> Epargne(SavingsCascade cascade) =>
    [
        new("recettesReellesFonctionnement", cascade.RecettesReellesFonctionnement, FigureUnit.Money),
        new("depensesReellesFonctionnement", cascade.DepensesReellesFonctionnement, FigureUnit.Money),
        new("interetsDeLaDette", cascade.InteretsDeLaDette, FigureUnit.Money),
        new("epargneDeGestion", cascade.EpargneDeGestion, FigureUnit.Money),
        new("epargneBrute", cascade.EpargneBrute, FigureUnit.Money),
        new("tauxEpargneBrute", cascade.TauxEpargneBrute, FigureUnit.Rate),
        new("remboursementCapitalDette", cascade.RemboursementCapitalDette, FigureUnit.Money),
        new("epargneNette", cascade.EpargneNette, FigureUnit.Money),
        new("depensesEquipement", cascade.DepensesEquipement, FigureUnit.Money),
        new("encoursDeLaDette", cascade.EncoursDeLaDette, FigureUnit.Money),
        new("capaciteDeDesendettement", cascade.CapaciteDeDesendettement, FigureUnit.Years),
    ];

    /// <summary>Gets the JSON name of a figure compared side by side: its <see cref="FigureName"/> in camel case.</summary>
    public static string Key(FigureName name)
    {
        var text = name.ToString();
        return string.Concat(text[..1].ToLowerInvariant(), text.AsSpan(1));
    }

    /// <summary>Gets the JSON spelling of a basis.</summary>
    public static string BasisKey(AnalysisBasis basis) => basis switch
    {
        AnalysisBasis.Realised => "realised",
        AnalysisBasis.VotedToDate => "voted-to-date",
        _ => "voted",
    };

    /// <summary>Gets the JSON spelling of a gap.</summary>
    public static string GapKey(FigureGap gap) => gap switch
    {
        FigureGap.AmountsMissing => "amounts-missing",
        FigureGap.AccountsMissing => "accounts-missing",
        FigureGap.DebtNotGiven => "debt-not-given",
        FigureGap.EpargneBruteNotPositive => "epargne-brute-not-positive",
        FigureGap.BaseIsZero => "base-is-zero",
        FigureGap.NoFunction => "no-function",
        _ => "out-of-range",
    };

    /// <summary>Gets a figure in words (<c>Épargne brute</c>).</summary>
    public static string Label(string key, CultureInfo culture) => Messages.Get("Analysis.Figure." + key, culture);

    /// <summary>Gets the sentence that says what a figure means.</summary>
    public static string Meaning(string key, CultureInfo culture) => Messages.Get("Analysis.Figure." + key + ".Meaning", culture);

    /// <summary>Gets the words of the basis of a document's figures (montants réalisés, votés, votés à ce jour).</summary>
    public static string Basis(AnalysisBasis basis, CultureInfo culture) => Messages.Get("Analysis.Basis." + basis, culture);

    /// <summary>
    /// Formats a figure the culture's way: an amount with two decimals, a rate in percent with one decimal, a number
    /// of years with two; a change (<paramref name="signed"/>) says <c>+</c> when it grows. A figure without value
    /// gives <see langword="null"/> (its gap says why).
    /// </summary>
    public static string? Value(AnalysisFigure figure, FigureUnit unit, CultureInfo culture, bool signed = false)
    {
        if (figure.Value is not { } value)
        {
            return null;
        }

        var text = unit switch
        {
            FigureUnit.Rate => Percent(value, culture),
            FigureUnit.Years => Years(value, culture),
            _ => ReportText.Amount(value, culture),
        };
        return signed && value > 0 ? "+" + text : text;
    }

    /// <summary>Formats a number of years, singular as the language wants it: French says <c>1,11 an</c> below two, English <c>1.11 years</c> but for one.</summary>
    public static string Years(decimal years, CultureInfo culture)
    {
        var one = ReportText.IsFrench(culture) ? Math.Abs(years) < 2m : Math.Abs(years) == 1m;
        return ReportText.Format(one ? "Analysis.Years.One" : "Analysis.Years.Other", culture, years.ToString("N2", culture));
    }

    /// <summary>Formats a fraction as a percentage with one decimal, the culture's way (<c>12,5 %</c>, <c>12.5%</c>).</summary>
    public static string Percent(decimal fraction, CultureInfo culture) =>
        ReportText.Format("Analysis.Percent", culture, (fraction * 100m).ToString("N1", culture));

    /// <summary>Formats a figure, or says in words why it has none.</summary>
    public static string ValueOrGap(AnalysisFigure figure, FigureUnit unit, CultureInfo culture, bool signed = false) =>
        Value(figure, unit, culture, signed) ?? ReportText.Format("Analysis.NoValue", culture, figure.GetGapText(culture));

    private static AnalysisFigure Of(decimal value) => AnalysisFigure.Of(value);
}
