using Scdl.Budget.Normalization;
using Scdl.Budget.Spreadsheets.Internal;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Spreadsheets;

/// <summary>
/// Validates and normalises SCDL Budget data held in an <c>.xlsx</c> workbook, as the core does for CSV: validation returns
/// the core's <see cref="ValidationReport"/>, with the spreadsheet's departures among its findings (the file is not valid:
/// the standard is a CSV file, <c>SCDL620</c>); normalisation writes the standard CSV, atomically, which is the way from a
/// workbook to a valid file.
/// </summary>
/// <remarks>
/// Both read the worksheet with a <see cref="BudgetSpreadsheetReader"/>: the tolerant CSV reader's typing, by sheet row and
/// column header, streaming. The spreadsheet options choose the worksheet and the limits; the schema version and the column
/// convention are those of the validation or normalisation options, as for CSV.
/// </remarks>
/// <example>
/// <code>
/// var report = BudgetSpreadsheet.Validate(fileSystem, "budget.xlsx");
/// var result = BudgetSpreadsheet.Normalize(fileSystem, "budget.xlsx", "budget.csv");
/// Console.WriteLine($"{report.ErrorCount} errors; {result.LinesWritten} lines written, {result.UnresolvedCount} problems left");
/// </code>
/// </example>
public static partial class BudgetSpreadsheet
{
    /// <summary>
    /// Tells whether the first bytes of a file are those of a file this package reads or recognises: a ZIP package (an
    /// <c>.xlsx</c> workbook; also an OpenDocument <c>.ods</c>, refused with <c>SCDL632</c>, or a damaged workbook,
    /// <c>SCDL633</c>) or an OLE compound document (an Excel 97-2003 <c>.xls</c>, <c>SCDL632</c>, or an encrypted workbook,
    /// <c>SCDL631</c>). A caller that takes several kinds of input (a CSV file, a workbook) sends such a file to the
    /// spreadsheet reader, whatever its name, so that what cannot be read is said in its own words and not as text that
    /// holds binary data.
    /// </summary>
    /// <param name="firstBytes">The first 8 bytes of the file, or all of it when it is shorter; more are ignored.</param>
    /// <returns><see langword="true"/> when the bytes start with the signature of a ZIP package or of an OLE compound document.</returns>
    /// <remarks>Nothing but the signature is checked: whether the package holds a workbook is the reader's business.</remarks>
    public static bool HasSpreadsheetSignature(ReadOnlySpan<byte> firstBytes) => PackageGuard.HasSignature(firstBytes);

    private static SpreadsheetReaderOptions ForValidation(SpreadsheetReaderOptions? options, BudgetValidationOptions validation) =>
        (options ?? SpreadsheetReaderOptions.Default) with { ColumnConvention = validation.ColumnConvention, SchemaVersion = validation.SchemaVersion };

    private static SpreadsheetReaderOptions ForNormalization(SpreadsheetReaderOptions? options, NormalizationOptions normalization) =>
        (options ?? SpreadsheetReaderOptions.Default) with { ColumnConvention = normalization.Reader.ColumnConvention, SchemaVersion = normalization.Reader.SchemaVersion };

    /// <summary>Moves the change of the header from its line in the CSV text fed to the reader to its sheet row.</summary>
    private static CellChange Relocate(CellChange change, BudgetSpreadsheetReader reader) =>
        change.Column is null && change.Line > 0 && change.Line == reader.Csv.HeaderLineNumber ? change with { Line = reader.HeaderRowNumber } : change;

    /// <summary>The options of the core's normalisation run, whose changes are passed on relocated.</summary>
    private static NormalizationOptions RunOptions(NormalizationOptions options, Func<BudgetSpreadsheetReader?> reader) =>
        options.OnChange is { } onChange ? options with { OnChange = change => onChange(reader() is { } r ? Relocate(change, r) : change) } : options;

    /// <summary>The result of the run, for a workbook: changes relocated, no CSV dialect (the departures of the format category, which the CSV no longer has, are not unresolved).</summary>
    private static NormalizationResult Result(NormalizationResult result, BudgetSpreadsheetReader reader) =>
        new(null, [], result.LinesWritten, result.ChangeCount, [.. result.Changes.Select(c => Relocate(c, reader))], result.Findings);

    /// <summary>Adds the findings of the sheet reader's own record, if one came before, to the CSV reader's record.</summary>
    private static BudgetRecord Merge(ref IReadOnlyList<Finding>? pending, BudgetRecord record)
    {
        if (pending is null)
        {
            return record;
        }

        var merged = new BudgetRecord(record.Line, record.LineNumber, [.. pending, .. record.Findings], record.Kind, record.Source);
        pending = null;
        return merged;
    }

    /// <summary>Feeds a record to the validation run, which takes it for what it says it is (only data records are counted).</summary>
    private static void Observe(ValidationRun run, BudgetSpreadsheetReader reader, BudgetRecord record, List<Finding> buffer)
    {
        run.Columns ??= reader.Header;
        run.OnRecord(record, readerCheckedSchema: true, buffer, reader.CurrentHash);
    }
}
