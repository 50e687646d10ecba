using System.IO.Abstractions.TestingHelpers;

namespace Scdl.Budget.Extensions.DependencyInjection.Tests.Support;

public static class TestFiles
{
    /// <summary>A mock file system holding the named files of TestData at the root.</summary>
    public static MockFileSystem With(params string[] names)
    {
        var fileSystem = new MockFileSystem();
        foreach (var name in names)
        {
            fileSystem.AddFile(name, new MockFileData(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name))));
        }

        return fileSystem;
    }
}
