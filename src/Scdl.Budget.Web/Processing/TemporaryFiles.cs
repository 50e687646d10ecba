using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using Scdl.Budget.Web.Hosting;

namespace Scdl.Budget.Web.Processing;

/// <summary>
/// Creates the temporary files that hold an upload read twice or an output validated before it is sent. Each is
/// deleted whatever happens: on Linux and macOS its name is removed as soon as it is open (the data lives only as long
/// as the open stream, even if the process is killed); on Windows the system deletes it when the stream closes.
/// </summary>
internal sealed class TemporaryFiles(IFileSystem fileSystem, IOptions<WebOptions> options)
{
    /// <summary>The prefix of the temporary files' names, so that they are recognisable.</summary>
    public const string Prefix = "scdl-web-";

    /// <summary>Creates an empty temporary file, open for reading and writing; disposing the stream deletes it.</summary>
    public Stream Create()
    {
        var directory = options.Value.TempDirectory ?? fileSystem.Path.GetTempPath();
        var path = fileSystem.Path.Combine(directory, Prefix + Guid.NewGuid().ToString("N") + ".tmp");
        var windows = OperatingSystem.IsWindows();
        var stream = fileSystem.FileStream.New(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous | (windows ? FileOptions.DeleteOnClose : FileOptions.None));
        if (!windows)
        {
            try
            {
                fileSystem.File.Delete(path);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        return stream;
    }
}
