using System.Globalization;
using System.IO.Abstractions;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.CatalogBuilder;

/// <summary>
/// Builds the compact catalogue of plans de comptes from a directory laid out
/// <c>{Exer}/{Norme}/{Declinaison}/planDeCompte.xml</c> (as odm-budgetaire.org publishes them).
/// Usage: <c>dotnet run --project src/Scdl.Budget.CatalogBuilder -- &lt;plans-directory&gt; [output-file]</c>;
/// the output defaults to the resource embedded in the library, <c>src/Scdl.Budget/Nomenclature/Data/plans-de-comptes.bin</c>.
/// </summary>
internal static class Program
{
    private const string DefaultOutput = "src/Scdl.Budget/Nomenclature/Data/plans-de-comptes.bin";

    public static int Main(string[] args)
    {
        if (args.Length is < 1 or > 2 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("Usage: Scdl.Budget.CatalogBuilder <plans-directory> [output-file]");
            Console.Error.WriteLine("  <plans-directory>  laid out {Exer}/{Norme}/{Declinaison}/planDeCompte.xml");
            Console.Error.WriteLine("  [output-file]      default: " + DefaultOutput);
            return 2;
        }

        var fileSystem = new FileSystem();
        var output = args.Length == 2 ? args[1] : DefaultOutput;
        try
        {
            var catalog = PlanCatalog.FromDirectory(fileSystem, args[0]);
            if (catalog.Nomenclatures.Count == 0)
            {
                Console.Error.WriteLine($"No {PlanCatalog.PlanFileName} found under {args[0]} in the layout {{Exer}}/{{Norme}}/{{Declinaison}}.");
                return 1;
            }

            var temporary = output + ".tmp";
            using (var stream = fileSystem.File.Create(temporary))
            {
                catalog.WriteCompact(stream);
            }

            fileSystem.File.Move(temporary, output, overwrite: true);
            var size = fileSystem.FileInfo.New(output).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalog.Nomenclatures.Count} plans written to {output} ({size:N0} bytes)."));
            return 0;
        }
        catch (Exception exception) when (exception is ScdlFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }
}
