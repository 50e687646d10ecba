using System.Globalization;
using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using System.Text.RegularExpressions;
using Scdl.Budget.Csv;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Tests.Docs;

/// <summary>
/// The code of <c>docs/getting-started.md</c> is this code: each snippet between <c>// begin-snippet: NAME</c> and
/// <c>// end-snippet</c> runs here, and the test checks the page shows it verbatim in a <c>csharp</c> block.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The snippets show the interface an application uses.")]
public sealed class GettingStartedTests
{
    [Fact]
    public void WriteYourOwnLines_WritesAValidFile()
    {
        var fileSystem = new MockFileSystem();

        WriteYourOwnLines(fileSystem);

        var report = new BudgetValidator().Validate(fileSystem, "budget-2024.csv");
        report.IsValid.ShouldBeTrue(string.Join("\n", report.Findings));
        report.LinesRead.ShouldBe(2);
    }

    [Fact]
    public void ValidateAndReport_WritesTheHtmlAndSaysWhatIsWrong()
    {
        var fileSystem = Support.Tool.WithTestData("crach-lotissement-boceno-bp2022.yatotem2scdl.csv");
        fileSystem.File.Move(Support.Tool.Path("crach-lotissement-boceno-bp2022.yatotem2scdl.csv"), "budget.csv");
        var output = new StringWriter(CultureInfo.InvariantCulture);

        ValidateAndReport(fileSystem, output);

        output.ToString().ShouldStartWith("budget.csv: not valid, 42 errors in 21 lines\n");
        output.ToString().ShouldContain("7 × BGT_CONTNAT is required but empty. Lines 2, 7, 11, 13-14, 16, 22.\n");
        fileSystem.File.ReadAllText("rapport.html").ShouldContain("Non valide");
    }

    [Theory]
    [InlineData("write-your-own-lines")]
    [InlineData("validate-and-report")]
    public void Snippet_IsTheDocsCode(string name)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "getting-started.md"));
        var blocks = Regex.Matches(doc, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => Normalize(m.Groups[1].Value)).ToList();

        blocks.ShouldContain(Normalize(Snippet(name)), $"docs/getting-started.md does not show the snippet {name} as tested here");
    }

    private static void WriteYourOwnLines(IFileSystem fileSystem)
    {
        // begin-snippet: write-your-own-lines
        var common = new BudgetLine
        {
            Step = BudgetStep.BudgetPrimitif,
            Year = 2024,
            Siret = Siret.Parse("21560046100085"),
            AuthorityName = "CRACH",
            AccountCode = "60611",
            AccountLabel = "Eau et assainissement",
            ChapterCode = "011",
            ChapterLabel = "Charges à caractère général",
            Section = BudgetSection.Fonctionnement,
            OperationKind = OperationKind.Reel,
            Direction = FlowDirection.Depense,
            MontantVote = 1500.50m,
        };
        BudgetLine[] lines =
        [
            common,
            common with { AccountCode = "6068", AccountLabel = "Autres matières et fournitures", MontantVote = 300m },
        ];

        // Canonical CSV (UTF-8, comma, the 22 columns in order), written atomically.
        BudgetCsv.WriteFile(fileSystem, "budget-2024.csv", lines);
        // end-snippet
    }

    private static void ValidateAndReport(IFileSystem fileSystem, TextWriter output)
    {
        // begin-snippet: validate-and-report
        var english = CultureInfo.GetCultureInfo("en");
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var validator = new BudgetValidator(new BudgetValidationOptions { ColumnConvention = ColumnConvention.TotemConverters });
        var report = validator.Validate(fileSystem, "budget.csv");

        output.Write($"{report.Source}: {(report.IsValid ? "valid" : "not valid")}, {report.Findings.ErrorCount} errors in {report.LinesRead} lines\n");
        foreach (var group in report.Findings.Groups.Where(g => g.Severity == FindingSeverity.Error).Take(3))
        {
            // Findings that differ only by their line are one group, with its lines.
            output.Write($"{group.Count} × {group.Finding.GetMessage(english)} Lines {string.Join(", ", group.Lines)}.\n");
        }

        // The same report for people: one self-contained HTML page, in French.
        using var page = fileSystem.File.CreateText("rapport.html");
        HtmlReport.Write(page, report, new ReportOptions { Culture = french });
        // end-snippet
    }

    private static string Snippet(string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Scdl.Budget.Cli.Tests", "Docs", "GettingStartedTests.cs"));
        var marker = "// begin-snippet: " + name + "\n";
        var start = source.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var end = source.IndexOf("// end-snippet", start, StringComparison.Ordinal);
        return source[start..end];
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scdl.Budget.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
