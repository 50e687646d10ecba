using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation;

/// <summary>The real SCDL files of <c>TestData/scdl-csv</c> (see their <c>.source.txt</c>) and how to validate them.</summary>
internal static class RealFiles
{
    public const string MegalisNoHeader = "crach-budget-principal-bp2022.megalis-xsl.noheader.csv";
    public const string CrachCa2021 = "crach-budget-principal-ca2021.yatotem2scdl.csv";
    public const string CrachDm2021 = "crach-budget-principal-dm2-2021.yatotem2scdl.csv";
    public const string BocenoBp2022 = "crach-lotissement-boceno-bp2022.yatotem2scdl.csv";
    public const string BocenoCa2021 = "crach-lotissement-boceno-ca2021.yatotem2scdl.csv";
    public const string BocenoDm2022 = "crach-lotissement-boceno-dm1-2022.yatotem2scdl.csv";
    public const string MohonCfu2023 = "mohon-cfu2023.yatotem2scdl.csv";
    public const string MorbihanCa2021 = "morbihan-departement-ca2021.yatotem2scdl.csv";
    public const string SaintMaloBp2022 = "saint-malo-agglo-transport-bp2022.yatotem2scdl.csv";

    /// <summary>Gets the names of every real file.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MegalisNoHeader, CrachCa2021, CrachDm2021, BocenoBp2022, BocenoCa2021, BocenoDm2022, MohonCfu2023, MorbihanCa2021, SaintMaloBp2022];

    /// <summary>The real files use the TOTEM converters' convention (BGT_CONTNAT = chapter).</summary>
    public static BudgetValidationOptions Options(string name) => new()
    {
        ColumnConvention = ColumnConvention.TotemConverters,
        Reader = name == MegalisNoHeader ? new BudgetCsvReaderOptions { HasHeader = false } : null,
    };

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "scdl-csv", name));

    public static MockFileSystem FileSystem(string name) => new(new Dictionary<string, MockFileData>
    {
        [Path.Combine("/data", name)] = new(Bytes(name)),
    });

    public static ValidationReport Validate(string name, BudgetValidationOptions? options = null) =>
        new BudgetValidator(options ?? Options(name)).Validate(FileSystem(name), Path.Combine("/data", name));

    /// <summary>The file with its step spelled in lower case, as the schema wants: the lines then type, and the budget rules see them.</summary>
    public static ValidationReport ValidateWithStepFixed(string name)
    {
        var text = Encoding.UTF8.GetString(Bytes(name));
        foreach (var step in new[] { "Budget primitif", "Compte administratif", "Décision modificative" })
        {
            text = text.Replace(step + ",", step.ToLowerInvariant() + ",", StringComparison.Ordinal);
        }

        return new BudgetValidator(Options(name)).Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)), name + " (step fixed)");
    }
}
