using PublicApiGenerator;

namespace Scdl.Budget.Totem.Tests.Conventions;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_IsApproved() =>
        typeof(TotemConverter).Assembly
            .GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ShouldMatchApproved(options => options.WithDiscriminator("Scdl.Budget.Totem").NoDiff());

    [Fact]
    public void PublicApi_ExposesNoDependencyType()
    {
        var api = typeof(TotemConverter).Assembly.GeneratePublicApi();
        api.ShouldNotContain("System.Xml.");
        api.ShouldNotContain("System.IO.Abstractions.FileSystem ");
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = typeof(TotemConverter).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();
        open.ShouldBeEmpty();
    }
}
