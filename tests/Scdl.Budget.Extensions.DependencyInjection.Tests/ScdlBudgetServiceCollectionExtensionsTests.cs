using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scdl.Budget.Csv;
using Scdl.Budget.Nomenclature;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Extensions.DependencyInjection.Tests;

public sealed class ScdlBudgetServiceCollectionExtensionsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("ScdlBudget:" + s.Key, s.Value)))
            .Build();

    private static ServiceProvider Build(IConfiguration configuration, IFileSystem? fileSystem = null)
    {
        var services = new ServiceCollection();
        if (fileSystem is not null)
        {
            services.AddSingleton(fileSystem);
        }

        return services.AddScdlBudget(configuration.GetSection(ScdlBudgetOptions.SectionName)).BuildServiceProvider();
    }

    [Fact]
    public void AddScdlBudget_Configuration_BindsEverySetting()
    {
        var configuration = Configuration(
            ("SchemaVersion", "0.8.2"),
            ("ColumnConvention", "TotemConverters"),
            ("ReadingMode", "Tolerant"),
            ("RuleGroups", "Schema, Document"),
            ("Nomenclature", "M14-M14_COM_500_3500"),
            ("MaxFindingsKept", "10"),
            ("SeverityOverrides:scdl406", "Info"),
            ("AuthorityName", "AuthorityAndBudget"),
            ("OperationWithLabel", "true"));

        using var provider = Build(configuration, new MockFileSystem());
        var validation = provider.GetRequiredService<BudgetValidationOptions>();
        var conversion = provider.GetRequiredService<TotemConversionOptions>();

        validation.SchemaVersion.ShouldBe(SchemaVersion.Version082);
        validation.ColumnConvention.ShouldBe(ColumnConvention.TotemConverters);
        validation.Reader.ShouldNotBeNull().Mode.ShouldBe(CsvReadingMode.Tolerant);
        validation.RuleGroups.ShouldBe(ValidationRuleGroups.Schema | ValidationRuleGroups.Document);
        validation.Nomenclature.ShouldBe("M14-M14_COM_500_3500");
        validation.MaxFindingsKept.ShouldBe(10);
        validation.SeverityOverrides.ShouldNotBeNull()["SCDL406"].ShouldBe(FindingSeverity.Info);
        validation.Plans.ShouldBeNull("the built-in catalogue, as the library's default");
        conversion.NameSource.ShouldBe(AuthorityNameSource.AuthorityAndBudget);
        conversion.OperationWithLabel.ShouldBeTrue();
        conversion.Writer.ColumnConvention.ShouldBe(ColumnConvention.TotemConverters);
        conversion.Plans.ShouldBeNull();
        provider.GetRequiredService<PlanCatalog>().ShouldBeSameAs(PlanCatalog.BuiltIn);
        provider.GetRequiredService<BudgetValidator>().Options.ShouldBeSameAs(validation);
    }

    [Fact]
    public void AddScdlBudget_NoSetting_GivesTheLibrarysDefaults()
    {
        using var provider = new ServiceCollection().AddScdlBudget().BuildServiceProvider();
        var validation = provider.GetRequiredService<BudgetValidationOptions>();

        validation.SchemaVersion.ShouldBe(BudgetValidationOptions.Default.SchemaVersion);
        validation.ColumnConvention.ShouldBe(BudgetValidationOptions.Default.ColumnConvention);
        validation.RuleGroups.ShouldBe(BudgetValidationOptions.Default.RuleGroups);
        validation.MaxFindingsKept.ShouldBe(BudgetValidationOptions.Default.MaxFindingsKept);
        validation.Reader.ShouldNotBeNull().Mode.ShouldBe(CsvReadingMode.Strict);
        validation.SeverityOverrides.ShouldBeNull();
        provider.GetRequiredService<TotemConversionOptions>().NameSource.ShouldBe(TotemConversionOptions.Default.NameSource);
        provider.GetRequiredService<IFileSystem>().ShouldBeOfType<FileSystem>();
        provider.GetRequiredService<ScdlBudgetService>().ShouldNotBeNull();
    }

    [Fact]
    public void AddScdlBudget_Action_SetsTheSettings_AndKeepsTheFileSystemRegisteredBefore()
    {
        var fileSystem = new MockFileSystem();
        var services = new ServiceCollection().AddSingleton<IFileSystem>(fileSystem);

        using var provider = services.AddScdlBudget(o => o.ColumnConvention = ColumnConvention.TotemConverters).BuildServiceProvider();

        provider.GetRequiredService<IFileSystem>().ShouldBeSameAs(fileSystem);
        provider.GetRequiredService<BudgetValidationOptions>().ColumnConvention.ShouldBe(ColumnConvention.TotemConverters);
    }

    [Fact]
    public void AddScdlBudget_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddScdlBudget().AddScdlBudget(o => o.MaxFindingsKept = 5);

        services.Count(d => d.ServiceType == typeof(BudgetValidator)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<ScdlBudgetOptions>)).ShouldBe(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<BudgetValidationOptions>().MaxFindingsKept.ShouldBe(5);
    }

    [Fact]
    public void AddScdlBudget_PlansPath_ReadsThePlansFromThatDirectory()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/plans/2022/M14/M14_COM_500_3500/planDeCompte.xml", new MockFileData(PlanXml));

        using var provider = Build(Configuration(("PlansPath", "/plans")), fileSystem);
        var plans = provider.GetRequiredService<PlanCatalog>();

        plans.ShouldNotBeSameAs(PlanCatalog.BuiltIn);
        plans.Nomenclatures.ShouldHaveSingleItem().ToString().ShouldContain("M14_COM_500_3500");
        provider.GetRequiredService<BudgetValidationOptions>().Plans.ShouldBeSameAs(plans);
        provider.GetRequiredService<TotemConversionOptions>().Plans.ShouldBeSameAs(plans);
    }

    [Theory]
    [InlineData("SchemaVersion", "0.9", "SchemaVersion '0.9'")]
    [InlineData("MaxFindingsKept", "-1", "MaxFindingsKept must be 0 or more")]
    [InlineData("PlansPath", "/nowhere", "PlansPath '/nowhere'")]
    [InlineData("SeverityOverrides:SCDL999", "Info", "'SCDL999' is not a finding code")]
    public void AddScdlBudget_WrongSetting_FailsOnFirstUse_NamingIt(string key, string value, string expected)
    {
        using var provider = Build(Configuration((key, value)), new MockFileSystem());

        var exception = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<ScdlBudgetService>());

        exception.Message.ShouldContain(expected);
    }

    [Fact]
    public void AddScdlBudget_EnumSpeltWrong_FailsNamingTheValue()
    {
        using var provider = Build(Configuration(("ColumnConvention", "Totem")), new MockFileSystem());

        var exception = Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<BudgetValidator>());

        exception.Message.ShouldContain("ScdlBudget:ColumnConvention");
    }

    private const string PlanXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Nomenclature Norme="M14" Declinaison="M14_COM_500_3500" Exer="2022"><Nature/></Nomenclature>
        """;
}
