namespace Scdl.Budget;

// SCDL4xx: the plan de comptes (Nomenclature/). Add each code as a documented constant here, its descriptor below, its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    /// <summary>A plan de comptes (a <c>planDeCompte.xml</c> or a compact catalogue) cannot be read. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string UnreadablePlan = "SCDL400";

    private static FindingDescriptor[] NomenclatureDescriptors =>
    [
        new(UnreadablePlan, FindingSeverity.Error, "source-error"),
    ];
}
