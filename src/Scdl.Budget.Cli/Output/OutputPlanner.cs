using System.Collections.Concurrent;
using System.IO.Abstractions;
using Scdl.Budget.Cli.Batch;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// Decides where each input's output goes and refuses what is unsafe: writing over an input, writing over an
/// existing file without <c>--force</c>, or two inputs of a batch writing the same file.
/// </summary>
/// <remarks>
/// <c>--output</c> names a file when there is one input, and a directory (created if needed) when there are several
/// or when it is an existing directory or ends with a separator. Without <c>--output</c>, the output goes beside its
/// input, under the default name the command gives.
/// </remarks>
internal sealed class OutputPlanner
{
    private readonly IFileSystem _fileSystem;
    private readonly string? _output;
    private readonly bool _force;
    private readonly CliText _text;
    private readonly HashSet<string> _inputs;
    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.Ordinal);

    public OutputPlanner(IFileSystem fileSystem, IReadOnlyList<FileJob> jobs, string? output, bool force, CliText text)
    {
        _fileSystem = fileSystem;
        _output = output;
        _force = force;
        _text = text;
        _inputs = new HashSet<string>(jobs.Select(j => fileSystem.Path.GetFullPath(j.Path)), StringComparer.Ordinal);
        DirectoryMode = output is not null
            && (jobs.Count > 1
                || fileSystem.Directory.Exists(output)
                || output.EndsWith(fileSystem.Path.DirectorySeparatorChar)
                || output.EndsWith(fileSystem.Path.AltDirectorySeparatorChar));
    }

    /// <summary>Gets a value indicating whether <c>--output</c> is a directory receiving one file per input.</summary>
    public bool DirectoryMode { get; }

    /// <summary>Gets a value indicating whether outputs go to standard output (no <c>--output</c>, for commands that allow it).</summary>
    public bool ToStandardOutput => _output is null;

    /// <summary>Gets the destination of one input's output.</summary>
    /// <param name="job">The input.</param>
    /// <param name="defaultName">The file name to use beside the input or in the output directory.</param>
    public string Destination(FileJob job, string defaultName)
    {
        if (_output is null)
        {
            var directory = _fileSystem.Path.GetDirectoryName(_fileSystem.Path.GetFullPath(job.Path)) ?? string.Empty;
            return _fileSystem.Path.Combine(directory, defaultName);
        }

        return DirectoryMode ? _fileSystem.Path.Combine(_output, defaultName) : _output;
    }

    /// <summary>Claims a destination for one input, or says why it must not be written.</summary>
    /// <returns><see langword="null"/> when the destination may be written; otherwise the reason, in the user's language.</returns>
    public string? Claim(FileJob job, string destination)
    {
        var full = _fileSystem.Path.GetFullPath(destination);
        if (_inputs.Contains(full))
        {
            return _text.Format("Output.WouldOverwriteInput", destination);
        }

        if (!_claimed.TryAdd(full, job.Path))
        {
            return _text.Format("Output.AlreadyWritten", destination, _claimed[full]);
        }

        if (!_force && _fileSystem.File.Exists(full))
        {
            return _text.Format("Output.Exists", destination);
        }

        if (_fileSystem.Directory.Exists(full))
        {
            return _text.Format("Output.IsDirectory", destination);
        }

        return null;
    }

    /// <summary>Creates the directory of a destination when it does not exist.</summary>
    public void EnsureDirectory(string destination)
    {
        var directory = _fileSystem.Path.GetDirectoryName(_fileSystem.Path.GetFullPath(destination));
        if (!string.IsNullOrEmpty(directory) && !_fileSystem.Directory.Exists(directory))
        {
            _fileSystem.Directory.CreateDirectory(directory);
        }
    }
}
