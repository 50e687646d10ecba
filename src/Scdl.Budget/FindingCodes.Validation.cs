namespace Scdl.Budget;

// SCDL3xx: budget rules and balance checks (Validation/). Add each code as a documented constant here, its descriptor below, its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    /// <summary>The file holds lines of more than one budget document (SIRET, year and step).</summary>
    public const string MultipleDocuments = "SCDL301";

    /// <summary>A line repeats an earlier line exactly.</summary>
    public const string DuplicateLine = "SCDL302";

    /// <summary>An amount does not belong to the budget step, such as <c>BGT_MTREAL</c> in a budget primitif.</summary>
    public const string AmountNotExpectedForStep = "SCDL303";

    /// <summary>A real operation (<c>réel</c>) is budgeted in an order chapter (040–043, 021, 023).</summary>
    public const string OrderChapterInRealOperation = "SCDL304";

    /// <summary>An order operation (<c>ordre</c>) is budgeted outside the order chapters (040–043, 021, 023).</summary>
    public const string OrderOperationOutsideOrderChapter = "SCDL305";

    /// <summary>A voted operation is not written as an operation number (digits).</summary>
    public const string OperationNotNumeric = "SCDL306";

    /// <summary>A text cell starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>: a spreadsheet may run it as a formula.</summary>
    public const string FormulaInjection = "SCDL307";

    /// <summary>The column convention the file appears to use (which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> holds the chapter).</summary>
    public const string ColumnConventionDetected = "SCDL308";

    /// <summary>The file appears to use the other column convention than the one it was read with.</summary>
    public const string ColumnConventionMismatch = "SCDL309";

    /// <summary>The file has more rows than Validata, the reference validator, accepts (100,000).</summary>
    public const string TooManyRows = "SCDL310";

    /// <summary>Some records could not be typed: the budget rules and totals leave them out.</summary>
    public const string RecordsNotTyped = "SCDL311";

    /// <summary>Duplicate detection stopped remembering lines after its limit: later repeats of later lines are not seen.</summary>
    public const string DuplicateDetectionLimited = "SCDL312";

    /// <summary>The totals of one section of one document: recettes and dépenses, real and order.</summary>
    public const string SectionTotals = "SCDL320";

    /// <summary>A section of a budget primitif does not balance: recettes differ from dépenses.</summary>
    public const string SectionImbalance = "SCDL321";

    /// <summary>Order operations do not mirror each other (dépenses 040 = recettes 042, 041 = 041, 043 = 043, 023 = 021).</summary>
    public const string OrderAsymmetry = "SCDL322";

    /// <summary>
    /// A line's amounts would take the totals of its document beyond 10^23 euros in absolute value, more than the totals
    /// are kept within: the line is left out of the totals, balance checks and analysis of its document.
    /// </summary>
    public const string TotalOutOfRange = "SCDL323";

    private static FindingDescriptor[] ValidationDescriptors =>
    [
        new(MultipleDocuments, FindingSeverity.Warning, "budget-rule"),
        new(DuplicateLine, FindingSeverity.Warning, "budget-rule"),
        new(AmountNotExpectedForStep, FindingSeverity.Info, "budget-rule"),
        new(OrderChapterInRealOperation, FindingSeverity.Warning, "budget-rule"),
        new(OrderOperationOutsideOrderChapter, FindingSeverity.Warning, "budget-rule"),
        new(OperationNotNumeric, FindingSeverity.Info, "budget-rule"),
        new(FormulaInjection, FindingSeverity.Warning, "budget-rule"),
        new(ColumnConventionDetected, FindingSeverity.Info, "budget-rule"),
        new(ColumnConventionMismatch, FindingSeverity.Warning, "budget-rule"),
        new(TooManyRows, FindingSeverity.Warning, "budget-rule"),
        new(RecordsNotTyped, FindingSeverity.Info, "budget-rule"),
        new(DuplicateDetectionLimited, FindingSeverity.Info, "budget-rule"),
        new(SectionTotals, FindingSeverity.Info, "budget-rule"),
        new(SectionImbalance, FindingSeverity.Warning, "budget-rule"),
        new(OrderAsymmetry, FindingSeverity.Warning, "budget-rule"),
        new(TotalOutOfRange, FindingSeverity.Warning, "budget-rule"),
    ];
}
