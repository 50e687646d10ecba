using System.IO.Abstractions;
using Scdl.Budget.Cli.Commands;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// The one rule that names every file written for an input (documented in <c>docs/cli.md</c>): the input's file name
/// without its extension, and without <c>.totem</c> before <c>.xml</c>, is the stem; the converted CSV is
/// <c>STEM.csv</c>, the normalised one <c>STEM.normalized.csv</c>, a report <c>STEM.report.txt|json|html</c>.
/// </summary>
internal static class OutputNames
{
    public static string Stem(IFileSystem fileSystem, string input)
    {
        var name = fileSystem.Path.GetFileName(input);
        if (name.EndsWith(".totem.xml", StringComparison.OrdinalIgnoreCase))
        {
            return name[..^".totem.xml".Length];
        }

        var stem = fileSystem.Path.GetFileNameWithoutExtension(name);
        return stem.Length == 0 ? name : stem;
    }

    public static string Report(IFileSystem fileSystem, string input, ReportFormat format) =>
        Stem(fileSystem, input) + ".report" + ReportOutput.Extension(format);
}
