using System.Text;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// Writes the hostile TOTEM documents of issue 12 into a folder, for the peak-memory measurements of
/// <c>docs/performance.md</c> ("TOTEM conversion: hostile input"): <c>dotnet run -c Release --project
/// benchmarks/Scdl.Budget.Benchmarks -- hostile-totem DIR</c>, then <c>/usr/bin/time -v scdl-budget convert</c> on each.
/// Each is the real Crach lotissement BP 2022 (ISO-8859-1, 21 lines) with one part made huge, written as a stream.
/// </summary>
internal static class HostileTotemFiles
{
    private const int MiB = 1 << 20;

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var original = File.ReadAllText(TotemBenchmarks.RealFile("crach-lotissement-boceno-bp2022.totem.xml"), Encoding.Latin1);
        const string Authority = "<LibelleColl V=\"CRACH\"/>";
        const string Informations = "<InformationsGenerales>";

        // The cases: one 150 MB attribute, a 50 MB LibelleColl.
        Huge(directory, "attribute-150mb.xml", original, Authority, "<LibelleColl V=\"", 150 * MiB, "\"/>");
        Huge(directory, "libellecoll-50mb.xml", original, Authority, "<LibelleColl V=\"", 50 * MiB, "\"/>");

        // Just under the value limit (1 MiB): accepted, but every record would pass the CSV reader's 1 MiB.
        Huge(directory, "libellecoll-under-limit.xml", original, Authority, "<LibelleColl V=\"", MiB - 64, "\"/>");

        // Long but readable: every line written is 900 KB.
        Huge(directory, "libellecoll-900kb.xml", original, Authority, "<LibelleColl V=\"", 900_000, "\"/>");

        // The other items the XML parser would buffer whole: a text, a comment.
        Huge(directory, "text-150mb.xml", original, Informations, Informations + "<Information Code=\"X\">", 150 * MiB, "</Information>");
        Huge(directory, "comment-150mb.xml", original, Informations, "<!-- ", 150 * MiB, " -->" + Informations);

        // A million nested elements, and 300 MB of lines (more than the 256 MiB document limit).
        Repeated(directory, "nested-1m.xml", original, Informations, Informations, "<a>", 1_000_000, string.Concat(Enumerable.Repeat("</a>", 1_000_000)));
        var first = original.IndexOf("<LigneBudget", StringComparison.Ordinal);
        var last = original.LastIndexOf("</LigneBudget>", StringComparison.Ordinal) + "</LigneBudget>".Length;
        var lines = original[first..last] + "\r\n";
        Repeated(directory, "lines-300mb.xml", original, original[first..last], string.Empty, lines, (int)(300L * MiB / lines.Length), string.Empty);
    }

    /// <summary>Replaces <paramref name="marker"/> by <paramref name="before"/>, <paramref name="size"/> bytes of 'A', <paramref name="after"/>.</summary>
    private static void Huge(string directory, string name, string original, string marker, string before, int size, string after) =>
        Repeated(directory, name, original, marker, before, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", size / 64, new string('A', size % 64) + after);

    private static void Repeated(string directory, string name, string original, string marker, string before, string unit, int count, string after)
    {
        var at = original.IndexOf(marker, StringComparison.Ordinal);
        using var writer = new StreamWriter(Path.Combine(directory, name), append: false, Encoding.Latin1);
        writer.Write(original.AsSpan(0, at));
        writer.Write(before);
        for (var i = 0; i < count; i++)
        {
            writer.Write(unit);
        }

        writer.Write(after);
        writer.Write(original.AsSpan(at + marker.Length));
        Console.WriteLine($"{name}: {writer.BaseStream.Length / 1_048_576.0:F1} MB");
    }
}
