using Scdl.Budget.Csv;

namespace Scdl.Budget.Tests.Csv;

/// <summary>
/// The real SCDL files of <c>TestData/scdl-csv</c> (copied from the shared data, see each <c>.source.txt</c>) are read
/// strictly without exception, and every data row comes back as a record, typed or with findings.
/// </summary>
public sealed class RealFilesReadingTests
{
    public static TheoryData<string, int> Files => new()
    {
        { "crach-budget-principal-ca2021.yatotem2scdl.csv", 196 },
        { "crach-budget-principal-dm2-2021.yatotem2scdl.csv", 185 },
        { "crach-lotissement-boceno-bp2022.yatotem2scdl.csv", 21 },
        { "crach-lotissement-boceno-ca2021.yatotem2scdl.csv", 20 },
        { "crach-lotissement-boceno-dm1-2022.yatotem2scdl.csv", 20 },
        { "mohon-cfu2023.yatotem2scdl.csv", 163 },
        { "morbihan-departement-ca2021.yatotem2scdl.csv", 1273 },
        { "saint-malo-agglo-transport-bp2022.yatotem2scdl.csv", 123 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_RealFile_AccountsForEveryRow(string file, int dataRows)
    {
        var options = new BudgetCsvReaderOptions { ColumnConvention = ColumnConvention.TotemConverters };
        var records = BudgetCsv.Read(File.OpenRead(Path.Combine("TestData", "scdl-csv", file)), options).ToList();

        records.Count.ShouldBe(dataRows);
        records.Select(r => r.LineNumber).ShouldBe(Enumerable.Range(2, dataRows).Select(i => (long)i));
        records.ShouldAllBe(r => r.Line != null || r.Findings.Any(f => f.Severity == FindingSeverity.Error));
        records.SelectMany(r => r.Findings).ShouldAllBe(f => f.Location.Line >= 2 && f.Location.Column != null);
    }

    [Fact]
    public void Read_Morbihan_CapitalisedStep_IsAnErrorOnEveryLine_AndTheStepIsStillRead()
    {
        var options = new BudgetCsvReaderOptions { ColumnConvention = ColumnConvention.TotemConverters };
        var records = BudgetCsv.Read(File.OpenRead(Path.Combine("TestData", "scdl-csv", "morbihan-departement-ca2021.yatotem2scdl.csv")), options).ToList();

        // Strict reading reports the spelling as the schema's error (content: the file is invalid as published), and
        // still reads the step, so that every other check runs on the line.
        records.ShouldAllBe(r => r.Findings.Any(f => f.Code == FindingCodes.ValueNotAllowed && f.Location.Column == "BGT_NATDEC" && f.Value == "Compte administratif"));
        records.Where(r => r.Line != null).ShouldAllBe(r => r.Line!.Step == BudgetStep.CompteAdministratif);
        records.Count(r => r.Line != null).ShouldBe(1273 - records.Count(r => r.Findings.Any(f => f.Code == FindingCodes.RequiredValueMissing && f.Location.Column == "BGT_SECTION")));
    }

    [Fact]
    public void Read_MegalisFileWithoutHeader_FailsWithHeaderAndReadsByPosition()
    {
        var path = Path.Combine("TestData", "scdl-csv", "crach-budget-principal-bp2022.megalis-xsl.noheader.csv");

        Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(File.OpenRead(path)).ToList()).Code.ShouldBe(FindingCodes.NoHeader);

        var records = BudgetCsv.Read(File.OpenRead(path), new BudgetCsvReaderOptions { HasHeader = false, ColumnConvention = ColumnConvention.TotemConverters }).ToList();
        records[0].Kind.ShouldBe(RecordKind.File);
        records[0].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.ReadWithoutHeader);
        records.Count(r => r.Kind == RecordKind.Data).ShouldBe(201);
        records.Count(r => r.Line != null).ShouldBeGreaterThan(0);
        records.Where(r => r.Line != null).ShouldAllBe(r => r.Line!.Step == BudgetStep.BudgetPrimitif && r.Line.Siret.ToString() == "21560046100010");
    }
}
