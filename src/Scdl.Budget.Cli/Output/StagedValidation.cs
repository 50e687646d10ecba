using System.IO.Abstractions;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Output;

/// <summary>Validates a file written to its staging path under the name of its destination, as the report shows it.</summary>
internal static class StagedValidation
{
    public static async Task<ValidationReport> ValidateAsync(BudgetValidator validator, IFileSystem fileSystem, string staged, string destination, CancellationToken cancellationToken)
    {
        var stream = fileSystem.File.OpenRead(staged);
        await using (stream.ConfigureAwait(false))
        {
            return await validator.ValidateAsync(stream, fileSystem.Path.GetFileName(destination), leaveOpen: false, onFinding: null, cancellationToken).ConfigureAwait(false);
        }
    }
}
