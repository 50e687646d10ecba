using System.IO.Abstractions;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Batch;

/// <summary>
/// Turns the paths given on the command line into the files of a batch: a file stands for itself, whatever its name; a
/// directory for its files with one of the command's extensions, any case (not recursive, in name order), except the
/// owner files a spreadsheet program leaves beside an open workbook (<c>~$budget.xlsx</c>). A path that does not exist
/// becomes a failed outcome, so the other files are still processed.
/// </summary>
internal static class InputSet
{
    public static (IReadOnlyList<FileJob> Jobs, IReadOnlyList<FileOutcome> Missing) Expand(
        IFileSystem fileSystem, IEnumerable<string> paths, IReadOnlyList<string> extensions, CliText text)
    {
        var files = new List<string>();
        var missing = new List<FileOutcome>();
        foreach (var path in paths)
        {
            if (fileSystem.Directory.Exists(path))
            {
                var found = fileSystem.Directory
                    .EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly)
                    .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                        && !fileSystem.Path.GetFileName(f).StartsWith(SpreadsheetInput.OwnerFilePrefix, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    missing.Add(FileOutcome.Failed(path, text.Format("Input.EmptyDirectory", string.Join('/', extensions))));
                }

                files.AddRange(found);
            }
            else if (fileSystem.File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(FileOutcome.Failed(path, text["Input.Missing"]));
            }
        }

        var unique = files.Distinct(StringComparer.Ordinal).Select((f, i) => new FileJob(i, f)).ToList();
        return (unique, missing);
    }
}
