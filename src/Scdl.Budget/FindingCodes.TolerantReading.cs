namespace Scdl.Budget;

// SCDL6xx: values accepted by tolerant reading and normalisation (Csv/). Add each code as a documented constant here, its descriptor below, its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    private static FindingDescriptor[] TolerantReadingDescriptors => [];
}
