using System.Globalization;
using System.Xml.Linq;
using System.Xml.XPath;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

/// <summary>Issue 16, item 3: the outstanding debt read from the loans annex, checked against a sum made here by XPath.</summary>
public sealed class AnnexesTests
{
    private const string Loans = "//*[local-name()='Budget']/*[local-name()='Annexes']/*[local-name()='DATA_EMPRUNT']/*[local-name()='EMPRUNT'][not(@calculated='true')]";

    private static readonly TotemConversionOptions Options = new() { PlanSource = new FakePlan() };

    private static decimal? Sum(XDocument document, string type, string element)
    {
        if (document.XPathSelectElements("//*[local-name()='DATA_EMPRUNT']").FirstOrDefault() is null)
        {
            return null;
        }

        return document.XPathSelectElements($"{Loans}[*[local-name()='CodTypEmpr']/@V='{type}']/*[local-name()='{element}']")
            .Sum(e => decimal.Parse(e.Attribute("V")!.Value, NumberStyles.Number, CultureInfo.InvariantCulture));
    }

    private static TotemAnnexes AnnexesOf(string xml)
    {
        using var reader = TotemReader.Create(TotemXml.Stream(xml));
        _ = reader.ReadLines().ToList();
        return reader.Annexes!;
    }

    private static string WithLoans(string loans) =>
        TotemXml.Document(TotemXml.Expense6045 + "\n<Annexes><DATA_EMPRUNT>" + loans + "</DATA_EMPRUNT></Annexes>");

    private static string Loan(string type, string? end, string? start = null, string attributes = "") =>
        $"<EMPRUNT{attributes}><CodTypEmpr V=\"{type}\"/>"
        + (start is null ? string.Empty : $"<MtCapitalRestDu_01_01 V=\"{start}\"/>")
        + (end is null ? string.Empty : $"<MtCapitalRestDu_31_12 V=\"{end}\"/>")
        + "</EMPRUNT>";

    [Theory]
    [MemberData(nameof(RealFilesTests.ValidFiles), MemberType = typeof(RealFilesTests))]
    public void RealFile_OutstandingDebt_IsTheSumOfItsOwnLoans(string file)
    {
        var document = XDocument.Load(TestFiles.Xml(file));

        var result = TotemConverter.Convert(TestFiles.XmlStream(file), Stream.Null);

        result.Annexes.HasLoansAnnex.ShouldBeTrue();
        result.Annexes.OutstandingDebt.ShouldBe(Sum(document, "01", "MtCapitalRestDu_31_12"));
        result.Annexes.OutstandingDebtAtStartOfYear.ShouldBe(Sum(document, "01", "MtCapitalRestDu_01_01"));
        result.Annexes.GuaranteedDebt.ShouldBe(Sum(document, "09", "MtCapitalRestDu_31_12"));
        result.Annexes.LoanCount.ShouldBe(document.XPathSelectElements($"{Loans}[*[local-name()='CodTypEmpr']/@V='01']").Count());
        result.Findings.Kept.ShouldNotContain(f => f.Code == FindingCodes.TotemLoanAmountUnreadable || f.Code == FindingCodes.TotemLoanOfUnknownType);
    }

    [Theory]
    [InlineData("crach-budget-principal-ca2021.totem.xml", "2079074.34", "2218967.47", "577104.95", 7)]
    [InlineData("crach-lotissement-boceno-ca2021.totem.xml", "2500000.00", "2500000.00", "0", 2)]
    [InlineData("mohon-cfu2023.cfu.xml", "249941.48", "313478.49", "0", 3)]
    public void RealAccounts_OutstandingDebt(string file, string end, string start, string guaranteed, int loans)
    {
        var annexes = TotemConverter.Convert(TestFiles.XmlStream(file), Stream.Null).Annexes;

        annexes.OutstandingDebt.ShouldBe(decimal.Parse(end, CultureInfo.InvariantCulture));
        annexes.OutstandingDebtAtStartOfYear.ShouldBe(decimal.Parse(start, CultureInfo.InvariantCulture));
        annexes.GuaranteedDebt.ShouldBe(decimal.Parse(guaranteed, CultureInfo.InvariantCulture));
        annexes.LoanCount.ShouldBe(loans);
    }

