using System.IO.Abstractions;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// The files one input's processing writes, held back until all of them are complete: each is written to a temporary
/// file beside its destination (<see cref="Stage"/>) and moved over it only when the input's processing has ended
/// without failure or interruption (<see cref="Commit"/>). Otherwise the temporary files are removed and every
/// destination is left as it was (<see cref="Discard"/>).
/// </summary>
internal sealed class StagedOutputs(IFileSystem fileSystem)
{
    private readonly List<(string Temporary, string Destination)> _staged = [];
    private readonly Lock _gate = new();

    /// <summary>Gets the temporary path to write a destination's content to.</summary>
    public string Stage(string destination)
    {
        var full = fileSystem.Path.GetFullPath(destination);
        var temporary = fileSystem.Path.Combine(fileSystem.Path.GetDirectoryName(full) ?? string.Empty, TemporaryFiles.Name(fileSystem.Path.GetFileName(full)));
        lock (_gate)
        {
            _staged.Add((temporary, full));
        }

        return temporary;
    }

    /// <summary>Moves every staged file that was written over its destination, unless the run is being interrupted.</summary>
    public void Commit(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (temporary, destination) in _staged.Where(s => fileSystem.File.Exists(s.Temporary)))
            {
                fileSystem.File.Move(temporary, destination, overwrite: true);
            }

            _staged.Clear();
        }
    }

    /// <summary>Removes the staged files not committed.</summary>
    public void Discard()
    {
        lock (_gate)
        {
            foreach (var (temporary, _) in _staged)
            {
                try
                {
                    if (fileSystem.File.Exists(temporary))
                    {
                        fileSystem.File.Delete(temporary);
                    }
                }
                catch (IOException)
                {
                    // The failure that led here matters more.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            _staged.Clear();
        }
    }
}
