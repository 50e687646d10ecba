namespace Scdl.Budget.Csv;

/// <summary>
/// Chooses how a reader reports values that are not spelled as the schema says. Both modes detect the dialect
/// (encoding, separator, header spelling and order, blank lines) and report every departure from the standard's file
/// format as an error; both read a value that has one meaning although it is spelled otherwise (<c>Investissement</c>,
/// <c>1 234,50</c>, <c>2022.0</c>), so that the line is built and every other check runs. Whether a file is valid never
/// depends on the reading mode: a file that departs from the standard is not valid in either.
/// </summary>
public enum CsvReadingMode
{
    /// <summary>
    /// Reports such a value as the schema's error, as frictionless and data.gouv.fr's validator do: a capitalised enum
    /// is <c>SCDL202</c>, a decimal comma <c>SCDL204</c>, <c>2022.0</c> <c>SCDL203</c>, a SIRET with spaces <c>SCDL205</c>
    /// (content errors: the file is invalid). A blank line is <c>SCDL110</c>. The default.
    /// </summary>
    Strict = 1,

    /// <summary>
    /// Reports such a value as a departure from the format (<c>SCDL604</c>, <c>SCDL614</c>, <c>SCDL605</c>, <c>SCDL607</c>,
    /// <c>SCDL609</c>: format errors, which normalisation removes without changing what the file says), and notes amounts
    /// in exponent notation (<c>SCDL606</c>). A blank line is <c>SCDL610</c>. What <c>scdl-budget normalize</c> reads with.
    /// </summary>
    Tolerant = 2,
}
