namespace Scdl.Budget.Web.Tests.Support;

/// <summary>
/// Where the tests keep what people look at afterwards (screenshots, load figures): the directory named by the
/// environment variable <c>SCDL_TEST_ARTIFACTS</c>, else <c>TestResults/web</c> beside the test project (ignored by git).
/// </summary>
internal static class Artifacts
{
    public static string Directory(string kind)
    {
        var root = Environment.GetEnvironmentVariable("SCDL_TEST_ARTIFACTS");
        if (string.IsNullOrEmpty(root))
        {
            var project = new DirectoryInfo(AppContext.BaseDirectory);
            while (project is not null && !File.Exists(Path.Combine(project.FullName, "Scdl.Budget.Web.Tests.csproj")))
            {
                project = project.Parent;
            }

            root = Path.Combine(project?.FullName ?? AppContext.BaseDirectory, "TestResults", "web");
        }

        var directory = Path.Combine(root, kind);
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
