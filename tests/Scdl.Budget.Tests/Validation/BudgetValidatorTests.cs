using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Support;
using Scdl.Budget.Validation;
using TestCsv = Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Validation;

public sealed class BudgetValidatorTests
{
    private static readonly BudgetValidator Validator = new();

    [Fact]
    public void ChapterTotals_AddConsecutiveAndScatteredLines_KeepTheScale_AndTakeTheFirstLabelGiven()
    {
        var line = Lines.Valid();
        var lines = new[]
        {
            line with { ChapterLabel = string.Empty, MontantVote = 1.5m, RestesARealiserPrecedents = 0.25m },
            line with { AccountCode = "60612", MontantVote = 2m },
            line with { AccountCode = "7351", ChapterCode = "73", ChapterLabel = "Impôts et taxes", Direction = FlowDirection.Recette, MontantVote = 10m },
            line with { AccountCode = "60613", ChapterLabel = "Autre libellé", MontantVote = null },
            line with { AccountCode = "60614", Direction = FlowDirection.Recette, MontantVote = 3m },
        };

        var document = Validator.Validate(lines).Summary.Documents.ShouldHaveSingleItem();

        var charges = document.Chapters.Single(c => c.ChapterCode == "011" && c.Direction == FlowDirection.Depense);
        charges.LineCount.ShouldBe(3);
        charges.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("3.75");
        charges.ChapterLabel.ShouldBe("Charges à caractère général");
        document.Chapters.Single(c => c.ChapterCode == "011" && c.Direction == FlowDirection.Recette).Amount.ShouldBe(3m);
        var total = document.Totals.Single(t => t is { Section: BudgetSection.Fonctionnement, OperationKind: OperationKind.Reel, Direction: FlowDirection.Depense });
        total.MontantVote.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("3.5");
        total.RestesARealiserPrecedents.ShouldBe(0.25m);
        total.Realisations.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("0");
    }

    [Fact]
    public void Summary_TotalsTenThousandDocuments_ThenCountsTheLinesOfFurtherOnes()
    {
        var line = Lines.Valid();
        var lines = Enumerable.Range(0, 10_003).Select(i => line with { Year = 1000 + i, MontantVote = 1m })
            .Append(line with { Year = 1000, MontantVote = 2m })
            .Append(line with { Year = 1000 + 9_999, MontantVote = 3m })
            .Append(line with { Year = 1000 + 10_001, MontantVote = 4m });
        var validator = new BudgetValidator(new BudgetValidationOptions { RuleGroups = ValidationRuleGroups.Balance });

        var summary = validator.Validate(lines).Summary;

        summary.Documents.Count.ShouldBe(10_000);
        summary.Documents[0].GetTotal(BudgetSection.Fonctionnement, FlowDirection.Depense).ShouldBe(3m);
        summary.Documents[^1].GetTotal(BudgetSection.Fonctionnement, FlowDirection.Depense).ShouldBe(4m);
        summary.LinesNotCounted.ShouldBe(4);
    }

    [Fact]
    public void SchemaRules_RunOnCallersLines_WithThePositionAsLine()
    {
        var lines = new[] { Lines.Valid(), Lines.Valid() with { AccountLabel = string.Empty, AccountCode = "6064" } };

        var finding = Validator.Validate(lines).Findings.Kept.Single(f => f.Severity == FindingSeverity.Error);

        finding.ShouldBe(new Finding(FindingCodes.RequiredValueMissing, FindingSeverity.Error, new SourceLocation(2, "BGT_CONTNAT_LABEL"), string.Empty));
    }

    [Fact]
    public void CsvRecords_AreNotReportedTwiceForTheSameCell()
    {
        var csv = TestCsv.Header + "\n" + TestCsv.ValidRow.Replace("21560046100085", "21560046100086", StringComparison.Ordinal).Replace(",Eau et assainissement,", ",,", StringComparison.Ordinal) + "\n";

        var fromStream = Validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var fromRecords = Validator.Validate(TestCsv.Read(csv));

        ReportCodes.Of(fromStream).ShouldStartWith("SCDL201=1 SCDL206=1 ");
        ReportCodes.Of(fromRecords).ShouldBe(ReportCodes.Of(fromStream));
    }

    [Fact]
    public void RecordsFromAnotherSource_GetTheSchemaRulesTheyLack()
    {
        var record = new BudgetRecord(Lines.Valid() with { ChapterCode = "0123456789" }, 7, []);

        var finding = Validator.Validate([record]).Findings.Kept.Single(f => f.Severity == FindingSeverity.Error);

        finding.Code.ShouldBe(FindingCodes.InvalidLength);
        finding.Location.ShouldBe(new SourceLocation(7, "BGT_NATURE"));
    }

