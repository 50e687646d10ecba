using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation;

/// <summary>
/// Each real file gets an exact count per finding code, derived by reading the file (a script over the CSV,
/// independent of this library): every yatotem2scdl file capitalises BGT_NATDEC (SCDL202 on every line, the step
/// still read so that every other check runs) and leaves BGT_CONTNAT, BGT_CONTNAT_LABEL and BGT_SECTION empty where
/// TOTEM had no ContNat (SCDL201; a line without section cannot be typed: SCDL311); the Megalis file has no header
/// (SCDL613), a valid step but empty chapters.
/// </summary>
public sealed class RealFilesAcceptanceTests
{
    public static TheoryData<string, string> Expected => new()
    {
        { RealFiles.MegalisNoHeader, "SCDL201=106 SCDL303=1 SCDL308=1 SCDL320=2 SCDL613=1" },
        { RealFiles.CrachCa2021, "SCDL201=147 SCDL202=196 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.CrachDm2021, "SCDL201=144 SCDL202=185 SCDL303=1 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.BocenoBp2022, "SCDL201=21 SCDL202=21 SCDL303=1 SCDL308=1 SCDL311=1 SCDL320=2 SCDL321=2" },
        { RealFiles.BocenoCa2021, "SCDL201=18 SCDL202=20 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.BocenoDm2022, "SCDL201=18 SCDL202=20 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.MohonCfu2023, "SCDL201=116 SCDL202=163 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.MorbihanCa2021, "SCDL201=116 SCDL202=1273 SCDL302=27 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.SaintMaloBp2022, "SCDL201=80 SCDL202=123 SCDL308=1 SCDL311=1 SCDL320=2 SCDL321=1" },
    };

