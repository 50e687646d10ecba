namespace Scdl.Budget.Totem.Tests.Support;

/// <summary>The real TOTEM files and reference CSVs copied into TestData (see each .source.txt).</summary>
internal static class TestFiles
{
    public static readonly string[] ValidXml =
    [
        "crach-lotissement-boceno-bp2022.totem.xml",
        "crach-lotissement-boceno-ca2021.totem.xml",
        "crach-lotissement-boceno-dm1-2022.totem.xml",
        "crach-budget-principal-ca2021.totem.xml",
        "crach-budget-principal-dm2-2021.totem.xml",
        "crach-budget-principal-bp2022.totem.xml",
        "saint-malo-agglo-transport-bp2022.totem.xml",
        "mohon-cfu2023.cfu.xml",
    ];

    public static string Xml(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "totem-xml", name);

    public static string Csv(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "scdl-csv", name);

    public static byte[] XmlBytes(string name) => File.ReadAllBytes(Xml(name));

    public static MemoryStream XmlStream(string name) => new(XmlBytes(name), writable: false);

    public static MemoryStream Text(string xml, string encoding = "utf-8") =>
        new(System.Text.Encoding.GetEncoding(encoding).GetBytes(xml), writable: false);
}
