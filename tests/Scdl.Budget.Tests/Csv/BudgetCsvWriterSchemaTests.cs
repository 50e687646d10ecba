using System.Globalization;
using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Tests.Csv;

/// <summary>A writer cannot produce an invalid file by accident: a line that breaks the schema is refused, or written or left out with its findings, by option.</summary>
public sealed class BudgetCsvWriterSchemaTests
{
    private static BudgetLine Line => Support.Csv.Read(Support.Csv.Header + "\n" + Support.Csv.ValidRow)[0].Line!;

    public static TheoryData<string, string, string> InvalidLines => new()
    {
        { "empty label", FindingCodes.RequiredValueMissing, "BGT_CONTNAT_LABEL" },
        { "no SIRET", FindingCodes.RequiredValueMissing, "BGT_SIRET" },
        { "section not set", FindingCodes.RequiredValueMissing, "BGT_SECTION" },
        { "two-digit year", FindingCodes.InvalidYear, "BGT_ANNEE" },
        { "code too long", FindingCodes.InvalidLength, "BGT_NATURE" },
    };

    private static BudgetLine Break(string how) => how switch
    {
        "empty label" => Line with { AccountLabel = string.Empty },
        "no SIRET" => Line with { Siret = default },
        "section not set" => Line with { Section = default },
        "two-digit year" => Line with { Year = 22 },
        "code too long" => Line with { ChapterCode = "0123456789" },
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    [Theory]
    [MemberData(nameof(InvalidLines))]
    public void Write_LineThatBreaksTheSchema_ThrowsWithItsFindings_ByDefault(string how, string code, string column)
    {
        using var stream = new MemoryStream();
        using var writer = BudgetCsvWriter.Create(stream, leaveOpen: true);
        writer.Write(Line);

        var exception = Should.Throw<InvalidBudgetLineException>(() => writer.Write(Break(how)));

        exception.LineNumber.ShouldBe(3);
        var finding = exception.Findings.ShouldHaveSingleItem();
        (finding.Code, finding.Location).ShouldBe((code, new SourceLocation(3, column)));
        exception.GetMessage(CultureInfo.GetCultureInfo("fr")).ShouldStartWith("La ligne 3 de la sortie ne respecte pas le schéma");
        exception.GetMessage(CultureInfo.GetCultureInfo("en")).ShouldContain(column);
        writer.LinesWritten.ShouldBe(1);
    }

    [Fact]
    public void Write_WriteOption_WritesTheLineAndReportsIt()
    {
        var findings = new List<Finding>();
        var options = new BudgetCsvWriterOptions { InvalidLines = InvalidLineHandling.Write, OnFinding = findings.Add };

        var text = Support.Csv.Write([Line, Line with { AccountLabel = string.Empty, Year = 22 }], options);

        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        findings.Select(f => (f.Code, f.Location)).ShouldBe(
        [
            (FindingCodes.InvalidYear, new SourceLocation(3, "BGT_ANNEE")),
            (FindingCodes.RequiredValueMissing, new SourceLocation(3, "BGT_CONTNAT_LABEL")),
        ]);
    }

    [Fact]
    public void Write_SkipOption_LeavesTheLineOutAndReportsIt()
    {
        var findings = new List<Finding>();
        var options = new BudgetCsvWriterOptions { InvalidLines = InvalidLineHandling.Skip, OnFinding = findings.Add };
        using var stream = new MemoryStream();

        var written = BudgetCsv.Write([Line, Line with { Section = default }, Line], stream, options, leaveOpen: true);

        written.ShouldBe(2);
        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(Support.Csv.Header + "\r\n" + Support.Csv.ValidRow + "\r\n" + Support.Csv.ValidRow + "\r\n");
        findings.ShouldHaveSingleItem().Location.ShouldBe(new SourceLocation(3, "BGT_SECTION"));
    }

    [Fact]
    public void WriteFile_LineThatBreaksTheSchema_LeavesTheDestinationUnchanged()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/out/budget.csv", new MockFileData("before"));

        Should.Throw<InvalidBudgetLineException>(() => BudgetCsv.WriteFile(fileSystem, "/out/budget.csv", [Line, Line with { AuthorityName = string.Empty }]));

        fileSystem.File.ReadAllText("/out/budget.csv").ShouldBe("before");
        fileSystem.Directory.GetFiles("/out").ShouldBe([fileSystem.Path.GetFullPath("/out/budget.csv")]);
    }

    [Fact]
    public async Task WriteAsync_LineThatBreaksTheSchema_Throws() =>
        await Should.ThrowAsync<InvalidBudgetLineException>(async () =>
        {
            using var stream = new MemoryStream();
            await BudgetCsv.WriteAsync(new[] { Line with { ChapterLabel = string.Empty } }.ToAsyncEnumerable(), stream);
        });

    [Fact]
    public void Write_LiteralCompteFinancierUnique_IsAChoiceAndIsWritten() =>
        Support.Csv.Write([Line with { Step = BudgetStep.CompteFinancierUnique }], new BudgetCsvWriterOptions { CfuPolicy = CfuPolicy.Literal })
            .ShouldContain("\r\ncompte financier unique,");

    [Fact]
    public void Write_SiretWhoseCheckDigitFails_ComesOnlyFromReading_AndIsWritten()
    {
        var read = Support.Csv.Read(Support.Csv.Header + "\n" + Support.Csv.ValidRow.Replace("21560046100085", "21560046100086", StringComparison.Ordinal))[0];

        Support.Csv.Write([read.Line!]).ShouldContain(",21560046100086,");
    }

    [Fact]
    public void Write_NegativeZero_KeepsItsSign() =>
        Support.Csv.Write([Line with { MontantVote = decimal.Negate(0.00m), Realisations = decimal.Negate(0.0m) }]).ShouldEndWith(",-0.0,,,,-0.00,,,non spécialisé\r\n");
}
