using System.Globalization;
using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Tests.Support;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Totem.Tests;

/// <summary>Acceptance tests on every valid real TOTEM file, with the built-in plan catalogue.</summary>
public sealed class RealFilesTests
{
    private static readonly string[] AmountColumns = ["BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112"];

    public static TheoryData<string> ValidFiles => new(TestFiles.ValidXml);

    public static TheoryData<string, string> ReferencePairs => new()
    {
        { "crach-lotissement-boceno-bp2022.totem.xml", "crach-lotissement-boceno-bp2022.yatotem2scdl.csv" },
        { "crach-lotissement-boceno-ca2021.totem.xml", "crach-lotissement-boceno-ca2021.yatotem2scdl.csv" },
        { "crach-lotissement-boceno-dm1-2022.totem.xml", "crach-lotissement-boceno-dm1-2022.yatotem2scdl.csv" },
        { "crach-budget-principal-ca2021.totem.xml", "crach-budget-principal-ca2021.yatotem2scdl.csv" },
        { "crach-budget-principal-dm2-2021.totem.xml", "crach-budget-principal-dm2-2021.yatotem2scdl.csv" },
        { "crach-budget-principal-bp2022.totem.xml", "crach-budget-principal-bp2022.megalis-xsl.noheader.csv" },
        { "saint-malo-agglo-transport-bp2022.totem.xml", "saint-malo-agglo-transport-bp2022.yatotem2scdl.csv" },
        { "mohon-cfu2023.cfu.xml", "mohon-cfu2023.yatotem2scdl.csv" },
    };

