namespace Scdl.Budget.Web.Tests.Support;

/// <summary>The real files copied in the test projects' TestData (each with its <c>.source.txt</c>), linked into this one.</summary>
internal static class TestFiles
{
    public const string BocenoBpXml = "totem-xml/crach-lotissement-boceno-bp2022.totem.xml";
    public const string BocenoCaXml = "totem-xml/crach-lotissement-boceno-ca2021.totem.xml";
    public const string PrincipalCaXml = "totem-xml/crach-budget-principal-ca2021.totem.xml";
    public const string NoBudgetXml = "totem-xml/invalid-no-budget-element.totem.xml";
    public const string BocenoBpCsv = "scdl-csv/crach-lotissement-boceno-bp2022.yatotem2scdl.csv";
    public const string MorbihanCsv = "scdl-csv/morbihan-departement-ca2021.yatotem2scdl.csv";

    /// <summary>Gets the real TOTEM files that convert (the broken one left out).</summary>
    public static IEnumerable<string> TotemFiles => Files("totem-xml", "*.xml").Where(f => !f.Contains("invalid-", StringComparison.Ordinal));

    /// <summary>Gets the real SCDL CSV files.</summary>
    public static IEnumerable<string> CsvFiles => Files("scdl-csv", "*.csv");

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static string Name(string relative) => Path.GetFileName(relative);

    private static IEnumerable<string> Files(string directory, string pattern) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", directory), pattern)
            .Select(f => directory + "/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal);
}
