namespace Scdl.Budget;

// SCDL4xx: the plan de comptes (Nomenclature/). Add each code as a documented constant here, its descriptor below, its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    /// <summary>A plan de comptes (a <c>planDeCompte.xml</c> or a compact catalogue) cannot be read. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string UnreadablePlan = "SCDL400";

    /// <summary>The chapter is not a chapter of the plan de comptes, in any year of the nomenclature.</summary>
    public const string UnknownChapter = "SCDL401";

    /// <summary>The account is not an account of the plan de comptes, in any year of the nomenclature.</summary>
    public const string UnknownAccount = "SCDL402";

    /// <summary>The plan does not allow the account for the line's direction and operation kind (its RR/DR/ROES/DOES/ROIS/DOIS attribute is empty).</summary>
    public const string AccountNotAllowed = "SCDL403";

    /// <summary>The line's chapter is not the one the plan budgets the account in for that direction and operation kind.</summary>
    public const string ChapterDiffersFromPlan = "SCDL404";

    /// <summary>The line's section is not the section of its chapter in the plan.</summary>
    public const string SectionDiffersFromPlan = "SCDL405";

    /// <summary>The account label is not the plan's label for that account.</summary>
    public const string AccountLabelDiffers = "SCDL406";

    /// <summary>The chapter label is not the plan's label for that chapter.</summary>
    public const string ChapterLabelDiffers = "SCDL407";

    /// <summary>The function code is not a functional reference (or functional chapter) of the plan.</summary>
    public const string UnknownFunction = "SCDL408";

    /// <summary>The function label is not the plan's label for that function code.</summary>
    public const string FunctionLabelDiffers = "SCDL409";

    /// <summary>The account is marked deleted in the plan of the year (<c>Supprime</c>).</summary>
    public const string DeletedAccount = "SCDL410";

    /// <summary>The code is missing from the plan of the line's year and was found in another year's plan.</summary>
    public const string CodeFromOtherYear = "SCDL411";

    /// <summary>The nomenclature was not named: the plan in which the file's codes resolve best was chosen (how well it fits is given).</summary>
    public const string NomenclatureInferred = "SCDL412";

    /// <summary>No plan of the catalogue fits the file's codes well: plan-based checks are unreliable.</summary>
    public const string NomenclaturePoorFit = "SCDL413";

    /// <summary>The catalogue has no plan for the nomenclature named: plan-based checks were skipped.</summary>
    public const string NomenclatureUnavailable = "SCDL414";

    /// <summary>Checked against the plan, the file's codes confirm the column convention it was read with.</summary>
    public const string ColumnConventionConfirmed = "SCDL415";

    /// <summary>Checked against the plan, the file's codes follow the other column convention (account and chapter columns swapped).</summary>
    public const string ColumnConventionSwapped = "SCDL416";

    private static FindingDescriptor[] NomenclatureDescriptors =>
    [
        new(UnreadablePlan, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(UnknownChapter, FindingSeverity.Error, "budget-rule"),
        new(UnknownAccount, FindingSeverity.Error, "budget-rule"),
        new(AccountNotAllowed, FindingSeverity.Error, "budget-rule"),
        new(ChapterDiffersFromPlan, FindingSeverity.Warning, "budget-rule"),
        new(SectionDiffersFromPlan, FindingSeverity.Error, "budget-rule"),
        new(AccountLabelDiffers, FindingSeverity.Warning, "budget-rule"),
        new(ChapterLabelDiffers, FindingSeverity.Warning, "budget-rule"),
        new(UnknownFunction, FindingSeverity.Error, "budget-rule"),
        new(FunctionLabelDiffers, FindingSeverity.Warning, "budget-rule"),
        new(DeletedAccount, FindingSeverity.Warning, "budget-rule"),
        new(CodeFromOtherYear, FindingSeverity.Warning, "budget-rule"),
        new(NomenclatureInferred, FindingSeverity.Info, "budget-rule"),
        new(NomenclaturePoorFit, FindingSeverity.Warning, "budget-rule"),
        new(NomenclatureUnavailable, FindingSeverity.Warning, "budget-rule"),
        new(ColumnConventionConfirmed, FindingSeverity.Info, "budget-rule"),
        new(ColumnConventionSwapped, FindingSeverity.Warning, "budget-rule"),
    ];
}
