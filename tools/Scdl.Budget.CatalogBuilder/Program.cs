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
                WriteStored(catalog, stream);
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
    /// Writes the catalogue in the stored form that the library embeds (format 2): the compact form of
    /// <see cref="PlanCatalog.WriteCompact(Stream)"/> (format 1) with its Brotli payload decompressed, so that the
    /// library reads it without decompressing (3 to 4 ms at every start) while the package compresses it anyway.
    /// </summary>
    private static void WriteStored(PlanCatalog catalog, Stream output)
    {
        const int HeaderLength = 8; // "SCDLPDC" and the format version
        using var compact = new MemoryStream();
        catalog.WriteCompact(compact);
        var header = compact.GetBuffer().AsSpan(0, HeaderLength).ToArray();
        header[^1] = 2;
        output.Write(header);
        compact.Position = HeaderLength;
        using var payload = new System.IO.Compression.BrotliStream(compact, System.IO.Compression.CompressionMode.Decompress);
        payload.CopyTo(output);
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
            var opened = PlanCatalog.LoadCompact(resource);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open and check only: {clock.Elapsed.TotalMilliseconds:F1} ms, {resource.Length:N0} bytes, {opened.Nomenclatures.Count} plans"));
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
