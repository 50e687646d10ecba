using System.Globalization;
using System.IO.Abstractions;

namespace Scdl.Budget.Internal;

/// <summary>Writes a file beside its destination, then moves it over the destination, so that no partial file is ever left.</summary>
internal static class AtomicFile
{
    public static T Write<T>(IFileSystem fileSystem, string path, Func<Stream, T> write)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        var temporary = TemporaryPath(fileSystem, path);
        try
        {
            T result;
            using (var stream = fileSystem.File.Create(temporary))
            {
                result = write(stream);
                stream.Flush();
            }

            fileSystem.File.Move(temporary, path, overwrite: true);
            return result;
        }
        catch
        {
            TryDelete(fileSystem, temporary);
            throw;
        }
    }

    public static async Task<T> WriteAsync<T>(IFileSystem fileSystem, string path, Func<Stream, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        var temporary = TemporaryPath(fileSystem, path);
        try
        {
            T result;
            var stream = fileSystem.File.Create(temporary);
            await using (stream.ConfigureAwait(false))
            {
                result = await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            fileSystem.File.Move(temporary, path, overwrite: true);
            return result;
        }
        catch
        {
            TryDelete(fileSystem, temporary);
            throw;
        }
    }

    /// <summary>
    /// Gets the name of a temporary file for a destination: hidden, beside it, and recognisable with the process that
    /// writes it (<c>.NAME.scdl-PID-GUID.tmp</c>), so that what a killed process left can be found and removed.
    /// </summary>
    internal static string TemporaryName(string destinationName) =>
        string.Create(CultureInfo.InvariantCulture, $".{destinationName}.scdl-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");

    private static string TemporaryPath(IFileSystem fileSystem, string path)
    {
        var full = fileSystem.Path.GetFullPath(path);
        var directory = fileSystem.Path.GetDirectoryName(full) ?? string.Empty;
        return fileSystem.Path.Combine(directory, TemporaryName(fileSystem.Path.GetFileName(full)));
    }

    private static void TryDelete(IFileSystem fileSystem, string path)
    {
        try
        {
            if (fileSystem.File.Exists(path))
            {
                fileSystem.File.Delete(path);
            }
        }
        catch (IOException)
        {
            // The original failure matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
