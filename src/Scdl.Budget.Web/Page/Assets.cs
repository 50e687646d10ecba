namespace Scdl.Budget.Web.Page;

/// <summary>
/// Serves the page's style sheet and script, embedded in the assembly (<c>Assets/</c>), so that the application serves
/// them wherever it runs from. Nothing else is loaded by the page: no font, no image, no resource from elsewhere.
/// </summary>
internal static class Assets
{
    /// <summary>The path of the style sheet.</summary>
    public const string StyleSheet = "/site.css";

    /// <summary>The path of the script.</summary>
    public const string Script = "/site.js";

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder endpoints)
    {
        var css = Load("site.css");
        var js = Load("site.js");
        endpoints.MapGet(StyleSheet, () => Results.Bytes(css, "text/css; charset=utf-8")).ExcludeFromDescription();
        endpoints.MapGet(Script, () => Results.Bytes(js, "text/javascript; charset=utf-8")).ExcludeFromDescription();
        return endpoints;
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Scdl.Budget.Web.Assets." + name)
            ?? throw new InvalidOperationException("Missing embedded asset " + name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
