namespace Scdl.Budget.Cli.Tests.Support;

/// <summary>A fact about what only Unix has (signals sent with <c>kill</c>, symbolic links made without privileges): skipped elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs Unix signals and symbolic links.";
        }
    }
}
