using PublicApiGenerator;

namespace Scdl.Budget.Spreadsheets.Tests.Conventions;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_IsApproved() =>
        typeof(BudgetSpreadsheetReader).Assembly
            .GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ShouldMatchApproved(options => options.WithDiscriminator("Scdl.Budget.Spreadsheets").NoDiff());

    [Fact]
    public void PublicApi_ExposesNoDependencyType()
    {
        var api = typeof(BudgetSpreadsheetReader).Assembly.GeneratePublicApi();
        api.ShouldNotContain("DocumentFormat.");
        api.ShouldNotContain("System.Xml.");
        api.ShouldNotContain("System.IO.Abstractions.FileSystem ");
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = typeof(BudgetSpreadsheetReader).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();
        open.ShouldBeEmpty();
    }

    [Fact]
    public void AsyncMethods_HaveSyncTwins()
    {
        var methods = typeof(BudgetSpreadsheetReader).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .ToList();
        var names = methods.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        methods.Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.Name != "DisposeAsync")
            .Where(m => !names.Contains(m.Name[..^5]))
            .Select(m => m.Name)
            .ShouldBeEmpty();
    }
}
