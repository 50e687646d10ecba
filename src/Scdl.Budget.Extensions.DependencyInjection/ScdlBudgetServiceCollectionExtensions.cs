using System.IO.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scdl.Budget;
using Scdl.Budget.Csv;
using Scdl.Budget.Extensions.DependencyInjection;
using Scdl.Budget.Extensions.DependencyInjection.Internal;
using Scdl.Budget.Nomenclature;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

#pragma warning disable IDE0130 // In the namespace of IServiceCollection, so that AddScdlBudget is found without a using, as the framework's own AddXxx are.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers Scdl.Budget in a service collection: <c>services.AddScdlBudget(configuration.GetSection("ScdlBudget"))</c>.</summary>
public static class ScdlBudgetServiceCollectionExtensions
{
    /// <summary>Registers Scdl.Budget with the library's default settings.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    /// <inheritdoc cref="AddScdlBudget(IServiceCollection, Action{ScdlBudgetOptions})" path="/remarks"/>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddScdlBudget(this IServiceCollection services) => services.AddScdlBudget(static _ => { });

    /// <summary>Registers Scdl.Budget with settings bound from configuration.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The section holding the settings, such as <c>configuration.GetSection(ScdlBudgetOptions.SectionName)</c>; its
    /// keys are the property names of <see cref="ScdlBudgetOptions"/>, enum values by name.
    /// </param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    /// <inheritdoc cref="AddScdlBudget(IServiceCollection, Action{ScdlBudgetOptions})" path="/remarks"/>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddScdlBudget(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ScdlBudgetOptions>().Bind(configuration);
        return services.AddScdlBudgetServices();
    }

    /// <summary>Registers Scdl.Budget with settings set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    /// <remarks>
    /// Registers, as singletons: <see cref="IFileSystem"/> (the real file system, unless one is registered already),
    /// the plans de comptes (<see cref="PlanCatalog"/>: built-in, or read from <see cref="ScdlBudgetOptions.PlansPath"/>),
    /// <see cref="BudgetValidationOptions"/>, <see cref="BudgetValidator"/>, <see cref="TotemConversionOptions"/> and
    /// <see cref="ScdlBudgetService"/>, which logs through <see cref="ILogger{TCategoryName}"/> when logging is
    /// registered. The settings are checked when first used (at start-up in a host): a wrong value raises an
    /// <see cref="OptionsValidationException"/> naming it. Calling it more than once registers nothing twice; the
    /// settings of every call apply.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddScdlBudget(this IServiceCollection services, Action<ScdlBudgetOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ScdlBudgetOptions>().Configure(configure);
        return services.AddScdlBudgetServices();
    }

    private static IServiceCollection AddScdlBudgetServices(this IServiceCollection services)
    {
        services.AddOptions<ScdlBudgetOptions>().ValidateOnStart();
#pragma warning disable RS0030 // The application's edge: the container creates the real file system when none is registered.
        services.TryAddSingleton<IFileSystem>(static _ => new FileSystem());
#pragma warning restore RS0030
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScdlBudgetOptions>, ScdlBudgetOptionsValidator>());
        services.TryAddSingleton(LoadPlans);
        services.TryAddSingleton(ValidationOptions);
        services.TryAddSingleton(static provider => new BudgetValidator(provider.GetRequiredService<BudgetValidationOptions>()));
        services.TryAddSingleton(ConversionOptions);
        services.TryAddSingleton<ScdlBudgetService>();
        return services;
    }

    private static PlanCatalog LoadPlans(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<IOptions<ScdlBudgetOptions>>().Value;
        var fileSystem = provider.GetRequiredService<IFileSystem>();
        var (catalog, name) = settings.PlansPath switch
        {
            null => (PlanCatalog.BuiltIn, "built-in catalogue"),
            var directory when fileSystem.Directory.Exists(directory) => (PlanCatalog.FromDirectory(fileSystem, directory), "directory " + directory),
            var file => (PlanCatalog.FromFile(fileSystem, file), "file " + file),
        };
        if (provider.GetService<ILogger<ScdlBudgetService>>() is { } logger)
        {
            Log.PlansLoaded(logger, name, catalog.Nomenclatures.Count);
        }

        return catalog;
    }

    private static BudgetValidationOptions ValidationOptions(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<IOptions<ScdlBudgetOptions>>().Value;
        var reader = settings.ReadingMode == CsvReadingMode.Tolerant ? BudgetCsvReaderOptions.Tolerant : BudgetCsvReaderOptions.Default;
        return new BudgetValidationOptions
        {
            SchemaVersion = settings.SchemaVersion is { } version ? SchemaVersion.Parse(version) : SchemaVersion.Latest,
            ColumnConvention = settings.ColumnConvention,
            Reader = reader,
            RuleGroups = settings.RuleGroups,
            Nomenclature = settings.Nomenclature,
            // Named plans run the plan-based rules (BudgetValidationOptions.Plans); the built-in ones stay the library's default.
            Plans = settings.PlansPath is null ? null : provider.GetRequiredService<PlanCatalog>(),
            MaxFindingsKept = settings.MaxFindingsKept,
            SeverityOverrides = settings.SeverityOverrides.Count == 0
                ? null
                : settings.SeverityOverrides.ToDictionary(o => o.Key.ToUpperInvariant(), o => o.Value, StringComparer.Ordinal),
        };
    }

    private static TotemConversionOptions ConversionOptions(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<IOptions<ScdlBudgetOptions>>().Value;
        return new TotemConversionOptions
        {
            NameSource = settings.AuthorityName,
            OperationWithLabel = settings.OperationWithLabel,
            Writer = TotemConversionOptions.Default.Writer with { ColumnConvention = settings.ColumnConvention },
            Plans = settings.PlansPath is null ? null : provider.GetRequiredService<PlanCatalog>(),
        };
    }
}
