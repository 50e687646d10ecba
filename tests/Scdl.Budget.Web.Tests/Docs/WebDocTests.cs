using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Scdl.Budget.Web.Hosting;

namespace Scdl.Budget.Web.Tests.Docs;

/// <summary>What README.md and docs/web.md say of the web application is what it does.</summary>
public sealed class WebDocTests
{
    [Fact]
    public void Readme_SaysHowToRunIt_AndWhere()
    {
        var readme = Read("README.md");

        readme.ShouldContain("```sh\ndotnet run --project src/Scdl.Budget.Web\n```");
        readme.ShouldContain(WebApp.DefaultUrl);
        File.Exists(Path.Combine(RepositoryRoot(), "src", "Scdl.Budget.Web", "Scdl.Budget.Web.csproj")).ShouldBeTrue();
    }

    [Fact]
    public void WebDoc_ListsEverySetting_WithItsDefault()
    {
        var doc = Read("docs/web.md");
        var defaults = new WebOptions();

        foreach (var property in typeof(WebOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var row = Regex.Match(doc, $@"^\| `{property.Name}` \| (?<default>[^|]+) \|", RegexOptions.Multiline);
            row.Success.ShouldBeTrue($"docs/web.md has no row for {property.Name}");
            var value = property.GetValue(defaults);
            if (property.Name is nameof(WebOptions.MaxConcurrentOperations) or nameof(WebOptions.TempDirectory))
            {
                continue; // Per machine: said in words.
            }

            var text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            row.Groups["default"].Value.ShouldContain(value is TimeSpan span ? "`" + span.ToString("c", CultureInfo.InvariantCulture) + "`" : text, customMessage: property.Name);
        }
    }

    [Fact]
    public void WebDoc_AndTheGuide_NameTheDefaultAddress()
    {
        Read("docs/web.md").ShouldContain("**" + WebApp.DefaultUrl + "**");
        Read("docs/fr/tutoriel.md").ShouldContain("**" + WebApp.DefaultUrl + "**");
    }

    private static string Read(string path) => File.ReadAllText(Path.Combine(RepositoryRoot(), path)).ReplaceLineEndings("\n");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scdl.Budget.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
