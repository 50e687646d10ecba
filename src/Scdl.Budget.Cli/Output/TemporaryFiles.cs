using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// The temporary files outputs are written to before they replace their destination. The library and the tool name
/// them alike, <c>.NAME.scdl-PID-GUID.tmp</c> beside the destination NAME, with the id of the process that writes them:
/// a run removes those of its destinations whose process no longer runs (it was killed before it could clean up).
/// </summary>
internal static partial class TemporaryFiles
{
    /// <summary>Gets the name of a temporary file for a destination, written by this process.</summary>
    public static string Name(string destinationName) =>
        string.Create(CultureInfo.InvariantCulture, $".{destinationName}.scdl-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");

    /// <summary>Removes the temporary files that processes no longer running left beside the destinations, saying so on standard error.</summary>
    public static async Task RemoveAbandonedAsync(CliEnvironment environment, CliText text, IEnumerable<string> destinations)
    {
        var fileSystem = environment.FileSystem;
        foreach (var group in destinations.GroupBy(d => fileSystem.Path.GetDirectoryName(fileSystem.Path.GetFullPath(d)) ?? string.Empty, StringComparer.Ordinal))
        {
            if (!fileSystem.Directory.Exists(group.Key))
            {
                continue;
            }

            var names = group.Select(d => fileSystem.Path.GetFileName(d)).ToHashSet(StringComparer.Ordinal);
            foreach (var file in fileSystem.Directory.EnumerateFiles(group.Key, ".*.tmp"))
            {
                if (Destination(fileSystem.Path.GetFileName(file)) is not { } owner || !names.Contains(owner.Name) || owner.Processes.Exists(IsRunning))
                {
                    continue;
                }

                try
                {
                    fileSystem.File.Delete(file);
                    await environment.Error.WriteLineAsync(text.Format("Cleanup.Removed", file)).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    // Another run removed it first.
                }
            }
        }
    }

    /// <summary>
    /// Gets the destination a temporary file was written for and the processes that wrote it, or <see langword="null"/>
    /// when the name is not one of ours. A staged file the library wrote through its own temporary file has two
    /// levels: <c>..NAME.scdl-PID-GUID.tmp.scdl-PID-GUID.tmp</c>.
    /// </summary>
    internal static (string Name, List<int> Processes)? Destination(string fileName)
    {
        var processes = new List<int>();
        var name = fileName;
        for (var match = Pattern().Match(name); match.Success; match = Pattern().Match(name))
        {
            processes.Add(int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture));
            name = match.Groups["name"].Value;
        }

        return processes.Count == 0 ? null : (name, processes);
    }

    /// <summary>Gets a value indicating whether a process of that id runs (this one, or another whose file it might still be writing).</summary>
    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.scdl-(?<pid>\d{1,9})-[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
