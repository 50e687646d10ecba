namespace Scdl.Budget;

// SCDL3xx: budget rules and balance checks (Validation/). Add each code as a documented constant here, its descriptor below, its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    private static FindingDescriptor[] ValidationDescriptors => [];
}
