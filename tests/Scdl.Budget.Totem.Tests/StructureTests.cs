using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

/// <summary>
/// Issue 12, "data dropped in silence": every <c>LigneBudget</c>, wherever it is in the document, is converted or
/// reported as a located finding, never neither; a document outside TOTEM's namespace is reported.
/// </summary>
public sealed class StructureTests
{
    private const string Principal = "21560046100010";
    private static readonly TotemConversionOptions Options = new() { PlanSource = new FakePlan() };

    private static readonly string Expense6411 = TotemXml.Line("""<Nature V="6411"/><CodRD V="D"/><MtPrev V="300.00"/><OpBudg V="0"/>""");

    private static string Document(string body, string xmlns = """ xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire" """) =>
        $"""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <DocumentBudgetaire{xmlns}>
          <EnTeteDocBudgetaire><LibelleColl V="CRACH"/><IdColl V="{TotemXml.Crach}"/></EnTeteDocBudgetaire>
        {body}
        </DocumentBudgetaire>
        """;

    private static string Budget(string lines, string natDec = "01", string idEtab = TotemXml.Crach, bool header = true) =>
        header
            ? $"""
              <Budget>
                <EnTeteBudget><LibelleEtab V="LOTISSEMENT"/><IdEtab V="{idEtab}"/><Nomenclature V="M14-M14_COM_500_3500"/></EnTeteBudget>
                <BlocBudget><NatDec V="{natDec}"/><Exer V="2022"/></BlocBudget>
              {lines}
              </Budget>
              """
            : $"""
              <Budget>
              {lines}
              </Budget>
              """;

    private static List<BudgetRecord> Read(string xml) => [.. TotemConverter.Read(TotemXml.Stream(xml), Options)];

