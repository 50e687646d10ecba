using System.Text;
using Scdl.Budget.Tests.Support;
using Scdl.Budget.Validation;
using TestCsv = Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Validation;

/// <summary>
/// Reading ahead on a second thread (<see cref="BudgetValidationOptions.ReadInParallel"/>) changes nothing a caller
/// sees: the same findings in the same order, the same exceptions, and the input released when the caller stops.
/// </summary>
public sealed class ReadInParallelTests
{
    public static TheoryData<string> RealFileNames => new(RealFiles.All);

    [Theory]
    [MemberData(nameof(RealFileNames))]
    public void RealFiles_GiveTheSameFindings_InTheSameOrder(string name)
    {
        var parallel = Validator(RealFiles.Options(name), parallel: true).EnumerateFindings(new MemoryStream(RealFiles.Bytes(name))).ToList();
        var sequential = Validator(RealFiles.Options(name), parallel: false).EnumerateFindings(new MemoryStream(RealFiles.Bytes(name))).ToList();

        parallel.ShouldNotBeEmpty();
        parallel.ShouldBe(sequential);
    }

    [Fact]
    public async Task LargeFile_WithDuplicates_GivesTheSameReport_SyncAndAsync()
    {
        var bytes = GeneratedWithDuplicates(lines: 6_000);

        var sequential = Validator(null, parallel: false).EnumerateFindings(new MemoryStream(bytes)).ToList();
        var parallel = Validator(null, parallel: true).EnumerateFindings(new MemoryStream(bytes)).ToList();
        var parallelAsync = new List<Finding>();
        await foreach (var finding in Validator(null, parallel: true).EnumerateFindingsAsync(new MemoryStream(bytes)))
        {
            parallelAsync.Add(finding);
        }

        sequential.Count(f => f.Code == FindingCodes.DuplicateLine).ShouldBe(600);
        parallel.ShouldBe(sequential);
        parallelAsync.ShouldBe(sequential);
    }

    [Fact]
    public void UnreadableInput_MidFile_IsTheSameFinding_AfterTheSameRecords()
    {
        var good = GeneratedWithDuplicates(lines: 3_000);
        var bytes = good.Concat(Encoding.UTF8.GetBytes("budget primitif,2022,21560046100085,CRACH,011,Charges ")).Concat(new byte[] { 0x00, 0x28, 0x0A }).ToArray();

        var sequential = Validator(null, parallel: false).Validate(new MemoryStream(bytes));
        var parallel = Validator(null, parallel: true).Validate(new MemoryStream(bytes));

        sequential.Findings.CountOf(FindingCodes.UnreadableInput).ShouldBe(1);
        parallel.Findings.Kept.ShouldBe(sequential.Findings.Kept);
        parallel.Findings.CountsByCode.ShouldBe(sequential.Findings.CountsByCode);
        parallel.LinesRead.ShouldBe(sequential.LinesRead);
    }

    [Fact]
    public void StoppingEarly_StopsTheReadingThread_AndClosesTheStream()
    {
        var stream = new MemoryStream(GeneratedWithDuplicates(lines: 20_000));

        var firstFindings = Validator(null, parallel: true).EnumerateFindings(stream, leaveOpen: false).Take(3).ToList();

        firstFindings.Count.ShouldBe(3);
        stream.CanRead.ShouldBeFalse();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cancelling_StopsAtTheNextRecord_AndClosesTheStream(bool parallel)
    {
        var stream = new MemoryStream(GeneratedWithDuplicates(lines: 20_000));
        using var cancellation = new CancellationTokenSource();

        var seen = 0;
        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Validator(null, parallel).EnumerateFindingsAsync(stream, leaveOpen: false, cancellation.Token))
            {
                if (++seen == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        // The findings of the record being reported still come out; the next record is not read.
        seen.ShouldBeInRange(2, 5);
        stream.CanRead.ShouldBeFalse();
    }

    [Fact]
    public void DuplicatesInCsv_AreLinesOfTheSameText()
    {
        var header = string.Join(',', Scdl.Budget.Schema.ScdlSchema.Get(SchemaVersion.Latest).Columns.Select(c => c.Name));
        const string Line = "budget primitif,2022,21560046100085,CRACH,011,Charges à caractère général,60611,Eau et assainissement,,,,fonctionnement,réel,dépense,,,,,1200.50,,,";
        const string SameValuesQuoted = "budget primitif,2022,21560046100085,CRACH,011,\"Charges à caractère général\",60611,Eau et assainissement,,,,fonctionnement,réel,dépense,,,,,1200.50,,,";
        var text = string.Join("\r\n", header, Line, Line, SameValuesQuoted) + "\r\n";

        foreach (var parallel in new[] { false, true })
        {
            var duplicates = Validator(null, parallel).Validate(new MemoryStream(Encoding.UTF8.GetBytes(text))).Findings.Kept
                .Where(f => f.Code == FindingCodes.DuplicateLine).ToList();

            duplicates.Select(f => (f.Location.Line, f.Arguments[0])).ShouldBe([(3L, "2")]);
        }
    }

    private static BudgetValidator Validator(BudgetValidationOptions? options, bool parallel) =>
        new((options ?? new BudgetValidationOptions()) with { ReadInParallel = parallel });

    /// <summary>A generated canonical file whose every tenth line repeats the line before it.</summary>
    private static byte[] GeneratedWithDuplicates(int lines)
    {
        var generated = SampleLines.Generate(seed: 11, lines * 9 / 10).ToList();
        var withRepeats = generated.SelectMany((line, i) => i % 9 == 8 ? new[] { line, line } : new[] { line }).ToList();
        return Encoding.UTF8.GetBytes(TestCsv.Write(withRepeats));
    }
}
