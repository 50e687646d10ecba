using System.IO.Abstractions;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// Tells whether two paths name the same file: after <c>..</c>, symbolic links (of the file and of every directory on
/// the way) and, where the file system ignores case, case.
/// </summary>
internal static class PathIdentity
{
    /// <summary>Links followed at most, as the operating systems do (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>Gets the path with every symbolic link on the way replaced by what it points to.</summary>
    public static string Resolve(IFileSystem fileSystem, string path) => Resolve(fileSystem, path, 0);

    /// <summary>Gets a value indicating whether the two paths name the same file (or would, once written).</summary>
    public static bool SameFile(IFileSystem fileSystem, string left, string right) =>
        SameResolved(fileSystem, Resolve(fileSystem, left), Resolve(fileSystem, right));

    /// <summary>Compares two paths already resolved by <see cref="Resolve(IFileSystem, string)"/>.</summary>
    public static bool SameResolved(IFileSystem fileSystem, string left, string right) =>
        string.Equals(left, right, StringComparison.Ordinal)
        || (string.Equals(left, right, StringComparison.OrdinalIgnoreCase) && (IgnoresCase(fileSystem, left) || IgnoresCase(fileSystem, right)));

    private static string Resolve(IFileSystem fileSystem, string path, int links)
    {
        var full = fileSystem.Path.GetFullPath(path);
        var root = fileSystem.Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var parts = full[root.Length..].Split([fileSystem.Path.DirectorySeparatorChar, fileSystem.Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = fileSystem.Path.Combine(current, part);
            IFileSystemInfo? info = fileSystem.Directory.Exists(next) ? fileSystem.DirectoryInfo.New(next)
                : fileSystem.File.Exists(next) ? fileSystem.FileInfo.New(next)
                : null;
            if (info?.LinkTarget is not null && links < MaxLinks && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Resolve(fileSystem, target.FullName, links + 1);
            }
            else
            {
                current = next;
            }
        }

        return current;
    }

    /// <summary>
    /// Gets a value indicating whether the file system of an existing file ignores case there: the name with its letters'
    /// case swapped finds a file, and no file of the directory has that name exactly.
    /// </summary>
    private static bool IgnoresCase(IFileSystem fileSystem, string path)
    {
        var name = fileSystem.Path.GetFileName(path);
        var swapped = new string([.. name.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]);
        var directory = fileSystem.Path.GetDirectoryName(path);
        if (string.Equals(swapped, name, StringComparison.Ordinal) || directory is null || !fileSystem.File.Exists(fileSystem.Path.Combine(directory, swapped)))
        {
            return false;
        }

        return !fileSystem.Directory.EnumerateFileSystemEntries(directory)
            .Any(entry => string.Equals(fileSystem.Path.GetFileName(entry), swapped, StringComparison.Ordinal));
    }
}
