namespace Scdl.Budget.Web;

/// <summary>The entry point: <c>dotnet run --project src/Scdl.Budget.Web</c> serves the page and the API (docs/web.md).</summary>
internal sealed class Program
{
    private Program()
    {
    }

    public static Task Main(string[] args) => WebApp.Create(args).RunAsync();
}