    private static (TotemConversionResult Result, MockFileSystem FileSystem) ConvertToFile(string file, TotemConversionOptions? options = null)
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TestFiles.XmlBytes(file)));
        var result = TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", options);
        return (result, fileSystem);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void RealFile_ConvertsEveryLine_WithoutError_AndReadsBackStrictly(string file)
    {
        var (result, fileSystem) = ConvertToFile(file);

        result.Findings.Kept.Where(f => f.Severity == FindingSeverity.Error).ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        result.LinesWritten.ShouldBe(result.LinesRead);
        result.LinesRead.ShouldBeGreaterThan(0);
        var records = BudgetCsv.Read(fileSystem, "/out.csv").ToList();
        records.Count.ShouldBe((int)result.LinesWritten);
        records.SelectMany(r => r.Findings).Where(f => f.Severity == FindingSeverity.Error).ShouldBeEmpty();
        records.ShouldAllBe(r => r.Line != null && r.Line.ChapterLabel.Length > 0 && r.Line.AccountLabel.Length > 0);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void RealFile_ConvertsToAFileOurValidatorReportsFullyValid(string file)
    {
        var (result, fileSystem) = ConvertToFile(file);

        var report = new BudgetValidator(new BudgetValidationOptions { SchemaVersion = SchemaVersion.Version083 }).Validate(fileSystem, "/out.csv");

        report.Findings.Kept.Where(f => f.Severity == FindingSeverity.Error).ShouldBeEmpty();
        report.IsValid.ShouldBeTrue();
        report.LinesRead.ShouldBe(result.LinesWritten);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void RealFile_NothingLost_EveryAmountColumnSumsTheSame(string file)
    {
        var xmlSums = new decimal[AmountColumns.Length];
        long xmlLines = 0;
        using (var reader = TotemReader.Create(TestFiles.XmlStream(file)))
        {
            foreach (var line in reader.ReadLines())
            {
                xmlLines++;
                string?[] amounts = [line.MtReal, line.MtBudgPrec, line.MtRARPrec, line.MtPropNouv, line.MtPrev, line.CredOuv, line.MtRAR3112];
                for (var i = 0; i < amounts.Length; i++)
                {
                    xmlSums[i] += string.IsNullOrEmpty(amounts[i]) ? 0m : decimal.Parse(amounts[i]!, NumberStyles.Number, CultureInfo.InvariantCulture);
                }
            }
        }

        var (_, fileSystem) = ConvertToFile(file);
        var rows = SimpleCsv.Parse(fileSystem.File.ReadAllText("/out.csv"));
        var header = rows[0];
        var csvSums = AmountColumns.Select(column =>
        {
            var index = Array.IndexOf(header, column);
            return rows.Skip(1).Sum(row => row[index].Length == 0 ? 0m : decimal.Parse(row[index], NumberStyles.Number, CultureInfo.InvariantCulture));
        }).ToArray();

        (rows.Count - 1).ShouldBe((int)xmlLines);
        csvSums.ShouldBe(xmlSums);
    }

    [Theory]
    [MemberData(nameof(ReferencePairs))]
    public void RealFile_HasTheReferenceLinesCodesAndAmounts(string file, string reference)
    {
        // Both use the TOTEM converters' convention here: BGT_CONTNAT = chapter, BGT_NATURE = account.
        var options = new TotemConversionOptions { Writer = new BudgetCsvWriterOptions { ColumnConvention = ColumnConvention.TotemConverters } };
        var (result, fileSystem) = ConvertToFile(file, options);
        var ours = SimpleCsv.Parse(fileSystem.File.ReadAllText("/out.csv")).Skip(1).ToList();
        var theirs = SimpleCsv.Parse(File.ReadAllText(TestFiles.Csv(reference))).Where(r => r[0] != "BGT_NATDEC").ToList();
        var lines = TotemConverter.Read(TestFiles.XmlStream(file), options).Where(r => r.Line is not null).ToList();
        using var reader = TotemReader.Create(TestFiles.XmlStream(file));
        var sources = reader.ReadLines().ToList();

        ours.Count.ShouldBe(theirs.Count);
        for (var i = 0; i < ours.Count; i++)
        {
            var (o, t) = (ours[i], theirs[i]);
            var where = $"{file} line {lines[i].LineNumber}";
            o[0].ShouldBe(t[0].ToLowerInvariant(), where); // steps: theirs are capitalised; CFU is compte administratif
            o[1].ShouldBe(t[1], where); // year
            o[2].ShouldBe(t[2], where); // SIRET
            o[6].ShouldBe(t[6], where); // account
            o[8].ShouldBe(t[8], where); // function
            // The operation; for an operation for a third party (4581001, 45411) theirs is empty and ours is its number.
            o[10].ShouldBe(sources[i].OpeCpteTiers ?? t[10], where);
            o[12].ShouldBe(t[12], where); // réel / ordre
            o[13].ShouldBe(t[13], where); // recette / dépense
            for (var c = 14; c <= 20; c++)
            {
                o[c].ShouldBe(t[c], $"{where}, amount column {c + 1}"); // verbatim
            }

            o[21].ShouldBe(t[21], where); // article spécialisé
            if (t[4].Length > 0 && !lines[i].Findings.Any(f => f.Code == FindingCodes.TotemContNatNotAChapter))
            {
                o[4].ShouldBe(t[4], where); // ContNat, when it is a chapter, is our chapter
            }

            if (t[7].Length > 0)
            {
                o[7].ShouldBe(t[7], where); // the account label, when the reference found it
            }

            if (t[11].Length > 0)
            {
                o[11].ShouldBe(t[11], where); // the section, when the reference has one
            }
        }

        result.LinesWritten.ShouldBe(theirs.Count);
    }

    [Fact]
    public void SaintMalo_Account6518_ResolvesFromThePreviousYearsPlan()
    {
        var records = TotemConverter.Read(TestFiles.XmlStream("saint-malo-agglo-transport-bp2022.totem.xml")).ToList();

        var line = records.Single(r => r.Line?.AccountCode == "6518");
        line.Line!.ChapterCode.ShouldBe("65");
        line.Line.AccountLabel.ShouldNotBeNullOrWhiteSpace();
        line.Findings.ShouldContain(f => f.Code == FindingCodes.TotemCodeFromOtherYear && f.Arguments[1] == "2021");
    }

    [Fact]
    public void MohonCfu_IsConvertedAsCompteAdministratif_WithItsCalculatedLinesSkipped()
    {
        var (result, fileSystem) = ConvertToFile("mohon-cfu2023.cfu.xml");

        result.Header.Step.ShouldBe(BudgetStep.CompteFinancierUnique);
        result.LinesRead.ShouldBe(163);
        result.CalculatedLinesSkipped.ShouldBe(633);
        result.LinesWritten.ShouldBe(163);
        result.Findings.Kept.ShouldContain(f => f.Code == FindingCodes.TotemCompteFinancierUnique && f.Severity == FindingSeverity.Warning);
        result.Findings.Kept.ShouldContain(f => f.Code == FindingCodes.TotemCalculatedLinesSkipped && f.Arguments[0] == "633");
        BudgetCsv.Read(fileSystem, "/out.csv").ShouldAllBe(r => r.Line!.Step == BudgetStep.CompteAdministratif);
    }

    [Theory]
    [InlineData("saint-malo-agglo-transport-bp2022.totem.xml", "4581", "4581001", "001", 213L)]
    [InlineData("saint-malo-agglo-transport-bp2022.totem.xml", "4582", "4582001", "001", 403L)]
    [InlineData("mohon-cfu2023.cfu.xml", "4541", "45411", "1", 6248L)]
    [InlineData("mohon-cfu2023.cfu.xml", "4542", "45421", "1", 6299L)]
    public void ThirdPartyOperations_KeepTheirNumberInBgtOperation(string file, string account, string contNat, string number, long firstLine)
    {
        // Issue 11: an operation for a third party (account 4581/4541, ContNat = account + operation number) kept
        // only its account, so two operations for different third parties became the same line.
        var records = TotemConverter.Read(TestFiles.XmlStream(file)).Where(r => r.Line?.AccountCode == account).ToList();

        records.ShouldNotBeEmpty();
        records[0].LineNumber.ShouldBe(firstLine);
        records.ShouldAllBe(r => r.Line!.Operation == number && r.Line.ChapterCode == account);
        records.ShouldAllBe(r => r.Findings.Any(f => f.Code == FindingCodes.TotemContNatNotAChapter && f.Value == contNat));
    }
}
