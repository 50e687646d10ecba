using System.IO.Abstractions;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Batch;

/// <summary>
/// Turns the paths given on the command line into the files of a batch: a file stands for itself, a directory for
/// its files with the command's extension (not recursive, in name order). A path that does not exist becomes a
/// failed outcome, so the other files are still processed.
/// </summary>
internal static class InputSet
{
    public static (IReadOnlyList<FileJob> Jobs, IReadOnlyList<FileOutcome> Missing) Expand(
        IFileSystem fileSystem, IEnumerable<string> paths, string extension, CliText text)
    {
        var files = new List<string>();
        var missing = new List<FileOutcome>();
        foreach (var path in paths)
        {
            if (fileSystem.Directory.Exists(path))
            {
                var found = fileSystem.Directory
                    .EnumerateFiles(path, "*" + extension, SearchOption.TopDirectoryOnly)
                    .Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    missing.Add(FileOutcome.Failed(path, text.Format("Input.EmptyDirectory", extension)));
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
