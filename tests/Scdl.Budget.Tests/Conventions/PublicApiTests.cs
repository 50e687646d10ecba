using PublicApiGenerator;

namespace Scdl.Budget.Tests.Conventions;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_IsApproved() =>
        typeof(BudgetLine).Assembly
            .GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ShouldMatchApproved(options => options.WithDiscriminator("Scdl.Budget").NoDiff());

    [Fact]
    public void PublicApi_ExposesNoDependencyType()
    {
        var api = typeof(BudgetLine).Assembly.GeneratePublicApi();
        api.ShouldNotContain("CsvHelper");
        api.ShouldNotContain("FluentValidation");
        api.ShouldNotContain("System.IO.Abstractions.FileSystem ");
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = typeof(BudgetLine).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .ToList();
        open.ShouldBeEmpty();
    }

    [Fact]
    public void AsyncMethods_HaveSyncTwins()
    {
        var methods = typeof(BudgetLine).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .ToList();
        var missing = methods
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.Name != "DisposeAsync")
            .Where(m => !methods.Any(s => s.DeclaringType == m.DeclaringType && s.Name == m.Name[..^5]))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        missing.ShouldBeEmpty();
    }
}
