using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Spreadsheets.Tests.Support;

/// <summary>The real SCDL files of the core's tests (<c>TestData/scdl-csv</c>, see their <c>.source.txt</c>), read tolerantly.</summary>
internal static class RealFiles
{
    public const string MegalisNoHeader = "crach-budget-principal-bp2022.megalis-xsl.noheader.csv";

    public static IReadOnlyList<string> All { get; } =
    [
        MegalisNoHeader, "crach-budget-principal-ca2021.yatotem2scdl.csv", "crach-budget-principal-dm2-2021.yatotem2scdl.csv",
        "crach-lotissement-boceno-bp2022.yatotem2scdl.csv", "crach-lotissement-boceno-ca2021.yatotem2scdl.csv",
        "crach-lotissement-boceno-dm1-2022.yatotem2scdl.csv", "mohon-cfu2023.yatotem2scdl.csv",
        "morbihan-departement-ca2021.yatotem2scdl.csv", "saint-malo-agglo-transport-bp2022.yatotem2scdl.csv",
    ];

    public static TheoryData<string> Names => [.. All];

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "scdl-csv", name));

    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));

    public static bool HasHeader(string name) => name != MegalisNoHeader;

    /// <summary>The real files use the TOTEM converters' convention (BGT_CONTNAT = chapter); they are read tolerantly, as a workbook is.</summary>
    public static BudgetValidationOptions ValidationOptions(string name) => new()
    {
        ColumnConvention = ColumnConvention.TotemConverters,
        Reader = BudgetCsvReaderOptions.Tolerant with { HasHeader = HasHeader(name) },
        MaxFindingsKept = 100_000, // every finding, departures included, to compare them all
    };

    public static NormalizationOptions NormalizationOptions(string name) => new()
    {
        Reader = BudgetCsvReaderOptions.Tolerant with { HasHeader = HasHeader(name), ColumnConvention = ColumnConvention.TotemConverters },
    };

    public static SpreadsheetReaderOptions SheetOptions(string name) => new() { HasHeader = HasHeader(name) };

    /// <summary>Gets the number of data rows of the file.</summary>
    public static long DataRows(string name) =>
        Scdl.Budget.Totem.Tests.Support.SimpleCsv.Parse(Text(name)).Count(r => r.Length > 1) - (HasHeader(name) ? 1 : 0);

    /// <summary>Gets the workbook a spreadsheet program makes of the file.</summary>
    public static byte[] Workbook(string name) => Workbooks.FromCsv(Text(name), HasHeader(name));
}
