using System.IO.Abstractions;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Spreadsheets;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// Validates an input of <c>validate</c> or <c>summary</c> with the library: a CSV file with the core's validator, a
/// workbook with the spreadsheet package's, which gives the same report with the spreadsheet's departures among its
/// findings (see <see cref="SpreadsheetInput"/> for which is which).
/// </summary>
internal sealed class FileValidator(ValidationSettings settings)
{
    private readonly BudgetValidator _validator = new(settings.Options);

    public Task<ValidationReport> ValidateAsync(IFileSystem fileSystem, string path, Action<Finding>? onFinding, CancellationToken cancellationToken) =>
        SpreadsheetInput.IsWorkbook(fileSystem, path)
            ? BudgetSpreadsheet.ValidateAsync(fileSystem, path, _validator.Options, settings.Sheet, onFinding, cancellationToken)
            : _validator.ValidateAsync(fileSystem, path, onFinding, cancellationToken);
}
