using System.IO.Abstractions;
using System.Text;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// Writes a text file atomically: into a temporary file beside the destination, moved over it only once complete.
/// On failure the temporary file is removed and the destination is untouched.
/// </summary>
internal static class AtomicText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(IFileSystem fileSystem, string path, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        var full = fileSystem.Path.GetFullPath(path);
        var directory = fileSystem.Path.GetDirectoryName(full) ?? string.Empty;
        var temporary = fileSystem.Path.Combine(directory, TemporaryFiles.Name(fileSystem.Path.GetFileName(full)));
        try
        {
            var stream = fileSystem.File.Create(temporary);
            await using (stream.ConfigureAwait(false))
            {
                var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
                await using (writer.ConfigureAwait(false))
                {
                    await write(writer).ConfigureAwait(false);
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            fileSystem.File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            if (fileSystem.File.Exists(temporary))
            {
                fileSystem.File.Delete(temporary);
            }

            throw;
        }
    }
}
