using System.IO.Abstractions.TestingHelpers;
using System.Reflection;
using Scdl.Budget.Totem.Internal;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

/// <summary>Issue 13, "TOTEM catches up": the asynchronous conversion and reading are twins of the synchronous ones, and can be cancelled.</summary>
public sealed class SyncAsyncParityTests
{
    private static (BudgetLine? Line, long Number, string Findings) Describe(BudgetRecord record) =>
        (record.Line, record.LineNumber, string.Join(" | ", record.Findings));

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static object Summary(TotemConversionResult result) => new
    {
        result.Header,
        result.LinesRead,
        result.CalculatedLinesSkipped,
        result.LinesWritten,
        result.LinesWithFindings,
        result.Findings.ErrorCount,
        result.Findings.WarningCount,
        result.Findings.InfoCount,
        Findings = string.Join(" | ", result.Findings.Kept),
        NotKept = result.Findings.NotKeptCount,
        result.Annexes.HasLoansAnnex,
        result.Annexes.OutstandingDebt,
        result.Annexes.OutstandingDebtAtStartOfYear,
        result.Annexes.GuaranteedDebt,
        result.Annexes.LoanCount,
    };

    [Theory]
    [MemberData(nameof(RealFilesTests.ValidFiles), MemberType = typeof(RealFilesTests))]
    public async Task ReadAsync_GivesTheRecordsOfRead(string file)
    {
        var synchronous = TotemConverter.Read(TestFiles.XmlStream(file)).ToList();

        var asynchronous = await ToListAsync(TotemConverter.ReadAsync(TestFiles.XmlStream(file)));

        asynchronous.Select(Describe).ShouldBe(synchronous.Select(Describe));
    }

    [Theory]
    [MemberData(nameof(RealFilesTests.ValidFiles), MemberType = typeof(RealFilesTests))]
    public async Task ConvertFileAsync_WritesTheFileOfConvertFile_WithTheSameResult(string file)
    {
        var bytes = TestFiles.XmlBytes(file);
        var (one, two) = (new MockFileSystem(), new MockFileSystem());
        one.AddFile("/in.xml", new MockFileData(bytes));
        two.AddFile("/in.xml", new MockFileData(bytes));

        var synchronous = TotemConverter.ConvertFile(one, "/in.xml", "/out.csv");
        var asynchronous = await TotemConverter.ConvertFileAsync(two, "/in.xml", "/out.csv");

        Summary(asynchronous).ShouldBe(Summary(synchronous));
        two.File.ReadAllBytes("/out.csv").ShouldBe(one.File.ReadAllBytes("/out.csv"));
    }

    [Fact]
    public async Task ConvertAsync_WritesTheStreamOfConvert()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        var synchronous = TotemConverter.Convert(TestFiles.XmlStream("mohon-cfu2023.cfu.xml"), first, leaveOpen: true);
        var asynchronous = await TotemConverter.ConvertAsync(TestFiles.XmlStream("mohon-cfu2023.cfu.xml"), second, leaveOpen: true);