    [Fact]
    public void MohonCfu_OutstandingDebt_EqualsTheDocumentsOwnTotal()
    {
        // The CFU carries calculated totals of its loans (generator TOTAL_PAR_NATURE.xsl): the sum must be theirs.
        var document = XDocument.Load(TestFiles.Xml("mohon-cfu2023.cfu.xml"));
        var total = document.XPathSelectElements("//*[local-name()='EMPRUNT'][@calculated='true'][contains(@generator, 'TOTAL_PAR_NATURE')]/*[local-name()='MtCapitalRestDu_31_12']")
            .Single().Attribute("V")!.Value;

        var annexes = TotemConverter.Convert(TestFiles.XmlStream("mohon-cfu2023.cfu.xml"), Stream.Null).Annexes;

        annexes.OutstandingDebt.ShouldBe(decimal.Parse(total, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NoLoansAnnex_GivesNoDebt()
    {
        var result = TotemConverter.Convert(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045)), Stream.Null, Options);

        result.Annexes.HasLoansAnnex.ShouldBeFalse();
        result.Annexes.OutstandingDebt.ShouldBeNull();
        result.Annexes.GuaranteedDebt.ShouldBeNull();
        result.Annexes.LoanCount.ShouldBe(0);
    }

    [Fact]
    public void Loans_AreSummedByType_CalculatedOnesAndRatiosLeftOut_AbsentAmountsAsZero()
    {
        var annexes = AnnexesOf(WithLoans(
            Loan("01", "100.50", "150.50")
            + Loan("01", null, "20.00")
            + Loan("09", "1000")
            + Loan("10", null)
            + Loan("01", "999999", "999999", """ calculated="true" """)));

        annexes.OutstandingDebt.ShouldBe(100.50m);
        annexes.OutstandingDebtAtStartOfYear.ShouldBe(170.50m);
        annexes.GuaranteedDebt.ShouldBe(1000m);
        annexes.LoanCount.ShouldBe(2);
    }

    [Fact]
    public void AnEmptyLoansAnnex_GivesZero()
    {
        AnnexesOf(WithLoans(string.Empty)).OutstandingDebt.ShouldBe(0m);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("1 000,00")]
    [InlineData("79228162514264337593543950335")]
    public void UnreadableAmount_LeavesTheDebtUnknown_AndIsReported(string amount)
    {
        var xml = WithLoans(Loan("01", "79228162514264337593543950335") + Loan("01", amount));
        var records = TotemConverter.Read(TotemXml.Stream(xml), Options).ToList();
        using var reader = TotemReader.Create(TotemXml.Stream(xml));
        _ = reader.ReadLines().ToList();

        reader.Annexes!.OutstandingDebt.ShouldBeNull();
        var finding = records[^1].Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.TotemLoanAmountUnreadable);
        finding.Value.ShouldBe(amount);
        finding.Location.Column.ShouldBe("EMPRUNT/MtCapitalRestDu_31_12");
        records[^1].Line.ShouldBeNull();
    }

    [Fact]
    public void LoanOfAnUnknownTypeWithCapital_LeavesTheDebtUnknown_AndIsReported()
    {
        var xml = WithLoans(Loan("01", "100") + Loan("05", "1000") + Loan("07", "0"));

        var result = TotemConverter.Convert(TotemXml.Stream(xml), Stream.Null, Options);

        result.Annexes.OutstandingDebt.ShouldBeNull();
        result.Annexes.OutstandingDebtAtStartOfYear.ShouldBeNull();
        var finding = result.Findings.Kept.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.TotemLoanOfUnknownType);
        finding.Value.ShouldBe("05");
        finding.Severity.ShouldBe(FindingSeverity.Warning);
    }

    [Fact]
    public void Annexes_AreKnownOnlyOnceTheLinesAreRead()
    {
        using var reader = TotemReader.Create(TotemXml.Stream(WithLoans(Loan("01", "1"))));

        reader.Annexes.ShouldBeNull();
        _ = reader.ReadLines().ToList();
        reader.Annexes!.OutstandingDebt.ShouldBe(1m);
    }

    [Fact]
    public void GetAnalysisOptions_CarryTheNomenclatureAndTheDebtOfTheAnnex_ToTheValidationOfTheCsv()
    {
        using var csv = new MemoryStream();
        var result = TotemConverter.Convert(TestFiles.XmlStream("mohon-cfu2023.cfu.xml"), csv);

        var options = result.GetAnalysisOptions(new Budget.Analysis.AnalysisOptions { TopFunctions = 3 });
        var validation = new Budget.Validation.BudgetValidator(new Budget.Validation.BudgetValidationOptions { Analysis = options }).Validate(new MemoryStream(csv.ToArray()));

        (options.OutstandingDebt, options.TopFunctions).ShouldBe((249941.48m, 3));
        var epargne = validation.Analysis.ShouldNotBeNull().Documents.ShouldHaveSingleItem().Epargne;
        validation.Analysis.Documents[0].Nomenclature.ShouldBe(result.Header.Norme);
        epargne.EncoursDeLaDette.Value.ShouldBe(249941.48m);
        epargne.CapaciteDeDesendettement.Value.ShouldBe(Math.Round(249941.48m / epargne.EpargneBrute.Value!.Value, 2, MidpointRounding.AwayFromZero));
        epargne.CapaciteDeDesendettement.Value.ShouldBe(1.11m);
    }
}