    [Fact]
    public void UnreadableInput_BecomesAnErrorFinding_NotAnException()
    {
        var report = Validator.Validate(new MemoryStream([]), "empty.csv");

        ReportCodes.Of(report).ShouldBe("SCDL107=1");
        report.IsValid.ShouldBeFalse();
        report.Source.ShouldBe("empty.csv");
    }

    [Fact]
    public void MissingRequiredColumn_BecomesAnErrorFinding_AfterTheLinesAlreadyRead()
    {
        var csv = TestCsv.Header.Replace("BGT_SIRET,", string.Empty, StringComparison.Ordinal) + "\n";

        var findings = Validator.EnumerateFindings(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList();

        findings.ShouldHaveSingleItem().ShouldBe(new Finding(FindingCodes.MissingRequiredColumn, FindingSeverity.Error, new SourceLocation(1, "BGT_SIRET"), null));
    }

    [Fact]
    public void HeaderFindings_AreReported_ButTheHeaderIsNotALine()
    {
        var csv = TestCsv.Header + ",BGT_EXTRA\n" + TestCsv.ValidRow + ",x\n";

        var report = Validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        report.LinesRead.ShouldBe(1);
        report.Findings.CountOf(FindingCodes.ExtraColumn).ShouldBe(1);
        report.Findings.CountOf(FindingCodes.RecordsNotTyped).ShouldBe(0);
        report.Columns[^1].ShouldBe("BGT_EXTRA");
        report.FieldNumberOf("BGT_EXTRA").ShouldBe(23);
    }

    [Fact]
    public void SeverityOverrides_ChangeTheVerdict()
    {
        var options = new BudgetValidationOptions { SeverityOverrides = new Dictionary<string, FindingSeverity> { [FindingCodes.DuplicateLine] = FindingSeverity.Error } };

        var report = new BudgetValidator(options).Validate([Lines.Valid(), Lines.Valid()]);

        report.IsValid.ShouldBeFalse();
        report.Findings.Kept.Single(f => f.Code == FindingCodes.DuplicateLine).Severity.ShouldBe(FindingSeverity.Error);
    }

    [Fact]
    public void RuleGroups_ChooseWhatRuns()
    {
        var options = new BudgetValidationOptions { RuleGroups = ValidationRuleGroups.Duplicates };

        var report = new BudgetValidator(options).Validate([Lines.Valid() with { AccountLabel = string.Empty }, Lines.Valid() with { AccountLabel = string.Empty }]);

        ReportCodes.Of(report).ShouldBe("SCDL302=1");
    }

    [Fact]
    public void FindingCap_GroupsIdenticalFindings_AndKeepsEveryWholeFileFinding()
    {
        var options = new BudgetValidationOptions { MaxFindingsKept = 3 };
        var lines = Enumerable.Repeat(Lines.Valid() with { AccountLabel = string.Empty }, 10);

        var report = new BudgetValidator(options).Validate(lines);

        var empty = report.Findings.Groups.Single(g => g.Code == FindingCodes.RequiredValueMissing);
        empty.Count.ShouldBe(10);
        empty.Lines.ShouldBe([new LineRange(1, 10)]);
        report.Findings.CountOf(FindingCodes.RequiredValueMissing).ShouldBe(10);
        report.Findings.Groups.Count(g => !g.IsWholeFile).ShouldBeLessThanOrEqualTo(3);
        report.Findings.Groups.Where(g => g.IsWholeFile).Sum(g => g.Count).ShouldBe(report.Findings.Total - report.Findings.Groups.Where(g => !g.IsWholeFile).Sum(g => g.Count) - report.Findings.NotKeptCount);
        report.Findings.CountOf(FindingCodes.SectionTotals).ShouldBe(2);
        report.Findings.Kept.Count(f => f.Code == FindingCodes.SectionTotals).ShouldBe(2);
    }

    [Fact]
    public void FindingCap_CountsExactlyWhatStreamingYields()
    {
        var lines = SampleLines.Generate(seed: 11, 2_000).ToList();
        var options = new BudgetValidationOptions { MaxFindingsKept = 5, SeverityOverrides = new Dictionary<string, FindingSeverity> { [FindingCodes.FormulaInjection] = FindingSeverity.Error } };
        var validator = new BudgetValidator(options);

        var report = validator.Validate(lines);
        var streamed = validator.EnumerateFindings(lines).ToList();

        ReportCodes.Of(report).ShouldBe(string.Join(' ', streamed.GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")));
        report.Findings.ErrorCount.ShouldBe(streamed.Count(f => f.Severity == FindingSeverity.Error));
        report.Findings.WarningCount.ShouldBe(streamed.Count(f => f.Severity == FindingSeverity.Warning));
        var expected = new FindingTally(5);
        expected.AddRange(streamed);
        report.Findings.Kept.ShouldBe(expected.Kept);
        report.Findings.Groups.Count(g => !g.IsWholeFile).ShouldBe(5);
        report.Findings.NotKeptCount.ShouldBe(streamed.Count - report.Findings.KeptCount);
    }

    [Fact]
    public void OnFinding_SeesEveryFinding_InOrder()
    {
        var seen = new List<Finding>();

        var report = Validator.Validate(RealFiles.FileSystem(RealFiles.BocenoCa2021), "/data/" + RealFiles.BocenoCa2021, seen.Add);

        var tally = new FindingTally();
        tally.AddRange(seen);
        tally.Kept.ShouldBe(report.Findings.Kept);
        seen.Count.ShouldBe((int)report.Findings.Total);
        report.Source.ShouldBe(RealFiles.BocenoCa2021);
    }

    [Fact]
    public void GeneratedFile_WithoutFormulaLabels_HasNoError()
    {
        var lines = SampleLines.Generate(seed: 7, 5_000)
            .Select(l => l with { AccountLabel = Clean(l.AccountLabel), ChapterLabel = Clean(l.ChapterLabel), FunctionLabel = l.FunctionLabel is null ? null : Clean(l.FunctionLabel) });
        var bytes = Encoding.UTF8.GetBytes(TestCsv.Write(lines));

        var report = Validator.Validate(new MemoryStream(bytes));

        report.Findings.ErrorCount.ShouldBe(0);
        report.IsValid.ShouldBeTrue();
        report.LinesRead.ShouldBe(5_000);
        report.Findings.CountOf(FindingCodes.FormulaInjection).ShouldBe(0);
        report.Findings.CountOf(FindingCodes.MultipleDocuments).ShouldBeGreaterThan(0);

        static string Clean(string label) => label.TrimStart('=');
    }

    [Fact]
    public async Task AsyncTwins_GiveTheSameFindings()
    {
        var name = RealFiles.MegalisNoHeader;
        var validator = new BudgetValidator(RealFiles.Options(name));
        var sync = validator.EnumerateFindings(new MemoryStream(RealFiles.Bytes(name))).ToList();

        var fromStream = await ToListAsync(validator.EnumerateFindingsAsync(new MemoryStream(RealFiles.Bytes(name))));
        var fromFile = await validator.ValidateAsync(RealFiles.FileSystem(name), "/data/" + name);
        var fromRecords = await validator.ValidateAsync(BudgetCsv.ReadAsync(new MemoryStream(RealFiles.Bytes(name)), RealFiles.Options(name).Reader! with { ColumnConvention = ColumnConvention.TotemConverters }));
        var lines = BudgetCsv.Read(new MemoryStream(RealFiles.Bytes(name)), new BudgetCsvReaderOptions { HasHeader = false, ColumnConvention = ColumnConvention.TotemConverters })
            .Where(r => r.Kind == RecordKind.Data).Select(r => r.Line!).ToList();
        var fromLines = await validator.ValidateAsync(ToAsync(lines));

        fromStream.ShouldBe(sync);
        var tally = new FindingTally();
        tally.AddRange(sync);
        fromFile.Findings.Kept.ShouldBe(tally.Kept);
        fromRecords.Findings.Kept.ShouldBe(tally.Kept);
        ReportCodes.Of(fromLines).ShouldBe(ReportCodes.Of(validator.Validate(lines)));
        // Lines have no file: the file's only finding about its form (read without header, SCDL613) is not theirs.
        ReportCodes.Of(fromLines).ShouldBe(ReportCodes.Of(fromFile).Replace(" SCDL613=1", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Async_HonoursCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            Validator.ValidateAsync(ToAsync(Lines.BalancedBudget()), cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Findings_StreamBeforeTheInputEnds()
    {
        IEnumerable<BudgetLine> Source()
        {
            yield return Lines.Valid() with { AccountLabel = string.Empty };
            throw new InvalidOperationException("the source broke after one line");
        }

        using var findings = Validator.EnumerateFindings(Source()).GetEnumerator();

        findings.MoveNext().ShouldBeTrue();
        findings.Current.Code.ShouldBe(FindingCodes.RequiredValueMissing);
        Should.Throw<InvalidOperationException>(() => findings.MoveNext());
    }

    [Fact]
    public void Options_AreChecked() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new BudgetValidator(new BudgetValidationOptions { MaxFindingsKept = -1 }));

    private static async Task<List<Finding>> ToListAsync(IAsyncEnumerable<Finding> findings)
    {
        var list = new List<Finding>();
        await foreach (var finding in findings)
        {
            list.Add(finding);
        }

        return list;
    }

    private static async IAsyncEnumerable<BudgetLine> ToAsync(IEnumerable<BudgetLine> lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }
}
