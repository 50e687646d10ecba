namespace Scdl.Budget;

/// <summary>
/// Tells how serious a <see cref="Finding"/> is. A file is valid when it has no <see cref="Error"/> finding.
/// </summary>
public enum FindingSeverity
{
    /// <summary>The file does not conform to the schema or cannot be trusted: it must be fixed before publication.</summary>
    Error = 1,

    /// <summary>Probably a mistake, or a deviation that tools tolerate: it should be looked at.</summary>
    Warning = 2,

    /// <summary>Information about the file, such as totals or the column convention it appears to use.</summary>
    Info = 3,
}
