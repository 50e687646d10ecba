namespace Scdl.Budget.Validation;

/// <summary>
/// Says what a validation concludes about a file <b>as published</b>: a reading mode (strict or tolerant) changes
/// what can be diagnosed, never what is called valid.
/// </summary>
public enum ValidationVerdict
{
    /// <summary>The file has no error: it is in the standard format and its content breaks no rule checked.</summary>
    Valid = 1,

    /// <summary>
    /// The file is readable and its content has no error, but it departs from the standard's file format (errors of
    /// <see cref="FindingCategory.Format"/> only: encoding, separator, header or value spelling…). It is not valid as
    /// published; normalisation gives the standard file.
    /// </summary>
    NotInStandardFormat = 2,

    /// <summary>The content has errors (<see cref="FindingCategory.Content"/>), whatever its format.</summary>
    Invalid = 3,

    /// <summary>The input could not be read (an error of <see cref="FindingCategory.Unreadable"/>): nothing else could be checked.</summary>
    Unreadable = 4,
}
