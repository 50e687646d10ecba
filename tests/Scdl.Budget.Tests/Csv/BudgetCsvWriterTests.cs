using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Support;

namespace Scdl.Budget.Tests.Csv;

public sealed class BudgetCsvWriterTests
{
    private static BudgetLine Line => Support.Csv.Read(Support.Csv.Header + "\n" + Support.Csv.ValidRow)[0].Line!;

    [Fact]
    public void Write_CanonicalOutput_IsApproved()
    {
        var lines = SampleLines.Generate(2026, 12).ToList();
        Support.Csv.Write(lines, new BudgetCsvWriterOptions { LineEnding = LineEnding.Lf }).ShouldMatchApproved(o => o.WithDiscriminator("canonical").NoDiff());
    }

    [Fact]
    public void Write_IsUtf8WithoutBomCommaCrLfAndSchemaHeader()
    {
        using var stream = new MemoryStream();
        BudgetCsv.Write([Line], stream, leaveOpen: true);
        var bytes = stream.ToArray();

        bytes.Take(3).ShouldNotBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes).ShouldBe(Support.Csv.Header + "\r\n" + Support.Csv.ValidRow + "\r\n");
    }

    [Fact]
    public void Write_Lf_EndsLinesWithLf() =>
        Support.Csv.Write([Line], new BudgetCsvWriterOptions { LineEnding = LineEnding.Lf }).ShouldBe(Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\n");

    [Fact]
    public void Write_NoLines_WritesTheHeader() => Support.Csv.Write([]).ShouldBe(Support.Csv.Header + "\r\n");

    [Fact]
    public void Write_QuotesOnlyWhereNeeded()
    {
        var line = Line with { AccountLabel = "Autres honoraires, conseils", ChapterLabel = "Dit \"X\"", AuthorityName = "=CMD()" };
        var text = Support.Csv.Write([line]);
        text.ShouldContain(",\"Autres honoraires, conseils\",");
        text.ShouldContain(",\"Dit \"\"X\"\"\",");
        text.ShouldContain(",=CMD(),");
    }

    [Theory]
    [InlineData(CfuPolicy.AsCompteAdministratif, "compte administratif,")]
    [InlineData(CfuPolicy.Literal, "compte financier unique,")]
    public void Write_CompteFinancierUnique_FollowsThePolicy(CfuPolicy policy, string expectedStart)
    {
        var text = Support.Csv.Write([Line with { Step = BudgetStep.CompteFinancierUnique }], new BudgetCsvWriterOptions { CfuPolicy = policy });
        text.Split("\r\n")[1].ShouldStartWith(expectedStart);
    }

    [Fact]
    public void Write_UnsetEnum_Throws() =>
        Should.Throw<ArgumentException>(() => Support.Csv.Write([Line with { Section = default }]));

    [Fact]
    public void WriteFile_ReplacesTheDestinationAtomically()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/out/budget.csv", new MockFileData("old"));

        BudgetCsv.WriteFile(fileSystem, "/out/budget.csv", [Line]).ShouldBe(1);

        fileSystem.File.ReadAllText("/out/budget.csv").ShouldStartWith("BGT_NATDEC,");
        fileSystem.Directory.GetFiles("/out").ShouldBe([fileSystem.Path.GetFullPath("/out/budget.csv")]);
    }

    [Fact]
    public void WriteFile_FailureMidway_LeavesNoPartialFileAndKeepsTheOldOne()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/out/budget.csv", new MockFileData("old"));

        Should.Throw<InvalidOperationException>(() => BudgetCsv.WriteFile(fileSystem, "/out/budget.csv", Failing()));

        fileSystem.File.ReadAllText("/out/budget.csv").ShouldBe("old");
        fileSystem.Directory.GetFiles("/out").Length.ShouldBe(1);

        static IEnumerable<BudgetLine> Failing()
        {
            yield return Line;
            throw new InvalidOperationException("source failed");
        }
    }

    [Fact]
    public async Task WriteFileAsync_Cancelled_LeavesNoFile()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddDirectory("/out");
        using var cancellation = new CancellationTokenSource();

        await Should.ThrowAsync<OperationCanceledException>(() => BudgetCsv.WriteFileAsync(fileSystem, "/out/budget.csv", Lines(cancellation), cancellationToken: cancellation.Token));

        fileSystem.Directory.GetFiles("/out").ShouldBeEmpty();

        static async IAsyncEnumerable<BudgetLine> Lines(CancellationTokenSource cancellation)
        {
            yield return Line;
            await cancellation.CancelAsync();
            yield return Line;
        }
    }

    [Fact]
    public async Task WriteAsync_WritesTheSameBytesAsWrite()
    {
        var lines = SampleLines.Generate(3, 500).ToList();
        using var stream = new MemoryStream();
        await BudgetCsv.WriteAsync(lines.ToAsyncEnumerable(), stream, leaveOpen: true);
        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(Support.Csv.Write(lines));
    }

    [Fact]
    public void Writer_CountsLinesAndFlushes()
    {
        using var stream = new MemoryStream();
        using (var writer = BudgetCsvWriter.Create(stream, leaveOpen: true))
        {
            writer.Write(Line);
            writer.Write(Line);
            writer.LinesWritten.ShouldBe(2);
            writer.Flush();
            stream.Length.ShouldBeGreaterThan(0);
        }

        Support.Csv.Read(Encoding.UTF8.GetString(stream.ToArray())).Count.ShouldBe(2);
    }
}
