namespace Scdl.Budget;

// SCDL6xx: departures from the standard's file format that reading recognises (Csv/, Normalization/): the dialect and the
// header, in both reading modes; value spellings, read by tolerant reading (strict reading reports them as the
// schema's SCDL2xx errors). Errors of the Format category unless the standard allows them. Each code has its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    /// <summary>The file is not in UTF-8: it was decoded with another encoding (Windows-1252, UTF-16…).</summary>
    public const string EncodingNotUtf8 = "SCDL600";

    /// <summary>The separator is not a comma (semicolon, tab, vertical bar) (Validata <c>invalid-column-delimiter</c>).</summary>
    public const string SeparatorNotComma = "SCDL601";

    /// <summary>The file starts with a byte order mark: accepted by the standard's validator, but shown as a stray character by some tools.</summary>
    public const string ByteOrderMark = "SCDL602";

    /// <summary>A header name matched a column only once case, accents, spaces or the <c>BGT_</c> prefix were ignored.</summary>
    public const string HeaderNameNotExact = "SCDL603";

    /// <summary>An enum value matched only once case and accents were ignored, or through a usual alias (<c>BP</c>, <c>R</c>, <c>I</c>…). Tolerant reading.</summary>
    public const string EnumValueNotExact = "SCDL604";

    /// <summary>An amount was read with a decimal comma or thousands separators. Tolerant reading.</summary>
    public const string NumberNotPlain = "SCDL605";

    /// <summary>An amount is in exponent notation (<c>1.5E8</c>): valid for the schema, but often the trace of a spreadsheet.</summary>
    public const string NumberInExponentNotation = "SCDL606";

    /// <summary>A year was written with decimals or spaces (<c>2022.0</c>). Tolerant reading.</summary>
    public const string YearNotPlain = "SCDL607";

    /// <summary>A SIRET was turned into exponent notation by a spreadsheet (<c>2.1560046E+13</c>): its last digits are lost and are not guessed.</summary>
    public const string SiretInExponentNotation = "SCDL608";

    /// <summary>A SIRET was written with spaces, dots or a trailing <c>.0</c>, which were removed. Tolerant reading.</summary>
    public const string SiretNotPlain = "SCDL609";

    /// <summary>A blank line was skipped (tolerant reading; strict reading reports <see cref="BlankRow"/>).</summary>
    public const string BlankLineSkipped = "SCDL610";

    /// <summary>The file has a header but no data line.</summary>
    public const string NoDataLines = "SCDL611";

    /// <summary>The line breaks are not CR LF or LF throughout: lone CR, or a mix.</summary>
    public const string UnusualLineBreaks = "SCDL612";

    /// <summary>The file has no header: its columns were read by position, in the schema's order.</summary>
    public const string ReadWithoutHeader = "SCDL613";

    /// <summary>An amount was read with a decimal comma and nothing else unusual (<c>1234,50</c>); its canonical form has a dot. Tolerant reading.</summary>
    public const string DecimalComma = "SCDL614";

    /// <summary>
    /// A line is not valid UTF-8 although the start of the file is: it (and every later line like it) was read as
    /// Windows-1252. Reported once, at the first such line.
    /// </summary>
    public const string LineNotUtf8 = "SCDL615";

    private static FindingDescriptor[] TolerantReadingDescriptors =>
    [
        new(EncodingNotUtf8, FindingSeverity.Error, "encoding-error", FindingCategory.Format),
        new(SeparatorNotComma, FindingSeverity.Error, "invalid-column-delimiter", FindingCategory.Format),
        new(ByteOrderMark, FindingSeverity.Info, "source-error", FindingCategory.Format),
        new(HeaderNameNotExact, FindingSeverity.Error, "incorrect-label", FindingCategory.Format),
        new(EnumValueNotExact, FindingSeverity.Error, "constraint-error", FindingCategory.Format),
        new(NumberNotPlain, FindingSeverity.Error, "type-error", FindingCategory.Format),
        new(NumberInExponentNotation, FindingSeverity.Info, "type-error", FindingCategory.Format),
        new(YearNotPlain, FindingSeverity.Error, "type-error", FindingCategory.Format),
        new(SiretInExponentNotation, FindingSeverity.Error, "constraint-error"),
        new(SiretNotPlain, FindingSeverity.Error, "constraint-error", FindingCategory.Format),
        new(BlankLineSkipped, FindingSeverity.Error, "blank-row", FindingCategory.Format),
        new(NoDataLines, FindingSeverity.Warning, "source-error"),
        new(UnusualLineBreaks, FindingSeverity.Info, "source-error", FindingCategory.Format),
        new(ReadWithoutHeader, FindingSeverity.Error, "missing-label", FindingCategory.Format),
        new(DecimalComma, FindingSeverity.Error, "type-error", FindingCategory.Format),
        new(LineNotUtf8, FindingSeverity.Error, "encoding-error", FindingCategory.Format),
    ];
}
