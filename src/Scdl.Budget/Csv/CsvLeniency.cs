namespace Scdl.Budget.Csv;

/// <summary>Chooses how strictly a reader takes the CSV dialect and the values of a file.</summary>
public enum CsvLeniency
{
    /// <summary>
    /// Reads only canonical files: UTF-8, comma, exact header names, exact enum spellings, plain numbers. Every
    /// deviation is an error finding (or, for the dialect, an exception). The default.
    /// </summary>
    Strict = 1,

    /// <summary>
    /// Detects the encoding, separator, decimal separator and line breaks, and accepts header names and enum values
    /// without case or accents, usual aliases, decimal commas and thousands separators. Every accepted deviation is
    /// still reported, as an information or warning finding of the <c>SCDL6xx</c> range.
    /// </summary>
    Tolerant = 2,
}
