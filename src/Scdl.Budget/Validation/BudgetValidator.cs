using System.IO.Abstractions;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Validation;

/// <summary>
/// Validates SCDL Budget data: a CSV file or stream, records from a reader, or a caller's own typed lines. It
/// reports the schema findings (the CSV reader's, or the same rules run on typed lines) and the budget rules
/// (one document per file, duplicates, amounts of the step, order chapters, text cells, column convention,
/// totals and balance), streaming: memory does not grow with the number of lines.
/// </summary>
/// <remarks>
/// <para>
/// Two ways to consume a validation: <c>EnumerateFindings</c> yields every finding as it is found;
/// <c>Validate</c> returns a <see cref="ValidationReport"/> (counts, the first findings, the budget summary) and can
/// also hand each finding to a callback as it is found. Input that cannot be read at all (an
/// <see cref="ScdlFormatException"/> of the reader) becomes an error finding; it never escapes. I/O errors of the
/// file system (a missing file) do.
/// </para>
/// <para>A validator is immutable and can be shared; each call is an independent run.</para>
/// </remarks>
/// <example>
/// <code>
/// var validator = new BudgetValidator(new BudgetValidationOptions { ColumnConvention = ColumnConvention.TotemConverters });
/// var report = validator.Validate(fileSystem, "budget.csv");
/// TextReport.Write(Console.Out, report);
/// </code>
/// </example>
public sealed partial class BudgetValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BudgetValidationOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit of the options is negative.</exception>
    public BudgetValidator(BudgetValidationOptions? options = null)
    {
        Options = options ?? BudgetValidationOptions.Default;
        if (Options.MaxFindingsKept < 0 || Options.DuplicateDetectionLimit < 0 || Options.SchemaVersion is null || Options.Analysis is { TopFunctions: < 0 })
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The limits of the validation options (and of their analysis) cannot be negative, and a schema version is required.");
        }
    }

    /// <summary>Gets the options.</summary>
    public BudgetValidationOptions Options { get; }

    private static string SourceName(IFileSystem fileSystem, string path) => fileSystem.Path.GetFileName(path);

    private BudgetCsvReader OpenReader(IFileSystem fileSystem, string path) =>
        BudgetCsvReader.Open(fileSystem, path, Options.EffectiveReaderOptions());

    private BudgetCsvReader CreateReader(Stream stream, bool leaveOpen) =>
        BudgetCsvReader.Create(stream, Options.EffectiveReaderOptions(), leaveOpen);
}
