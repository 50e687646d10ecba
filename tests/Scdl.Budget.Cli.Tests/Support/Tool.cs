using System.Globalization;
using System.IO.Abstractions.TestingHelpers;

namespace Scdl.Budget.Cli.Tests.Support;

/// <summary>Runs the tool in memory: a <see cref="MockFileSystem"/>, captured output, a fixed language.</summary>
internal static class Tool
{
    public const string Valid =
        "BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE\n"
        + "budget primitif,2022,21560046100085,CRACH,60611,Eau et assainissement,011,Charges à caractère général,,,,fonctionnement,réel,dépense,,,,,1500.50,,,non spécialisé\n";

    public static Task<CliResult> RunAsync(MockFileSystem fileSystem, params string[] args) =>
        RunAsync((System.IO.Abstractions.IFileSystem)fileSystem, args);

    /// <summary>Runs the tool on any file system (the real one, for what only it has: symbolic links, signals).</summary>
    public static async Task<CliResult> RunAsync(System.IO.Abstractions.IFileSystem fileSystem, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var environment = new CliEnvironment
        {
            FileSystem = fileSystem,
            Out = output,
            Error = error,
            DefaultCulture = CultureInfo.GetCultureInfo("en"),
            DefaultParallelism = 2,
            HelpWidth = 100,
        };
        var exitCode = await CliApplication.RunAsync(args, environment);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A file system holding the given files, each read from the test data folder.</summary>
    public static MockFileSystem WithTestData(params string[] names)
    {
        var fileSystem = new MockFileSystem();
        foreach (var name in names)
        {
            fileSystem.AddFile(Path(name), new MockFileData(File.ReadAllBytes(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name))));
        }

        return fileSystem;
    }

    /// <summary>The path a test data file gets in the mock file system.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Root, "data", name);

    public static string Root => OperatingSystem.IsWindows() ? @"C:\work" : "/work";
}
