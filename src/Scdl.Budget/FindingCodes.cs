using System.Collections.Frozen;

namespace Scdl.Budget;

/// <summary>
/// Lists the stable codes of findings. Codes are API: a code never changes meaning; retired codes are not reused.
/// <c>SCDL1xx</c> are about the structure of the input, <c>SCDL2xx</c> about the format of a value,
/// <c>SCDL3xx</c> about budget rules, <c>SCDL4xx</c> about the plan de comptes, <c>SCDL5xx</c> about TOTEM
/// conversion and <c>SCDL6xx</c> about departures from the standard's file format that reading recognises (dialect,
/// header and value spellings). Each code is documented in
/// <c>docs/findings.md</c>.
/// </summary>
public static partial class FindingCodes
{
    /// <summary>The input is not text: it contains binary data. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string UnreadableInput = "SCDL100";

    /// <summary>A required column is missing from the header (frictionless <c>missing-label</c>, Validata <c>missing-required-header</c>).</summary>
    public const string MissingRequiredColumn = "SCDL101";

    /// <summary>An optional column is missing from the header (frictionless <c>missing-label</c>).</summary>
    public const string MissingOptionalColumn = "SCDL102";

    /// <summary>The header has a column that is not in the schema (frictionless <c>extra-label</c>).</summary>
    public const string ExtraColumn = "SCDL103";

    /// <summary>The header names a column twice (frictionless <c>duplicate-label</c>).</summary>
    public const string DuplicateColumn = "SCDL104";

    /// <summary>The columns are not in the schema's order (frictionless <c>incorrect-label</c>).</summary>
    public const string MisorderedColumns = "SCDL105";

    /// <summary>A column of the header has no name (frictionless <c>blank-label</c>).</summary>
    public const string BlankColumnName = "SCDL106";

    /// <summary>The input is empty: not even a header. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string EmptyInput = "SCDL107";

    /// <summary>The first line is not a header of scdl/budget. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string NoHeader = "SCDL108";

    /// <summary>
    /// The input is not valid UTF-8 although it was said to be (<see cref="Csv.BudgetCsvReaderOptions.Encoding"/>). Thrown as
    /// <see cref="ScdlFormatException"/>; a detected encoding is recovered from instead (<see cref="LineNotUtf8"/>).
    /// </summary>
    public const string InvalidEncoding = "SCDL109";

    /// <summary>A row has no value at all (frictionless <c>blank-row</c>).</summary>
    public const string BlankRow = "SCDL110";

    /// <summary>A row has fewer cells than the header (frictionless <c>missing-cell</c>).</summary>
    public const string MissingCell = "SCDL111";

    /// <summary>A row has more cells than the header (frictionless <c>extra-cell</c>).</summary>
    public const string ExtraCell = "SCDL112";

    /// <summary>A row breaks the CSV quoting rules (frictionless <c>source-error</c>).</summary>
    public const string MalformedQuoting = "SCDL113";

    /// <summary>A record is larger than the reader accepts. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string RecordTooLarge = "SCDL114";

    /// <summary>
    /// The input is an XML document, not CSV: a TOTEM file (<c>DocumentBudgetaire</c>, <c>CompteFinancierUnique</c>) is
    /// converted, not validated as CSV. Thrown as <see cref="ScdlFormatException"/>.
    /// </summary>
    public const string XmlInput = "SCDL115";

    /// <summary>A required value is empty (frictionless <c>constraint-error</c>, required).</summary>
    public const string RequiredValueMissing = "SCDL201";

    /// <summary>A value is not one of the schema's exact spellings (frictionless <c>constraint-error</c>, enum).</summary>
    public const string ValueNotAllowed = "SCDL202";

    /// <summary>A year is not 4 digits (frictionless <c>type-error</c>, year).</summary>
    public const string InvalidYear = "SCDL203";

    /// <summary>An amount is not a plain number with a dot (frictionless <c>type-error</c>, number).</summary>
    public const string InvalidNumber = "SCDL204";

    /// <summary>A SIRET is not 14 digits (frictionless <c>constraint-error</c>, pattern).</summary>
    public const string InvalidSiretFormat = "SCDL205";

    /// <summary>A SIRET of 14 digits fails the check digit (Validata <c>french-siret-value</c>).</summary>
    public const string InvalidSiretCheckDigit = "SCDL206";

    /// <summary>A code is shorter or longer than the schema allows, 1 to 9 characters (frictionless <c>constraint-error</c>, length).</summary>
    public const string InvalidLength = "SCDL207";

    /// <summary>
    /// An amount is a number the schema allows, but beyond what a <see cref="decimal"/> holds exactly (more than 28
    /// decimals, or larger than 7.9 × 10^28): implausible for a budget; it is left out of the line and the totals.
    /// </summary>
    public const string AmountOutOfRange = "SCDL208";

    private static readonly FindingDescriptor[] Descriptors =
    [
        .. ValidationDescriptors,
        .. NomenclatureDescriptors,
        .. TotemDescriptors,
        .. TolerantReadingDescriptors,
        .. SpreadsheetDescriptors,
        new(UnreadableInput, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(MissingRequiredColumn, FindingSeverity.Error, "missing-label", FindingCategory.Unreadable),
        new(MissingOptionalColumn, FindingSeverity.Warning, "missing-label", FindingCategory.Format),
        new(ExtraColumn, FindingSeverity.Warning, "extra-label"),
        new(DuplicateColumn, FindingSeverity.Error, "duplicate-label"),
        new(MisorderedColumns, FindingSeverity.Warning, "incorrect-label", FindingCategory.Format),
        new(BlankColumnName, FindingSeverity.Error, "blank-label", FindingCategory.Format),
        new(EmptyInput, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(NoHeader, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(InvalidEncoding, FindingSeverity.Error, "encoding-error", FindingCategory.Unreadable),
        new(BlankRow, FindingSeverity.Error, "blank-row", FindingCategory.Format),
        new(MissingCell, FindingSeverity.Error, "missing-cell"),
        new(ExtraCell, FindingSeverity.Error, "extra-cell"),
        new(MalformedQuoting, FindingSeverity.Error, "source-error"),
        new(RecordTooLarge, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(XmlInput, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(RequiredValueMissing, FindingSeverity.Error, "constraint-error"),
        new(ValueNotAllowed, FindingSeverity.Error, "constraint-error"),
        new(InvalidYear, FindingSeverity.Error, "type-error"),
        new(InvalidNumber, FindingSeverity.Error, "type-error"),
        new(InvalidSiretFormat, FindingSeverity.Error, "constraint-error"),
        new(InvalidSiretCheckDigit, FindingSeverity.Error, "french-siret-value"),
        new(InvalidLength, FindingSeverity.Error, "constraint-error"),
        new(AmountOutOfRange, FindingSeverity.Warning, "budget-rule"),
    ];

    private static readonly FrozenDictionary<string, FindingDescriptor> ByCode =
        Descriptors.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>Gets the description of every code, in code order.</summary>
    public static IReadOnlyList<FindingDescriptor> All { get; } = [.. Descriptors.OrderBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>Gets the description of a code.</summary>
    /// <param name="code">The code, such as <c>SCDL202</c>; case-insensitive.</param>
    /// <returns>The description, or <see langword="null"/> when the code is unknown.</returns>
    public static FindingDescriptor? Describe(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());
    }

    internal static FindingDescriptor Get(string code) =>
        ByCode.TryGetValue(code, out var descriptor)
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown finding code.");
}
