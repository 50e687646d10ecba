using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;

namespace Scdl.Budget.Tests.Normalization;

public sealed class BudgetNormalizerTests
{
    private const string SemicolonHeader =
        "bgt_natdec;BGT_ANNEE;BGT_SIRET;BGT_NOM;BGT_CONTNAT;BGT_CONTNAT_LABEL;BGT_NATURE;BGT_NATURE_LABEL;BGT_FONCTION;BGT_FONCTION_LABEL;BGT_OPERATION;BGT_SECTION;BGT_OPBUDG;BGT_CODRD;BGT_MTREAL;BGT_MTBUDGPREC;BGT_MTRARPREC;BGT_MTPROPNOUV;BGT_MTPREV;BGT_CREDOUV;BGT_MTRAR3112;BGT_ARTSPE";

    private const string MessyRow =
        "Budget primitif;2022.0;21560046100085;CRACH;60611;Eau et assainissement;011;Charges à caractère général;;;;F;reel;D;;;;;1 500,50;;;non spécialisé";

    private const string CanonicalRow =
        "budget primitif,2022,21560046100085,CRACH,60611,Eau et assainissement,011,Charges à caractère général,,,,fonctionnement,réel,dépense,,,,,1500.50,,,non spécialisé";

    private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    private static (string Output, NormalizationResult Result) Normalize(byte[] input, NormalizationOptions? options = null)
    {
        using var output = new MemoryStream();
        var result = BudgetNormalizer.Normalize(new MemoryStream(input), output, options, leaveOpen: true);
        return (Encoding.UTF8.GetString(output.ToArray()), result);
    }

    [Fact]
    public void Normalize_MessyFile_WritesTheCanonicalFileAndReportsEveryChange()
    {
        var input = Windows1252(SemicolonHeader + "\r\n" + MessyRow + "\r\n\r\n");

        var (output, result) = Normalize(input);

        output.ShouldBe(Support.Csv.Header + "\r\n" + CanonicalRow + "\r\n");
        result.LinesWritten.ShouldBe(1);
        result.Dialect!.Separator.ShouldBe(';');
        result.Dialect.Encoding.CodePage.ShouldBe(1252);
        result.Changes.ShouldBe(
        [
            new CellChange(1, null, SemicolonHeader, Support.Csv.Header),
            new CellChange(2, "BGT_NATDEC", "Budget primitif", "budget primitif"),
            new CellChange(2, "BGT_ANNEE", "2022.0", "2022"),
            new CellChange(2, "BGT_SECTION", "F", "fonctionnement"),
            new CellChange(2, "BGT_OPBUDG", "reel", "réel"),
            new CellChange(2, "BGT_CODRD", "D", "dépense"),
            new CellChange(2, "BGT_MTPREV", "1 500,50", "1500.50"),
        ]);
        result.ChangeCount.ShouldBe(7);
        result.UnresolvedCount.ShouldBe(0);
        result.IsComplete.ShouldBeTrue();
        result.Findings.CountOf(FindingCodes.EnumValueNotExact).ShouldBe(4);
        result.Findings.CountOf(FindingCodes.BlankLineSkipped).ShouldBe(1);
    }

