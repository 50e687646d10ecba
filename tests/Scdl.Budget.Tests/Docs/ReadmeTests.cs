using System.IO.Abstractions.TestingHelpers;
using System.Text.RegularExpressions;

namespace Scdl.Budget.Tests.Docs;

/// <summary>The quick start of the README is this code: the test runs it and checks the README shows it verbatim.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void QuickStart_RunsAndIsTheReadmesCode()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("budget.csv", new MockFileData(Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\n" + Support.Csv.ValidRow.Replace("2022", "22", StringComparison.Ordinal)));
        var output = new StringWriter();

        QuickStart(fileSystem, output);

        output.ToString().ShouldBe(
            "2 records, 1 typed lines written\n" +
            "SCDL203 at line 3, BGT_ANNEE: '22' is not a year for BGT_ANNEE: 4 digits are expected, such as 2024.\n");
        fileSystem.File.ReadAllText("canonical.csv").ShouldStartWith("BGT_NATDEC,");

        var readme = File.ReadAllText(Path.Combine(Conventions.FindingCodeTests.RepositoryRoot(), "README.md"));
        var block = Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Normalize(block).ShouldBe(Normalize(Snippet()));
    }

    private static void QuickStart(System.IO.Abstractions.IFileSystem fileSystem, TextWriter output)
    {
        // begin-snippet
        var english = System.Globalization.CultureInfo.GetCultureInfo("en");
        var findings = new List<Finding>();
        var lines = new List<BudgetLine>();
        foreach (var record in Scdl.Budget.Csv.BudgetCsv.Read(fileSystem, "budget.csv"))
        {
            if (record.Line is { } line)
            {
                lines.Add(line); // a typed line: codes as strings, amounts as decimal
            }

            findings.AddRange(record.Findings); // what is wrong, with its line and column
        }

        Scdl.Budget.Csv.BudgetCsv.WriteFile(fileSystem, "canonical.csv", lines); // atomic, canonical
        output.Write($"{findings.Count + lines.Count} records, {lines.Count} typed lines written\n");
        foreach (var finding in findings)
        {
            output.Write($"{finding.Code} at line {finding.Location.Line}, {finding.Location.Column}: {finding.GetMessage(english)}\n");
        }

        // end-snippet
    }

    private static string Snippet()
    {
        var source = File.ReadAllText(Path.Combine(Conventions.FindingCodeTests.RepositoryRoot(), "tests", "Scdl.Budget.Tests", "Docs", "ReadmeTests.cs"));
        var start = source.IndexOf("// begin-snippet", StringComparison.Ordinal) + "// begin-snippet".Length;
        var end = source.IndexOf("// end-snippet", StringComparison.Ordinal);
        return source[start..end];
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
