using System.Collections.Concurrent;
using System.IO.Abstractions;
using Scdl.Budget.Cli.Batch;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// What the planners of one batch share: the inputs (resolved), the destinations planned up front and the refusals they
/// lead to, the destinations claimed so far, and the directories the batch created.
/// </summary>
internal sealed class OutputClaims
{
    private readonly IFileSystem _fileSystem;
    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _refusals = [];
    private readonly List<string> _created = [];
    private readonly Lock _gate = new();

    public OutputClaims(IFileSystem fileSystem, IReadOnlyList<FileJob> jobs)
    {
        _fileSystem = fileSystem;
        Inputs = [.. jobs.Select(j => (j.Path, Resolved: PathIdentity.Resolve(fileSystem, j.Path)))];
    }

    /// <summary>Gets the inputs of the batch, as given and resolved.</summary>
    public IReadOnlyList<(string Path, string Resolved)> Inputs { get; }

    /// <summary>Gets the input a destination would overwrite, or <see langword="null"/>.</summary>
    public string? InputAt(string resolvedDestination) =>
        Inputs.FirstOrDefault(i => PathIdentity.SameResolved(_fileSystem, i.Resolved, resolvedDestination)).Path;

    /// <summary>Gets the refusal planned up front for a job, or <see langword="null"/>.</summary>
    public string? RefusalOf(FileJob job)
    {
        lock (_gate)
        {
            return _refusals.GetValueOrDefault(job.Index);
        }
    }

    /// <summary>Refuses a job up front (the first reason stays).</summary>
    public void Refuse(int job, string reason)
    {
        lock (_gate)
        {
            _refusals.TryAdd(job, reason);
        }
    }

    /// <summary>Claims a resolved destination for an input; returns the input that claimed it before (possibly this one), or <see langword="null"/>.</summary>
    public string? Claim(string resolvedDestination, string input) =>
        _claimed.TryAdd(resolvedDestination, input) ? null : _claimed[resolvedDestination];

    /// <summary>Creates a directory and those above it that do not exist, remembering which the batch created.</summary>
    public void CreateDirectory(string directory)
    {
        var missing = new Stack<string>();
        for (var current = directory; !string.IsNullOrEmpty(current) && !_fileSystem.Directory.Exists(current); current = _fileSystem.Path.GetDirectoryName(current))
        {
            missing.Push(current);
        }

        lock (_gate)
        {
            foreach (var each in missing)
            {
                if (!_fileSystem.Directory.Exists(each))
                {
                    _fileSystem.Directory.CreateDirectory(each);
                    _created.Add(each);
                }
            }
        }
    }

    /// <summary>Removes the directories the batch created and left empty (every file of theirs failed or was interrupted), deepest first.</summary>
    public void RemoveEmptyCreatedDirectories()
    {
        lock (_gate)
        {
            foreach (var directory in _created.OrderByDescending(d => d.Length))
            {
                try
                {
                    if (_fileSystem.Directory.Exists(directory) && !_fileSystem.Directory.EnumerateFileSystemEntries(directory).Any())
                    {
                        _fileSystem.Directory.Delete(directory);
                    }
                }
                catch (IOException)
                {
                    // Something else wrote there meanwhile: it stays.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            _created.Clear();
        }
    }
}
