using Microsoft.Extensions.DependencyInjection;
using PublicApiGenerator;

namespace Scdl.Budget.Extensions.DependencyInjection.Tests.Conventions;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_IsApproved() =>
        typeof(ScdlBudgetService).Assembly
            .GeneratePublicApi(new ApiGeneratorOptions { DenyNamespacePrefixes = [], ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ShouldMatchApproved(options => options.WithDiscriminator("Scdl.Budget.Extensions.DependencyInjection").NoDiff());

    [Fact]
    public void PublicApi_ExposesNoConcreteFileSystem()
    {
        var api = typeof(ScdlBudgetServiceCollectionExtensions).Assembly.GeneratePublicApi();
        api.ShouldNotContain("System.IO.Abstractions.FileSystem ");
        api.ShouldNotContain("CsvHelper");
        api.ShouldNotContain("FluentValidation");
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = typeof(ScdlBudgetService).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();
        open.ShouldBeEmpty();
    }
}
