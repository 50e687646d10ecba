using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scdl.Budget.Csv;
using Scdl.Budget.Extensions.DependencyInjection.Tests.Support;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Extensions.DependencyInjection.Tests;

public sealed class ScdlBudgetServiceTests
{
    private const string BocenoCsv = "crach-lotissement-boceno-bp2022.yatotem2scdl.csv";
    private const string BocenoXml = "crach-lotissement-boceno-bp2022.totem.xml";

    private static (ScdlBudgetService Service, LogCollector Log, ServiceProvider Provider) Build(IFileSystem fileSystem, Action<ScdlBudgetOptions>? configure = null)
    {
        var log = new LogCollector();
        var provider = new ServiceCollection()
            .AddSingleton(fileSystem)
            .AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(log))
            .AddScdlBudget(configure ?? (_ => { }))
            .BuildServiceProvider();
        return (provider.GetRequiredService<ScdlBudgetService>(), log, provider);
    }

    [Fact]
    public void Validate_LogsThePlanChosenAndTheOutcome_AndReturnsTheLibrarysReport()
    {
        var (service, log, provider) = Build(TestFiles.With(BocenoCsv), o =>
        {
            o.ColumnConvention = ColumnConvention.TotemConverters;
            o.RuleGroups = ValidationRuleGroups.All;
        });
        using var _ = provider;

        var report = service.Validate(BocenoCsv);

        var expected = new BudgetValidator(new BudgetValidationOptions { ColumnConvention = ColumnConvention.TotemConverters, RuleGroups = ValidationRuleGroups.All })
            .Validate(TestFiles.With(BocenoCsv), BocenoCsv);
        report.Findings.ErrorCount.ShouldBe(expected.Findings.ErrorCount);
        report.LinesRead.ShouldBe(expected.LinesRead);
        var validated = log.The("Validated");
        validated.Level.ShouldBe(LogLevel.Information);
        validated.Category.ShouldBe(typeof(ScdlBudgetService).FullName);
        validated.Values["Source"].ShouldBe(BocenoCsv);
        validated.Values["Verdict"].ShouldBe(report.Verdict);
        validated.Values["LinesRead"].ShouldBe(report.LinesRead);
        validated.Values["ErrorCount"].ShouldBe(report.Findings.ErrorCount);
        validated.Values.ShouldContainKey("ElapsedMilliseconds");
        var plan = log.The("PlanChosen");
        plan.Values["Code"].ShouldBe(FindingCodes.NomenclatureInferred);
        plan.Message.ShouldContain("M14");
    }

    [Fact]
    public void Validate_CodeOfAnotherYearsPlan_LogsAWarningWithTheCountAndTheFirstLine()
    {
        var fileSystem = new MockFileSystem();
        var line = new BudgetLine
        {
            Step = BudgetStep.BudgetPrimitif,
            Year = 2022,
            Siret = Siret.Parse("21560046100085"),
            AuthorityName = "SAINT-MALO AGGLOMERATION",
            AccountCode = "6518",
            AccountLabel = "Autres",
            ChapterCode = "65",
            ChapterLabel = "Autres charges de gestion courante",
            Section = BudgetSection.Fonctionnement,
            OperationKind = OperationKind.Reel,
            Direction = FlowDirection.Depense,
            MontantVote = 100m,
        };
        BudgetCsv.WriteFile(fileSystem, "transport.csv", [line, line with { MontantVote = 200m }]);
        var (service, log, provider) = Build(fileSystem, o => o.Nomenclature = "M4-M43_D");
        using var _ = provider;

        service.Validate("transport.csv");

        var otherYear = log.The("CodesFromOtherYear");
        otherYear.Level.ShouldBe(LogLevel.Warning);
        otherYear.Values["Count"].ShouldBe(2L);
        otherYear.Values["Code"].ShouldBe(FindingCodes.CodeFromOtherYear);
        otherYear.Values["Line"].ShouldBe(2L);
        log.The("PlanNamed").Values["Nomenclature"].ShouldBe("M4-M43_D");
    }

    [Fact]
    public async Task ValidateAsync_IsTheSyncTwin()
    {
        var (service, log, provider) = Build(TestFiles.With(BocenoCsv), o => o.ColumnConvention = ColumnConvention.TotemConverters);
        using var _ = provider;

        var sync = service.Validate(BocenoCsv);
        var async = await service.ValidateAsync(BocenoCsv);
        await using var stream = new MemoryStream(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", BocenoCsv)));
        var fromStream = await service.ValidateAsync(stream, "upload.csv");

        async.Findings.Kept.Select(f => f.ToString()).ShouldBe(sync.Findings.Kept.Select(f => f.ToString()));
        fromStream.Findings.ErrorCount.ShouldBe(sync.Findings.ErrorCount);
        log.Entries.Count(e => e.EventName == "Validated").ShouldBe(3);
        log.Entries.Last(e => e.EventName == "Validated").Values["Source"].ShouldBe("upload.csv");
    }

    [Fact]
    public async Task ConvertTotem_LogsThePlanDeComptesAndTheOutcome_SyncAndAsync()
    {
        var fileSystem = TestFiles.With(BocenoXml);
        var (service, log, provider) = Build(fileSystem);
        using var _ = provider;

        var result = service.ConvertTotem(BocenoXml, "boceno.csv");
        var async = await service.ConvertTotemAsync(BocenoXml, "boceno-async.csv");

        fileSystem.File.ReadAllText("boceno-async.csv").ShouldBe(fileSystem.File.ReadAllText("boceno.csv"));
        async.LinesWritten.ShouldBe(result.LinesWritten);
        var converted = log.Entries.First(e => e.EventName == "Converted");
        converted.Values["Nomenclature"].ShouldBe("M14-M14_COM_500_3500");
        converted.Values["Year"].ShouldBe(2022);
        converted.Values["LinesWritten"].ShouldBe(result.LinesWritten);
        converted.Values["Destination"].ShouldBe("boceno.csv");
    }

    [Fact]
    public async Task Normalize_LogsTheOutcome_SyncAndAsync()
    {
        var fileSystem = new MockFileSystem();
        var semicolons = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", BocenoCsv))).Replace(',', ';');
        fileSystem.AddFile("excel.csv", new MockFileData(semicolons));
        var (service, log, provider) = Build(fileSystem);
        using var _ = provider;

        var sync = service.Normalize("excel.csv", "canonical.csv");
        var async = await service.NormalizeAsync("excel.csv", "canonical-async.csv");

        sync.LinesWritten.ShouldBe(21);
        async.LinesWritten.ShouldBe(sync.LinesWritten);
        fileSystem.File.ReadAllText("canonical-async.csv").ShouldBe(fileSystem.File.ReadAllText("canonical.csv"));
        var normalized = log.Entries.Where(e => e.EventName == "Normalized").ToList();
        normalized.Count.ShouldBe(2);
        normalized[0].Values["LinesWritten"].ShouldBe(21L);
        normalized[0].Values["ChangeCount"].ShouldBe(sync.ChangeCount);
    }

    [Fact]
    public void ConvertTotem_Unreadable_LogsAWarningAndThrowsTheLibrarysException()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("broken.xml", new MockFileData("<DocumentBudgetaire><Budget>"));
        var (service, log, provider) = Build(fileSystem);
        using var _ = provider;

        var exception = Should.Throw<ScdlFormatException>(() => service.ConvertTotem("broken.xml", "broken.csv"));

        var unreadable = log.The("Unreadable");
        unreadable.Level.ShouldBe(LogLevel.Warning);
        unreadable.Values["Code"].ShouldBe(exception.Code);
        unreadable.Exception.ShouldBeSameAs(exception);
        fileSystem.File.Exists("broken.csv").ShouldBeFalse();
    }

    [Fact]
    public void Service_WithoutLogging_Works()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IFileSystem>(TestFiles.With(BocenoCsv))
            .AddScdlBudget()
            .BuildServiceProvider();

        var report = provider.GetRequiredService<ScdlBudgetService>().Validate(BocenoCsv);

        report.LinesRead.ShouldBe(21);
    }
}