    [Fact]
    public void Normalize_Output_ReadsStrictlyWithoutFinding()
    {
        var (output, _) = Normalize(Windows1252(SemicolonHeader + "\n" + MessyRow + "\n"));

        var records = Support.Csv.Read(output);

        records.ShouldHaveSingleItem().Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Normalize_UnfixableValues_AreKeptAndCounted()
    {
        var row = MessyRow.Replace("21560046100085", "2.1560046E+13", StringComparison.Ordinal).Replace("CRACH;60611", "CRACH;", StringComparison.Ordinal);

        var (output, result) = Normalize(Windows1252(SemicolonHeader + "\n" + row + "\n"));

        result.LinesWritten.ShouldBe(1);
        output.ShouldContain(",2.1560046E+13,CRACH,,Eau");
        result.UnresolvedCount.ShouldBe(2);
        result.Findings.CountOf(FindingCodes.SiretInExponentNotation).ShouldBe(1);
        result.Findings.CountOf(FindingCodes.RequiredValueMissing).ShouldBe(1);
    }

    [Fact]
    public void Normalize_HeaderlessFile_AddsTheHeader()
    {
        var (output, result) = Normalize(Encoding.UTF8.GetBytes(CanonicalRow + "\n" + CanonicalRow + "\n"),
            new NormalizationOptions { Reader = BudgetCsvReaderOptions.Tolerant with { HasHeader = false }, LineEnding = LineEnding.Lf });

        output.ShouldBe(Support.Csv.Header + "\n" + CanonicalRow + "\n" + CanonicalRow + "\n");
        result.Changes.ShouldBe([new CellChange(0, null, null, Support.Csv.Header)]);
    }

    [Fact]
    public void Normalize_ShuffledColumnsAndExtraColumn_WritesSchemaOrderAndReportsTheDroppedColumn()
    {
        var names = Support.Csv.Header.Split(',');
        var cells = CanonicalRow.Split(',');
        var order = Enumerable.Range(0, names.Length).Reverse().ToArray();
        var input = string.Join(",", order.Select(i => names[i]).Append("BGT_ID")) + "\n" + string.Join(",", order.Select(i => cells[i]).Append("42")) + "\n";

        var (output, result) = Normalize(Encoding.UTF8.GetBytes(input));

        output.ShouldBe(Support.Csv.Header + "\r\n" + CanonicalRow + "\r\n");
        result.Findings.CountOf(FindingCodes.ExtraColumn).ShouldBe(1);
        result.Findings.CountOf(FindingCodes.MisorderedColumns).ShouldBe(1);
        result.UnresolvedCount.ShouldBe(1);
    }

    [Fact]
    public void Normalize_CompteFinancierUnique_FollowsTheCfuPolicy()
    {
        var row = MessyRow.Replace("Budget primitif", "CFU", StringComparison.Ordinal);

        var (asCa, _) = Normalize(Windows1252(SemicolonHeader + "\n" + row + "\n"));
        var (literal, _) = Normalize(Windows1252(SemicolonHeader + "\n" + row + "\n"), new NormalizationOptions { CfuPolicy = CfuPolicy.Literal });

        asCa.ShouldContain("\r\ncompte administratif,2022,");
        literal.ShouldContain("\r\ncompte financier unique,2022,");
    }

    [Fact]
    public void Normalize_Caps_KeepCountingAndStreamThroughCallbacks()
    {
        var text = SemicolonHeader + "\n" + string.Concat(Enumerable.Repeat(MessyRow + "\n", 100));
        var streamed = 0;
        var findings = 0;
        var options = new NormalizationOptions { MaxReportedChanges = 5, MaxReportedFindings = 3, OnChange = _ => streamed++, OnFinding = _ => findings++ };

        var (_, result) = Normalize(Windows1252(text), options);

        result.LinesWritten.ShouldBe(100);
        result.Changes.Count.ShouldBe(5);
        result.ChangeCount.ShouldBe(601);
        streamed.ShouldBe(601);
        result.Findings.Groups.Count(g => !g.IsWholeFile).ShouldBeLessThanOrEqualTo(3);
        result.Findings.Total.ShouldBe(findings);
        result.IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void Normalize_Files_WritesAtomicallyThroughTheFileSystem()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/data/in.csv", new MockFileData(Windows1252(SemicolonHeader + "\n" + MessyRow + "\n")));

        var result = BudgetNormalizer.Normalize(fileSystem, "/data/in.csv", "/data/out.csv");

        result.LinesWritten.ShouldBe(1);
        fileSystem.File.ReadAllText("/data/out.csv").ShouldBe(Support.Csv.Header + "\r\n" + CanonicalRow + "\r\n");
        fileSystem.Directory.GetFiles("/data").Length.ShouldBe(2);
    }

    [Fact]
    public void Normalize_UnreadableInput_LeavesTheOutputUnchanged()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/data/in.csv", new MockFileData([]));
        fileSystem.AddFile("/data/out.csv", new MockFileData("before"));

        Should.Throw<ScdlFormatException>(() => BudgetNormalizer.Normalize(fileSystem, "/data/in.csv", "/data/out.csv")).Code.ShouldBe(FindingCodes.EmptyInput);

        fileSystem.File.ReadAllText("/data/out.csv").ShouldBe("before");
        fileSystem.Directory.GetFiles("/data").Length.ShouldBe(2);
    }

    [Fact]
    public async Task NormalizeAsync_GivesTheSameOutputAndReportAsNormalize()
    {
        var input = Windows1252(SemicolonHeader + "\n" + MessyRow + "\n" + MessyRow.Replace("1 500,50", "12,5", StringComparison.Ordinal) + "\n");
        var (expected, expectedResult) = Normalize(input);
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.csv", new MockFileData(input));

        var result = await BudgetNormalizer.NormalizeAsync(fileSystem, "/in.csv", "/out.csv");

        fileSystem.File.ReadAllText("/out.csv").ShouldBe(expected);
        result.Changes.ShouldBe(expectedResult.Changes);
        result.Findings.CountsByCode.ShouldBe(expectedResult.Findings.CountsByCode);
        result.LinesWritten.ShouldBe(2);
    }

    [Fact]
    public async Task NormalizeAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            BudgetNormalizer.NormalizeAsync(new MemoryStream(Windows1252(SemicolonHeader + "\n" + MessyRow + "\n")), new MemoryStream(), cancellationToken: cancellation.Token));
    }
}