    private static TotemConversionResult ConvertFile(string xml, MockFileSystem? fileSystem = null)
    {
        fileSystem ??= new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(System.Text.Encoding.Latin1.GetBytes(xml)));
        return TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", Options);
    }

    private static long LineOf(string xml, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = xml.IndexOf(marker, index + 1, StringComparison.Ordinal);
        }

        return xml[..index].Count(c => c == '\n') + 1;
    }

    [Fact]
    public void SecondBudget_IsASecondDocument_WithItsOwnStepAndSiret()
    {
        var xml = Document(Budget(TotemXml.Expense6045) + Budget(Expense6411, natDec: "02", idEtab: Principal));

        var records = Read(xml);

        records.Count.ShouldBe(3);
        records[0].Line!.Step.ShouldBe(BudgetStep.BudgetPrimitif);
        records[0].Line!.Siret.ToString().ShouldBe(TotemXml.Crach);
        var budget = records[1].Findings.ShouldHaveSingleItem();
        budget.Code.ShouldBe(FindingCodes.TotemSecondBudget);
        budget.Severity.ShouldBe(FindingSeverity.Warning);
        budget.Location.ShouldBe(new SourceLocation(LineOf(xml, "<Budget>", 2), "Budget"));
        budget.Arguments.ShouldBe(["décision modificative", "2022", Principal, LineOf(xml, "<Budget>").ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        records[1].Line.ShouldBeNull();
        records[2].Line!.Step.ShouldBe(BudgetStep.DecisionModificative);
        records[2].Line!.Siret.ToString().ShouldBe(Principal);
        records[2].Line!.AccountCode.ShouldBe("6411");
    }

    [Fact]
    public void SecondBudget_IsCountedAndWritten()
    {
        var fileSystem = new MockFileSystem();

        var result = ConvertFile(Document(Budget(TotemXml.Expense6045) + Budget(Expense6411, natDec: "02")), fileSystem);

        result.LinesRead.ShouldBe(2);
        result.LinesWritten.ShouldBe(2);
        result.Findings.WarningCount.ShouldBe(1);
        result.IsValid.ShouldBeTrue();
        Csv.BudgetCsv.Read(fileSystem, "/out.csv").Select(r => r.Line!.Step).ShouldBe([BudgetStep.BudgetPrimitif, BudgetStep.DecisionModificative]);
    }

    [Fact]
    public void SecondBudget_WithoutHeader_TakesThePreviousOne()
    {
        var records = Read(Document(Budget(TotemXml.Expense6045) + Budget(Expense6411, header: false)));

        records.Count.ShouldBe(3);
        records[1].Findings.ShouldHaveSingleItem().Arguments.Take(3).ShouldBe(["budget primitif", "2022", TotemXml.Crach]);
        records[2].Line!.Step.ShouldBe(BudgetStep.BudgetPrimitif);
        records[2].Line!.AccountCode.ShouldBe("6411");
    }

    [Fact]
    public void SecondBudget_WithAnInvalidHeader_IsRefusedAtItsLine()
    {
        var xml = Document(Budget(TotemXml.Expense6045) + Budget(Expense6411, natDec: "99"));
        using var records = TotemConverter.Read(TotemXml.Stream(xml), Options).GetEnumerator();

        records.MoveNext().ShouldBeTrue();
        records.Current.Line!.AccountCode.ShouldBe("6045");
        var error = Should.Throw<ScdlFormatException>(() => records.MoveNext());
        error.Code.ShouldBe(FindingCodes.TotemUnknownStep);
        error.Line.ShouldBe(LineOf(xml, "<NatDec V=\"99\"/>"));
    }

    [Fact]
    public void NestedLine_IsConvertedAndReported()
    {
        var nested = TotemXml.Expense6045.Replace("</LigneBudget>", Expense6411.Trim() + "</LigneBudget>", StringComparison.Ordinal);
        var xml = Document(Budget(nested));

        var records = Read(xml);

        records.Select(r => r.Line?.AccountCode).ShouldBe(["6411", "6045"]);
        var outside = records[0].Findings.ShouldHaveSingleItem();
        outside.Code.ShouldBe(FindingCodes.TotemLineOutsideBudget);
        outside.Value.ShouldBe("LigneBudget");
        outside.Location.Line.ShouldBe(LineOf(xml, "<Nature V=\"6045\""));
        records[1].Findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("after")]
    [InlineData("informations")]
    public void LineOutsideItsBudget_IsConvertedWithTheBudgetsHeaderAndReported(string where)
    {
        var xml = where == "after"
            ? Document(Budget(TotemXml.Expense6045) + Expense6411)
            : Document(Budget(TotemXml.Expense6045 + "<InformationsGenerales>" + Expense6411 + "</InformationsGenerales>"));

        var result = ConvertFile(xml);
        var records = Read(xml);

        result.LinesRead.ShouldBe(2);
        result.LinesWritten.ShouldBe(2);
        var line = records.Single(r => r.Line?.AccountCode == "6411");
        line.Line!.Siret.ToString().ShouldBe(TotemXml.Crach);
        var outside = line.Findings.ShouldHaveSingleItem();
        outside.Code.ShouldBe(FindingCodes.TotemLineOutsideBudget);
        outside.Value.ShouldBe(where == "after" ? "DocumentBudgetaire" : "InformationsGenerales");
        outside.Arguments.ShouldBe([LineOf(xml, "<Budget>").ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }

    [Fact]
    public void LinesBeforeTheBudget_AreReportedAndCountedAsNotWritten()
    {
        var xml = Document(Expense6411 + "\n" + Expense6411 + Budget(TotemXml.Expense6045));

        var result = ConvertFile(xml);
        var records = Read(xml);

        result.LinesRead.ShouldBe(3);
        result.LinesWritten.ShouldBe(1);
        result.LinesNotWritten.ShouldBe(2);
        result.IsValid.ShouldBeFalse();
        var before = records[0].Findings.ShouldHaveSingleItem();
        before.Code.ShouldBe(FindingCodes.TotemLinesBeforeHeader);
        before.Severity.ShouldBe(FindingSeverity.Error);
        before.Location.ShouldBe(new SourceLocation(LineOf(xml, "<LigneBudget>"), "LigneBudget"));
        before.Arguments.ShouldBe(["2", LineOf(xml, "<Budget>").ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        before.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).ShouldContain("2, la première à cette ligne");
    }

    [Fact]
    public void CalculatedLineOutsideItsBudget_IsSkippedAndCounted()
    {
        var calculated = TotemXml.Line("""<ChapitreNature V="011"/><CodRD V="D"/><OpBudg V="0"/>""", """ calculated="true" """);

        var result = ConvertFile(Document(Budget(TotemXml.Expense6045) + calculated));

        result.LinesRead.ShouldBe(1);
        result.CalculatedLinesSkipped.ShouldBe(1);
    }

    [Fact]
    public void Reader_GivesEachLineItsBudgetsHeaderAndWhereItIs()
    {
        var xml = Document(Budget(TotemXml.Expense6045) + Expense6411 + Budget(Expense6411, natDec: "02"));
        using var reader = TotemReader.Create(TotemXml.Stream(xml));

        var lines = reader.ReadLines().ToList();

        lines.Select(l => l.Parent).ShouldBe([null, "DocumentBudgetaire", null]);
        lines[0].Header.ShouldBeSameAs(reader.Header);
        lines[1].Header.ShouldBeSameAs(reader.Header);
        lines[2].Header!.Step.ShouldBe(BudgetStep.DecisionModificative);
        lines[2].Header!.BudgetElementLine.ShouldBe(LineOf(xml, "<Budget>", 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData(""" xmlns="http://example.org/budget" """)]
    public void DocumentOutsideTotemsNamespace_IsReported_AndStillConverted(string xmlns)
    {
        var records = Read(Document(Budget(TotemXml.Expense6045), xmlns));

        var finding = records[0].Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.TotemUnexpectedNamespace);
        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.Location.ShouldBe(new SourceLocation(2, "DocumentBudgetaire"));
        finding.Value.ShouldBe(xmlns.Length == 0 ? string.Empty : "http://example.org/budget");
        finding.Arguments.ShouldBe(["http://www.minefi.gouv.fr/cp/demat/docbudgetaire"]);
        records[1].Line!.AccountCode.ShouldBe("6045");
    }

    [Fact]
    public void CompteFinancierUniqueOutsideItsNamespace_IsReported()
    {
        var document = Document(Budget(TotemXml.Expense6045));
        var body = document[document.IndexOf("<DocumentBudgetaire", StringComparison.Ordinal)..];
        var xml = $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<CompteFinancierUnique>{body}</CompteFinancierUnique>";

        var findings = Read(xml)[0].Findings;

        findings.ShouldHaveSingleItem().Location.Column.ShouldBe("CompteFinancierUnique");
    }

    [Theory]
    [MemberData(nameof(RealFilesTests.ValidFiles), MemberType = typeof(RealFilesTests))]
    public void RealFiles_AreInTheirNamespace_AndHaveOneBudgetWithEveryLineInIt(string file)
    {
        using var reader = TotemReader.Create(TestFiles.XmlStream(file));

        var lines = reader.ReadLines().ToList();

        reader.Findings.ShouldBeEmpty();
        lines.ShouldAllBe(l => l.Parent == null && ReferenceEquals(l.Header, reader.Header));
    }

    [Fact]
    public void Records_SayWhatTheyAre_AndWhereTheyComeFrom()
    {
        var calculated = TotemXml.Line("""<ChapitreNature V="011"/><CodRD V="D"/><OpBudg V="0"/>""", """ calculated="true" """);
        var xml = Document(Budget(TotemXml.Expense6045 + calculated, natDec: "10") + Budget(Expense6411, natDec: "02"));
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(System.Text.Encoding.Latin1.GetBytes(xml)));

        var records = TotemConverter.Read(fileSystem, "/in.xml", Options).ToList();

        records.Select(r => r.Kind).ShouldBe([RecordKind.Header, RecordKind.Data, RecordKind.Header, RecordKind.Data, RecordKind.File]);
        records[0].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.TotemCompteFinancierUnique);
        records[2].Findings[0].Code.ShouldBe(FindingCodes.TotemSecondBudget);
        records[4].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.TotemCalculatedLinesSkipped);
        records.ShouldAllBe(r => r.Source == "/in.xml");
        TotemConverter.Read(TotemXml.Stream(xml), Options).ShouldAllBe(r => r.Source == null);
    }
}
