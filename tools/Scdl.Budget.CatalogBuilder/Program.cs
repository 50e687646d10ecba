using System.Globalization;
using System.IO.Abstractions;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.CatalogBuilder;

/// <summary>
/// Builds the compact catalogue of plans de comptes from a directory laid out
/// <c>{Exer}/{Norme}/{Declinaison}/planDeCompte.xml</c> (as odm-budgetaire.org publishes them).
/// Usage: <c>dotnet run --project tools/Scdl.Budget.CatalogBuilder -- &lt;plans-directory&gt; [output-file]</c>;
/// the output defaults to the resource embedded in the library, <c>src/Scdl.Budget/Nomenclature/Data/plans-de-comptes.bin</c>.
/// </summary>
internal static class Program
{
    private const string DefaultOutput = "src/Scdl.Budget/Nomenclature/Data/plans-de-comptes.bin";

    public static int Main(string[] args)
    {
        if (args is ["--measure"])
        {
            return Measure();
        }

        if (args.Length is < 1 or > 2 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("Usage: Scdl.Budget.CatalogBuilder <plans-directory> [output-file]");
            Console.Error.WriteLine("       Scdl.Budget.CatalogBuilder --measure   (time to first lookup and memory of the built-in catalogue)");
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

    /// <summary>
    /// Measures, in this fresh process, the time to the first lookup in the built-in catalogue (JIT and decoding
    /// included) and the memory it keeps, then the same once every plan has been indexed.
    /// </summary>
    private static int Measure()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var resource = typeof(PlanCatalog).Assembly.GetManifestResourceStream("Scdl.Budget.Nomenclature.plans-de-comptes.bin")!)
        {
            resource.Position = 8;
            using var brotli = new System.IO.Compression.BrotliStream(resource, System.IO.Compression.CompressionMode.Decompress);
            using var raw = new MemoryStream();
            brotli.CopyTo(raw);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"decompress only: {clock.Elapsed.TotalMilliseconds:F0} ms, {raw.Length:N0} bytes"));
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var lookup = PlanCatalog.BuiltIn.For(2022, "M14-M14_COM_500_3500");
        var chapter = lookup.FindChapterOfAccount("6064", FlowDirection.Depense, OperationKind.Reel);
        var first = clock.Elapsed;
        var loaded = GC.GetTotalMemory(forceFullCollection: true);

        clock.Restart();
        var second = PlanCatalog.BuiltIn.For(2023, "M57-M57_A").FindAccount("6064");
        var next = clock.Elapsed;

        clock.Restart();
        var codes = 0;
        foreach (var id in PlanCatalog.BuiltIn.Nomenclatures)
        {
            codes += PlanCatalog.BuiltIn.GetPlan(id)?.FindAccount("6064") is null ? 0 : 1;
        }

        var all = clock.Elapsed;
        var indexed = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first lookup (cold, JIT + decode): {first.TotalMilliseconds:F0} ms -> {chapter?.Value.Code} {chapter?.Value.Label}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory kept after the first lookup: {(loaded - before) / 1024.0 / 1024.0:F1} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lookup in another plan: {next.TotalMilliseconds:F1} ms -> {second?.Value.Label}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index all {PlanCatalog.BuiltIn.Nomenclatures.Count} plans: {all.TotalMilliseconds:F0} ms ({codes} have 6064); memory kept: {(indexed - before) / 1024.0 / 1024.0:F1} MiB"));
        return 0;
    }
}
