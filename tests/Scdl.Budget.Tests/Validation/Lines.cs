namespace Scdl.Budget.Tests.Validation;

/// <summary>Hand-made lines for rule tests.</summary>
internal static class Lines
{
    public static BudgetLine Valid() => new()
    {
        Step = BudgetStep.BudgetPrimitif,
        Year = 2022,
        Siret = Siret.Parse("21560046100085"),
        AuthorityName = "CRACH",
        AccountCode = "60611",
        AccountLabel = "Eau et assainissement",
        ChapterCode = "011",
        ChapterLabel = "Charges à caractère général",
        Section = BudgetSection.Fonctionnement,
        OperationKind = OperationKind.Reel,
        Direction = FlowDirection.Depense,
        MontantVote = 1500.50m,
        SpecializedArticle = SpecializedArticle.NonSpecialise,
    };

    /// <summary>A balanced budget primitif: each section's recettes equal its dépenses, order operations mirror each other.</summary>
    public static IEnumerable<BudgetLine> BalancedBudget()
    {
        var line = Valid();
        yield return line with { AccountCode = "60611", ChapterCode = "011", MontantVote = 900m };
        yield return line with { AccountCode = "7351", ChapterCode = "73", Direction = FlowDirection.Recette, MontantVote = 1200m };
        yield return line with { AccountCode = "6811", ChapterCode = "042", OperationKind = OperationKind.Ordre, MontantVote = 100m };
        yield return line with { AccountCode = "023", ChapterCode = "023", OperationKind = OperationKind.Ordre, MontantVote = 200m };
        var investissement = line with { Section = BudgetSection.Investissement };
        yield return investissement with { AccountCode = "28041", ChapterCode = "040", OperationKind = OperationKind.Ordre, Direction = FlowDirection.Recette, MontantVote = 100m };
        yield return investissement with { AccountCode = "021", ChapterCode = "021", OperationKind = OperationKind.Ordre, Direction = FlowDirection.Recette, MontantVote = 200m };
        yield return investissement with { AccountCode = "2183", ChapterCode = "21", MontantVote = 250m, RestesARealiserPrecedents = 50m };
    }
}