        Summary(asynchronous).ShouldBe(Summary(synchronous));
        second.ToArray().ShouldBe(first.ToArray());
    }

    [Fact]
    public async Task ReaderAsync_ReadsTheLinesFindingsAndAnnexesOfTheReader()
    {
        using var synchronous = TotemReader.Create(TestFiles.XmlStream("crach-budget-principal-ca2021.totem.xml"));
        var asynchronous = await TotemReader.CreateAsync(TestFiles.XmlStream("crach-budget-principal-ca2021.totem.xml"));
        await using (asynchronous)
        {
            asynchronous.Header.ShouldBe(synchronous.Header);
            var lines = await ToListAsync(asynchronous.ReadLinesAsync());

            lines.ShouldBe(synchronous.ReadLines().ToList());
            asynchronous.Findings.ShouldBe(synchronous.Findings);
            asynchronous.Annexes!.OutstandingDebt.ShouldBe(synchronous.Annexes!.OutstandingDebt);
        }
    }

    [Fact]
    public async Task Reader_IsReadTheWayItWasCreated()
    {
        var asynchronous = await TotemReader.CreateAsync(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045)));
        await using (asynchronous)
        {
            Should.Throw<InvalidOperationException>(() => asynchronous.ReadLines());
        }

        using var synchronous = TotemReader.Create(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045)));
        Should.Throw<InvalidOperationException>(() => synchronous.ReadLinesAsync());
    }

    [Fact]
    public async Task ConvertFileAsync_CancelledBeforeItStarts_WritesNothing()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TestFiles.XmlBytes("crach-budget-principal-ca2021.totem.xml")));
        fileSystem.AddFile("/out.csv", new MockFileData("previous"));

        await Should.ThrowAsync<OperationCanceledException>(() => TotemConverter.ConvertFileAsync(fileSystem, "/in.xml", "/out.csv", cancellationToken: new CancellationToken(canceled: true)));

        fileSystem.File.ReadAllText("/out.csv").ShouldBe("previous");
        fileSystem.AllFiles.Count().ShouldBe(2);
    }

    [Fact]
    public async Task ConvertFileAsync_CancelledMidway_StopsAtTheNextNode_AndLeavesNoFile()
    {
        using var cancellation = new CancellationTokenSource();
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TestFiles.XmlBytes("crach-budget-principal-ca2021.totem.xml")));
        fileSystem.AddFile("/out.csv", new MockFileData("previous"));
        var plan = new CancellingPlan(cancellation, cancelAtLine: 3);

        await Should.ThrowAsync<OperationCanceledException>(() => TotemConverter.ConvertFileAsync(fileSystem, "/in.xml", "/out.csv", new TotemConversionOptions { PlanSource = plan }, cancellation.Token));

        plan.LinesMapped.ShouldBe(3);
        fileSystem.File.ReadAllText("/out.csv").ShouldBe("previous");
        fileSystem.AllFiles.Count().ShouldBe(2);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var records = TotemConverter.ReadAsync(TestFiles.XmlStream("crach-budget-principal-ca2021.totem.xml"), cancellationToken: cancellation.Token);
        var count = 0;

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in records)
            {
                if (++count == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        count.ShouldBe(5);
    }

    [Fact]
    public void AsyncMethods_HaveSyncTwins_WithTheSameParameters()
    {
        var methods = typeof(TotemConverter).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .ToList();
        var asynchronous = methods.Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal)).ToList();

        var missing = asynchronous
            .Where(m => !methods.Any(s => s.DeclaringType == m.DeclaringType && s.Name == m.Name[..^5] && SameParameters(s, m)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        asynchronous.Count.ShouldBeGreaterThanOrEqualTo(8);
        missing.ShouldBeEmpty();

        static bool SameParameters(MethodInfo synchronous, MethodInfo asynchronous) =>
            synchronous.GetParameters().Select(p => (p.Name, p.ParameterType))
                .SequenceEqual(asynchronous.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).Select(p => (p.Name, p.ParameterType)));
    }

    /// <summary>The built-in plan of the Crach files, which cancels the conversion when it maps a given line.</summary>
    private sealed class CancellingPlan(CancellationTokenSource cancellation, int cancelAtLine) : IPlanSource, IPlanLookup
    {
        private readonly IPlanLookup _plan = CatalogPlanSource.BuiltIn.Find("M14", "M14_COM_500_3500", 2021)!;

        public int LinesMapped { get; private set; }

        public IPlanLookup? Find(string norme, string declinaison, int year) => this;

        public ChapterInfo? FindChapter(string code) => _plan.FindChapter(code);

        public AccountInfo? FindAccount(string code)
        {
            if (++LinesMapped == cancelAtLine)
            {
                cancellation.Cancel();
            }

            return _plan.FindAccount(code);
        }

        public ChapterInfo? FindChapterOfAccount(string account, FlowDirection direction, OperationKind kind, int? orderType) =>
            _plan.FindChapterOfAccount(account, direction, kind, orderType);

        public string? FindFunctionLabel(string code) => _plan.FindFunctionLabel(code);
    }
}