    public static TheoryData<string, string> ExpectedWithStepFixed => new()
    {
        { RealFiles.CrachCa2021, "SCDL201=147 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.CrachDm2021, "SCDL201=144 SCDL303=1 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.BocenoBp2022, "SCDL201=21 SCDL303=1 SCDL308=1 SCDL311=1 SCDL320=2 SCDL321=2" },
        { RealFiles.BocenoCa2021, "SCDL201=18 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.BocenoDm2022, "SCDL201=18 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.MohonCfu2023, "SCDL201=116 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.MorbihanCa2021, "SCDL201=116 SCDL302=27 SCDL308=1 SCDL311=1 SCDL320=2" },
        { RealFiles.SaintMaloBp2022, "SCDL201=80 SCDL308=1 SCDL311=1 SCDL320=2 SCDL321=1" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void RealFile_HasExactCountsPerCode(string file, string expected)
    {
        var report = RealFiles.Validate(file);

        Format(report).ShouldBe(expected);
        report.IsValid.ShouldBeFalse();
        // Identical findings are one group: every error of the real files is kept (the cap is 1,000 groups).
        report.Findings.Kept.Count(f => f.Severity == FindingSeverity.Error).ShouldBe((int)report.Findings.ErrorCount);
    }

    [Theory]
    [MemberData(nameof(ExpectedWithStepFixed))]
    public void RealFile_WithStepSpelledRight_GetsTheBudgetRules(string file, string expected)
    {
        var report = RealFiles.ValidateWithStepFixed(file);

        Format(report).ShouldBe(expected);
    }

    /// <summary>One run lists everything to fix: the file as published gets every finding the file with its step fixed gets, plus the step's own error.</summary>
    [Theory]
    [MemberData(nameof(ExpectedWithStepFixed))]
    public void RealFile_AsPublished_GetsEveryFindingOfTheFixedFile_PlusTheStepsError(string file, string expected)
    {
        var report = RealFiles.Validate(file);

        Format(report).Split(' ').Where(c => !c.StartsWith(FindingCodes.ValueNotAllowed + "=", StringComparison.Ordinal)).ShouldBe(expected.Split(' '));
        report.Verdict.ShouldBe(ValidationVerdict.Invalid);
    }

    [Fact]
    public void Megalis_ReadWithAHeader_IsUnreadableAndSaysSo()
    {
        var report = RealFiles.Validate(RealFiles.MegalisNoHeader, RealFiles.Options(RealFiles.MegalisNoHeader) with { Reader = null });

        Format(report).ShouldBe("SCDL108=1");
        var finding = report.Findings.Kept.ShouldHaveSingleItem();
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Location.Line.ShouldBe(1);
        report.LinesRead.ShouldBe(0);
    }

    [Fact]
    public void Megalis_RowCountAndSummary_AddUp()
    {
        var report = RealFiles.Validate(RealFiles.MegalisNoHeader);

        report.LinesRead.ShouldBe(201);
        report.Columns.Count.ShouldBe(22);
        var document = report.Summary.Documents.ShouldHaveSingleItem();
        document.Step.ShouldBe(BudgetStep.BudgetPrimitif);
        document.Siret.ToString().ShouldBe("21560046100010");
        document.LineCount.ShouldBe(201);
        document.AmountBasis.ShouldBe(AmountBasis.Voted);
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette).ShouldBe(3_552_599.00m);
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Depense).ShouldBe(3_552_599.00m);
        document.GetTotal(BudgetSection.Investissement, FlowDirection.Recette).ShouldBe(3_648_628.49m);
        document.GetTotal(BudgetSection.Investissement, FlowDirection.Depense, OperationKind.Ordre).ShouldBe(170_000.00m);
        document.Checks.Count.ShouldBe(7);
        document.Checks.ShouldAllBe(c => c.Holds);
        document.Checks.Single(c => c.Kind == BalanceCheckKind.Depenses023Recettes021).Left.ShouldBe(831_571.18m);
    }

    [Fact]
    public void Megalis_EmptyChapters_AreReportedOnTheirLines()
    {
        var report = RealFiles.Validate(RealFiles.MegalisNoHeader);

        var empty = report.Findings.Kept.Where(f => f.Code == FindingCodes.RequiredValueMissing).ToList();
        empty.Select(f => f.Location.Column).Distinct().Order(StringComparer.Ordinal).ShouldBe(["BGT_CONTNAT", "BGT_CONTNAT_LABEL"]);
        empty.Count(f => f.Location.Column == "BGT_CONTNAT").ShouldBe(53);
        var realised = report.Findings.Kept.Single(f => f.Code == FindingCodes.AmountNotExpectedForStep);
        realised.Location.Column.ShouldBe("BGT_MTREAL");
        realised.Severity.ShouldBe(FindingSeverity.Info);
    }

    [Fact]
    public void BocenoBp_SaysExactlyWhichCellsAreEmptyOnWhichLines()
    {
        var report = RealFiles.Validate(RealFiles.BocenoBp2022);

        var line2 = report.Findings.Kept.Where(f => f.Location.Line == 2).Select(f => $"{f.Code} {f.Location.Column} '{f.Value}'").ToList();
        line2.ShouldBe(["SCDL202 BGT_NATDEC 'Budget primitif'", "SCDL201 BGT_CONTNAT ''", "SCDL201 BGT_CONTNAT_LABEL ''", "SCDL201 BGT_SECTION ''"], ignoreOrder: true);
        report.Findings.Kept.Where(f => f.Code == FindingCodes.RequiredValueMissing && f.Location.Column == "BGT_SECTION")
            .Select(f => f.Location.Line).ShouldBe([2L, 7L, 11L, 13L, 14L, 16L, 22L]);
        report.Summary.LinesNotCounted.ShouldBe(7, "only the lines without a section; the capitalised step is read");
    }

    [Fact]
    public void Morbihan_WithStepFixed_ReportsEachDuplicateWithTheLineItRepeats()
    {
        var report = RealFiles.ValidateWithStepFixed(RealFiles.MorbihanCa2021);

        var duplicates = report.Findings.Kept.Where(f => f.Code == FindingCodes.DuplicateLine).ToList();
        duplicates.Count.ShouldBe(27);
        duplicates.ShouldAllBe(f => long.Parse(f.Arguments[0], System.Globalization.CultureInfo.InvariantCulture) < f.Location.Line);
        var document = report.Summary.Documents.ShouldHaveSingleItem();
        document.AmountBasis.ShouldBe(AmountBasis.Realised);
        document.Checks.ShouldAllBe(c => c.Holds);
        // The résultat reporté (chapter 002: 54,986,880.05) is carried forward, not a real receipt of the year.
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette, OperationKind.Reel).ShouldBe(755_484_531.96m);
        document.GetCarriedForward(BudgetSection.Fonctionnement, FlowDirection.Recette).ShouldBe(54_986_880.05m);
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette).ShouldBe(810_471_412.01m + document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette, OperationKind.Ordre));
    }

    [Fact]
    public void RealFiles_ReadWithTheSchemaConvention_SayTheConventionLooksSwapped()
    {
        var report = RealFiles.Validate(RealFiles.MegalisNoHeader, RealFiles.Options(RealFiles.MegalisNoHeader) with { ColumnConvention = ColumnConvention.Schema });

        var mismatch = report.Findings.Kept.Single(f => f.Code == FindingCodes.ColumnConventionMismatch);
        mismatch.Severity.ShouldBe(FindingSeverity.Warning);
        mismatch.Arguments.ShouldBe(["BGT_CONTNAT", "BGT_NATURE", "138", "138"]);
        report.Findings.CountOf(FindingCodes.OrderOperationOutsideOrderChapter).ShouldBe(19);
    }

    internal static string Format(ValidationReport report) =>
        string.Join(' ', report.Findings.CountsByCode.Select(c => $"{c.Key}={c.Value}"));
}
