using System.IO.Abstractions.TestingHelpers;
using System.Text.RegularExpressions;
using Scdl.Budget.Spreadsheets.Tests.Support;
using Scdl.Budget.Validation;
using static Scdl.Budget.Spreadsheets.Tests.Support.TestSheets;

namespace Scdl.Budget.Spreadsheets.Tests.Docs;

/// <summary>The example of docs/spreadsheets.md is this code: the test runs it and checks the page shows it verbatim.</summary>
public sealed class SpreadsheetsDocTests
{
    [Fact]
    public void Example_RunsAndIsTheDocsCode()
    {
        var workbook = Workbooks.Build(("Notes", [[XCell.Text("x")]]), ("BP 2024", [Header(), Row(("BGT_SIRET", XCell.Number("21560046100085")))]));
        var fileSystem = new MockFileSystem(new Dictionary<string, MockFileData> { ["budget.xlsx"] = new(workbook) });
        var output = new StringWriter();

        Example(fileSystem, output);

        output.ToString().ShouldStartWith("SCDL620 Error at 0: ");
        output.ToString().ShouldContain("SCDL622 Warning at 2:BGT_SIRET: ");
        output.ToString().ShouldEndWith("1 errors; 1 lines written, 1 problems left" + Environment.NewLine);
        fileSystem.File.ReadAllText("budget.csv").ShouldContain(",21560046100085,");

        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "spreadsheets.md"));
        var block = Regex.Match(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Normalize(block).ShouldBe(Normalize(Snippet()));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scdl.Budget.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Scdl.Budget.sln not found above the test's directory.");
    }

    private static void Example(System.IO.Abstractions.IFileSystem fileSystem, TextWriter output)
    {
        // begin-snippet
        var sheet = new SpreadsheetReaderOptions { SheetName = "BP 2024" }; // or none: the first visible worksheet

        // Records, as from the CSV reader, located by sheet row and column header.
        using (var reader = BudgetSpreadsheetReader.Open(fileSystem, "budget.xlsx", sheet))
        {
            foreach (var record in reader.ReadRecords()) // or ReadRecordsAsync
            {
                foreach (var finding in record.Findings)
                {
                    output.WriteLine(finding); // SCDL622 Warning at 2:BGT_SIRET: The cell of BGT_SIRET holds the number…
                }
            }
        }

        // The core's ValidationReport, the spreadsheet's departures among its findings.
        var report = BudgetSpreadsheet.Validate(fileSystem, "budget.xlsx", new BudgetValidationOptions { ColumnConvention = ColumnConvention.Schema }, sheet);

        // The standard CSV, written atomically (a temporary file moved over the destination once complete).
        var result = BudgetSpreadsheet.Normalize(fileSystem, "budget.xlsx", "budget.csv", sheet: sheet);
        output.WriteLine($"{report.Findings.ErrorCount} errors; {result.LinesWritten} lines written, {result.UnresolvedCount} problems left");

        // end-snippet
    }

    private static string Snippet()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Scdl.Budget.Spreadsheets.Tests", "Docs", "SpreadsheetsDocTests.cs"));
        var start = source.IndexOf("// begin-snippet", StringComparison.Ordinal) + "// begin-snippet".Length;
        var end = source.IndexOf("// end-snippet", StringComparison.Ordinal);
        return source[start..end];
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
