using System.IO.Abstractions;
using Scdl.Budget.Cli.Batch;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// Decides where each input's output goes and refuses what is unsafe: writing over an input (compared after links,
/// <c>..</c> and case), writing over an existing file without <c>--force</c>, two inputs of a batch writing the same
/// file, or a report written where the converted file goes. Clashes are found up front (<see cref="Plan"/>), so that
/// which file is refused never depends on timing.
/// </summary>
/// <remarks>
/// <c>--output</c> names a file when there is one input, and a directory (created if needed) when there are several
/// or when it is an existing directory or ends with a separator. Without <c>--output</c>, the output goes beside its
/// input, under the name <see cref="OutputNames"/> gives.
/// </remarks>
internal sealed class OutputPlanner
{
    private readonly IFileSystem _fileSystem;
    private readonly string? _output;
    private readonly bool _force;
    private readonly CliText _text;
    private readonly OutputClaims _claims;

    public OutputPlanner(IFileSystem fileSystem, IReadOnlyList<FileJob> jobs, string? output, bool force, CliText text, int? batchSize = null, OutputClaims? claims = null)
    {
        _fileSystem = fileSystem;
        _output = output;
        _force = force;
        _text = text;
        _claims = claims ?? new OutputClaims(fileSystem, jobs);
        JobCount = batchSize ?? jobs.Count;
        DirectoryMode = output is not null
            && (JobCount > 1
                || fileSystem.Directory.Exists(output)
                || output.EndsWith(fileSystem.Path.DirectorySeparatorChar)
                || output.EndsWith(fileSystem.Path.AltDirectorySeparatorChar));
    }

    /// <summary>Gets the number of inputs of the batch (decides whether a path names a file or a directory).</summary>
    public int JobCount { get; }

    /// <summary>Gets a value indicating whether <c>--output</c> is a directory receiving one file per input.</summary>
    public bool DirectoryMode { get; }

    /// <summary>Gets a value indicating whether outputs go to standard output (no <c>--output</c>, for commands that allow it).</summary>
    public bool ToStandardOutput => _output is null;

    /// <summary>Gets what the planners of the batch share.</summary>
    public OutputClaims Claims => _claims;

    /// <summary>
    /// Plans the outputs of a batch up front: every destination of every input (the data file, named
    /// <c>STEM + dataSuffix</c>, and the report), and refuses, whatever the order files are processed in, each input
    /// whose destination is another input, is also another input's destination, or is both its data file and its report.
    /// </summary>
    /// <returns>The destinations planned.</returns>
    public static IReadOnlyList<string> Plan(IFileSystem fileSystem, IReadOnlyList<FileJob> jobs, OutputPlanner data, string? dataSuffix, OutputPlanner reports, Commands.ReportFormat format, CliText text)
    {
        var planned = new List<(FileJob Job, string Destination, string Resolved)>();
        foreach (var job in jobs)
        {
            if (dataSuffix is not null)
            {
                var destination = data.Destination(job, OutputNames.Stem(fileSystem, job.Path) + dataSuffix);
                planned.Add((job, destination, PathIdentity.Resolve(fileSystem, destination)));
            }

            if (!reports.ToStandardOutput)
            {
                var destination = reports.Destination(job, OutputNames.Report(fileSystem, job.Path, format));
                planned.Add((job, destination, PathIdentity.Resolve(fileSystem, destination)));
            }
        }

        var claims = data.Claims;
        for (var i = 0; i < planned.Count; i++)
        {
            var (job, destination, resolved) = planned[i];
            if (claims.InputAt(resolved) is { } input)
            {
                claims.Refuse(job.Index, text.Format("Output.WouldOverwriteInput", destination, input));
            }
            else if (fileSystem.Directory.Exists(resolved))
            {
                claims.Refuse(job.Index, text.Format("Output.IsDirectory", destination));
            }
            else if (!data._force && fileSystem.File.Exists(resolved))
            {
                claims.Refuse(job.Index, text.Format("Output.Exists", destination));
            }

            for (var j = 0; j < i; j++)
            {
                var other = planned[j];
                if (!PathIdentity.SameResolved(fileSystem, other.Resolved, resolved))
                {
                    continue;
                }

                if (other.Job.Index == job.Index)
                {
                    claims.Refuse(job.Index, text.Format("Output.ReportIsOutput", destination));
                }
                else
                {
                    claims.Refuse(other.Job.Index, text.Format("Output.Clash", other.Destination, other.Job.Path, job.Path));
                    claims.Refuse(job.Index, text.Format("Output.Clash", destination, job.Path, other.Job.Path));
                }
            }
        }

        return [.. planned.Select(p => p.Destination)];
    }

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

    /// <summary>Gets a planner that sends everything to standard output (a second output, such as a report, that was not asked for a file).</summary>
    public OutputPlanner ForStandardOutput() => new(_fileSystem, [], null, _force, _text, JobCount, _claims);

    /// <summary>Gets a planner of the same batch for another output (the reports of <c>--report</c>): claims and refusals are shared.</summary>
    public OutputPlanner For(string? output) => new(_fileSystem, [], output, _force, _text, JobCount, _claims);

    /// <summary>Claims a destination for one input, or says why it must not be written.</summary>
    /// <returns><see langword="null"/> when the destination may be written; otherwise the reason, in the user's language.</returns>
    public string? Claim(FileJob job, string destination)
    {
        if (_claims.RefusalOf(job) is { } planned)
        {
            return planned;
        }

        var resolved = PathIdentity.Resolve(_fileSystem, destination);
        if (_claims.InputAt(resolved) is { } input)
        {
            return _text.Format("Output.WouldOverwriteInput", destination, input);
        }

        if (_claims.Claim(resolved, job.Path) is { } owner)
        {
            return string.Equals(owner, job.Path, StringComparison.Ordinal)
                ? _text.Format("Output.ReportIsOutput", destination)
                : _text.Format("Output.Clash", destination, job.Path, owner);
        }

        if (!_force && _fileSystem.File.Exists(resolved))
        {
            return _text.Format("Output.Exists", destination);
        }

        if (_fileSystem.Directory.Exists(resolved))
        {
            return _text.Format("Output.IsDirectory", destination);
        }

        return null;
    }

    /// <summary>Creates the directory of a destination when it does not exist (removed at the end of the batch if nothing was written in it).</summary>
    public void EnsureDirectory(string destination)
    {
        var directory = _fileSystem.Path.GetDirectoryName(_fileSystem.Path.GetFullPath(destination));
        if (!string.IsNullOrEmpty(directory))
        {
            _claims.CreateDirectory(directory);
        }
    }
}
