namespace Scdl.Budget.Docs.Tests.Support;

/// <summary>Finds the repository the tests run from, and its Markdown pages.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the pages whose code people copy: the README, every page of docs/, and each package's README.</summary>
    public static IEnumerable<string> MarkdownPages() =>
        new[] { Path.Combine(Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Concat(PackageReadmes());

    /// <summary>Gets the README of each package (<c>src/*/PACKAGE.md</c>, shipped as the package's README.md).</summary>
    public static IEnumerable<string> PackageReadmes() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "PACKAGE.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scdl.Budget.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Scdl.Budget.sln not found above the test's directory.");
    }
}
