using Scdl.Budget.Spreadsheets;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>The parsed values of <see cref="ReadOptions"/>: how to read and validate SCDL CSV files and workbooks.</summary>
internal sealed record ValidationSettings
{
    public required BudgetValidationOptions Options { get; init; }

    /// <summary>Gets how workbooks are read: the worksheet of <c>--sheet</c>, and <c>--no-header</c>.</summary>
    public SpreadsheetReaderOptions Sheet { get; init; } = SpreadsheetReaderOptions.Default;
}
