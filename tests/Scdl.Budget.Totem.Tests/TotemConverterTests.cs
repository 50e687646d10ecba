using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

public sealed class TotemConverterTests
{
    private static readonly TotemConversionOptions Options = new() { PlanSource = new FakePlan() };

    private static List<BudgetRecord> Convert(string lines, TotemConversionOptions? options = null, string natDec = "01", string idEtab = TotemXml.Crach) =>
        [.. TotemConverter.Read(TotemXml.Stream(TotemXml.Document(lines, natDec: natDec, idEtab: idEtab)), options ?? Options)];

    private static BudgetRecord Single(string inner, TotemConversionOptions? options = null) =>
        Convert(TotemXml.Line(inner), options).ShouldHaveSingleItem();

    [Fact]
    public void Line_IsMappedWithPlanLabelsAndAmountsAsWritten()
    {
        var record = Convert(TotemXml.Expense6045).ShouldHaveSingleItem();

        record.Findings.ShouldBeEmpty();
        record.LineNumber.ShouldBe(24);
        record.Line.ShouldBe(new BudgetLine
        {
            Step = BudgetStep.BudgetPrimitif,
            Year = 2022,
            Siret = Siret.Parse(TotemXml.Crach),
            AuthorityName = "CRACH",
            AccountCode = "6045",
            AccountLabel = "Achats d'études, prestations de services (terrains à aménager)",
            ChapterCode = "011",
            ChapterLabel = "Charges à caractère général",
            Section = BudgetSection.Fonctionnement,
            OperationKind = OperationKind.Reel,
            Direction = FlowDirection.Depense,
            BudgetPrecedent = 40000.00m,
            PropositionsNouvelles = 15000.00m,
            MontantVote = 15000.00m,
            CreditsOuverts = 15000.00m,
            SpecializedArticle = SpecializedArticle.NonSpecialise,
        });
        record.Line!.MontantVote!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("15000.00");
    }

    [Theory]
    [InlineData("01", BudgetStep.BudgetPrimitif)]
    [InlineData("02", BudgetStep.DecisionModificative)]
    [InlineData("03", BudgetStep.BudgetSupplementaire)]
    [InlineData("09", BudgetStep.CompteAdministratif)]
    [InlineData("10", BudgetStep.CompteFinancierUnique)]
    public void Step_IsMappedFromNatDec(string natDec, BudgetStep step)
    {
        var records = Convert(TotemXml.Expense6045, natDec: natDec);

        records[^1].Line!.Step.ShouldBe(step);
        if (step == BudgetStep.CompteFinancierUnique)
        {
            var cfu = records[0].Findings.ShouldHaveSingleItem();
            cfu.Code.ShouldBe(FindingCodes.TotemCompteFinancierUnique);
            cfu.Severity.ShouldBe(FindingSeverity.Warning);
            cfu.Location.Line.ShouldBe(15);
        }
        else
        {
            records.Count.ShouldBe(1);
        }
    }

    [Theory]
    [InlineData(CfuPolicy.AsCompteAdministratif, "compte administratif")]
    [InlineData(CfuPolicy.Literal, "compte financier unique")]
    public void Cfu_IsWrittenPerTheWritersPolicy(CfuPolicy policy, string expected)
    {
        var options = Options with { Writer = new BudgetCsvWriterOptions { CfuPolicy = policy } };
        using var xml = TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045, natDec: "10"));
        using var csv = new MemoryStream();

        var result = TotemConverter.Convert(xml, csv, options, leaveOpen: true);

        Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n")[1].ShouldStartWith(expected + ",2022,");
        result.Findings.Kept.ShouldHaveSingleItem().Arguments.ShouldBe([expected]);
    }

    [Theory]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/>""", "011", BudgetSection.Fonctionnement)]
    [InlineData("""<Nature V="3555"/><CodRD V="R"/><OpBudg V="1"/><TypOpBudg V="2"/>""", "040", BudgetSection.Investissement)]
    [InlineData("""<Nature V="3555"/><CodRD V="D"/><OpBudg V="1"/><TypOpBudg V="2"/>""", "042", BudgetSection.Fonctionnement)]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="1"/><TypOpBudg V="1"/>""", "043", BudgetSection.Fonctionnement)]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="1"/>""", "043", BudgetSection.Fonctionnement)]
    [InlineData("""<Nature V="1641"/><CodRD V="R"/><OpBudg V="0"/>""", "16", BudgetSection.Investissement)]
    public void Chapter_WithoutContNat_IsDerivedFromTheAccount(string inner, string chapter, BudgetSection section)
    {
        var record = Single(inner);

        record.Findings.ShouldBeEmpty();
        record.Line!.ChapterCode.ShouldBe(chapter);
        record.Line.Section.ShouldBe(section);
    }

    [Fact]
    public void ContNat_WhenAChapter_WinsOverTheDerivation()
    {
        var record = Single("""<Nature V="6045"/><ContNat V="012"/><CodRD V="D"/><OpBudg V="0"/>""");

        record.Line!.ChapterCode.ShouldBe("012");
        record.Line.ChapterLabel.ShouldBe("Charges de personnel et frais assimilés");
        record.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void ContNat_ThatIsAnAccount_GivesWayToTheAccountsChapter()
    {
        var record = Single("""<Nature V="2188"/><ContNat V="2188"/><Operation V="93"/><CodRD V="D"/><OpBudg V="0"/>""");

        record.Line!.ChapterCode.ShouldBe("21");
        record.Line.Operation.ShouldBe("93");
        var info = record.Findings.ShouldHaveSingleItem();
        info.Code.ShouldBe(FindingCodes.TotemContNatNotAChapter);
        info.Severity.ShouldBe(FindingSeverity.Info);
        info.Arguments[0].ShouldBe("21");
    }

    [Fact]
    public void ContNat_OperationChapter_FallsBackToTheLongestChapterPrefix()
    {
        var record = Single("""<Nature V="4581"/><ContNat V="4581001"/><CodRD V="D"/><OpBudg V="0"/>""");

        record.Line!.ChapterCode.ShouldBe("4581");
        record.Line.Section.ShouldBe(BudgetSection.Investissement);
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.TotemContNatNotAChapter);
    }

    [Fact]
    public void ChapitreNature_IsUsedWhenTheAccountGivesNoChapter()
    {
        var record = Single("""<Nature V="6999"/><ChapitreNature V="011"/><LibCpte V="Autres charges"/><CodRD V="D"/><OpBudg V="0"/>""");

        record.Line!.ChapterCode.ShouldBe("011");
        record.Line.AccountLabel.ShouldBe("Autres charges");
        var warning = record.Findings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(FindingCodes.TotemAccountLabelFromLine);
        warning.Severity.ShouldBe(FindingSeverity.Warning);
    }

    [Fact]
    public void AccountFromAnotherYearsPlan_IsConvertedAndReported()
    {
        var record = Single("""<Nature V="6518"/><CodRD V="D"/><OpBudg V="0"/>""");

        record.Line!.AccountLabel.ShouldBe("Autres (redevances pour concessions)");
        var info = record.Findings.ShouldHaveSingleItem();
        info.Code.ShouldBe(FindingCodes.TotemCodeFromOtherYear);
        info.Severity.ShouldBe(FindingSeverity.Info);
        info.Arguments.ShouldBe(["M14-M14_COM_500_3500 2022", "2021"]);
    }

    [Fact]
    public void UnknownAccount_WithoutChapter_IsReportedAndNotWritten()
    {
        var record = Single("""<Nature V="7999"/><CodRD V="R"/><OpBudg V="0"/><MtPrev V="10"/>""");

        record.Line.ShouldBeNull();
        record.LineNumber.ShouldBe(24);
        record.Findings.Select(f => f.Code).ShouldBe([FindingCodes.TotemChapterNotFound, FindingCodes.TotemAccountNotInPlan]);
        record.Findings.ShouldAllBe(f => f.Severity == FindingSeverity.Error && f.Location.Line == 24);
        record.Findings[0].Location.Column.ShouldBe("LigneBudget/ContNat");
    }

    [Fact]
    public void Section_FromCaracSup_IsKeptEvenWhenTheChapterDiffers()
    {
        var record = Single("""<Nature V="6045"/><ContNat V="011"/><CodRD V="D"/><OpBudg V="0"/><CaracSup V="I" Code="Section"/>""");

        record.Line!.Section.ShouldBe(BudgetSection.Investissement);
        var warning = record.Findings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(FindingCodes.TotemSectionMismatch);
        warning.Arguments.ShouldBe(["011", "F"]);
    }

    [Fact]
    public void Section_Missing_IsReportedAndNotWritten()
    {
        var record = Single("""<Nature V="9901"/><CodRD V="D"/><OpBudg V="0"/>""");

        record.Line.ShouldBeNull();
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.TotemSectionNotFound);
    }

    [Fact]
    public void Section_FromCaracSup_MakesAChapterWithoutSectionUsable()
    {
        var record = Single("""<Nature V="9901"/><CodRD V="D"/><OpBudg V="0"/><CaracSup V="F" Code="Section"/><CaracSup V="X" Code="TypOpe"/>""");

        record.Line!.Section.ShouldBe(BudgetSection.Fonctionnement);
    }

    [Theory]
    [InlineData("""<Nature V="6045"/><OpBudg V="0"/>""", FindingCodes.TotemLineMissingElement, "LigneBudget/CodRD", null)]
    [InlineData("""<CodRD V="D"/><OpBudg V="0"/>""", FindingCodes.TotemLineMissingElement, "LigneBudget/Nature", null)]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/>""", FindingCodes.TotemLineMissingElement, "LigneBudget/OpBudg", null)]
    [InlineData("""<Nature V="6045"/><CodRD V="X"/><OpBudg V="0"/>""", FindingCodes.TotemLineInvalidValue, "LigneBudget/CodRD", "X")]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="2"/>""", FindingCodes.TotemLineInvalidValue, "LigneBudget/OpBudg", "2")]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="1"/><TypOpBudg V="3"/>""", FindingCodes.TotemLineInvalidValue, "LigneBudget/TypOpBudg", "3")]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/><ArtSpe V="oui"/>""", FindingCodes.TotemLineInvalidValue, "LigneBudget/ArtSpe", "oui")]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/><MtPrev V="1 234,50"/>""", FindingCodes.TotemLineInvalidValue, "LigneBudget/MtPrev", "1 234,50")]
    [InlineData("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/><CaracSup V="Z" Code="Section"/>""", FindingCodes.TotemLineInvalidValue, "LigneBudget/CaracSup", "Z")]
    [InlineData("""<Nature V="6045123456"/><ContNat V="011"/><LibCpte V="x"/><CodRD V="D"/><OpBudg V="0"/>""", FindingCodes.TotemCodeTooLong, "LigneBudget/Nature", "6045123456")]
    public void BadLine_IsReportedWithElementAndValue_AndNotWritten(string inner, string code, string column, string? value)
    {
        var record = Single(inner);

        record.Line.ShouldBeNull();
        record.LineNumber.ShouldBe(24);
        var finding = record.Findings.First(f => f.Code == code);
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Location.ShouldBe(new SourceLocation(24, column));
        finding.Value.ShouldBe(value);
        finding.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(AuthorityNameSource.Authority, "CRACH")]
    [InlineData(AuthorityNameSource.Budget, "LOTISSEMENT LE BOCENO")]
    [InlineData(AuthorityNameSource.AuthorityAndBudget, "CRACH - LOTISSEMENT LE BOCENO")]
    public void Name_FollowsTheOption(AuthorityNameSource source, string expected)
    {
        var record = Single("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/>""", Options with { NameSource = source });

        record.Line!.AuthorityName.ShouldBe(expected);
    }

    [Theory]
    [InlineData(false, "93")]
    [InlineData(true, "MAISON DE VIE, 93")]
    public void Operation_FollowsTheOption(bool withLabel, string expected)
    {
        var record = Single("""<Nature V="2188"/><LibCpte V="MAISON DE VIE"/><Operation V="93"/><CodRD V="D"/><OpBudg V="0"/>""", Options with { OperationWithLabel = withLabel });

        record.Line!.Operation.ShouldBe(expected);
        record.Line.AccountLabel.ShouldBe("Autres immobilisations corporelles");
    }

    [Fact]
    public void Function_GetsItsLabel_OrAWarning()
    {
        var records = Convert(
            TotemXml.Line("""<Nature V="6045"/><Fonction V="020"/><CodRD V="D"/><OpBudg V="0"/>""") + "\n" +
            TotemXml.Line("""<Nature V="6045"/><Fonction V="999"/><CodRD V="D"/><OpBudg V="0"/>"""));

        records[0].Line!.FunctionLabel.ShouldBe("Administration générale de la collectivité");
        records[1].Line!.FunctionCode.ShouldBe("999");
        records[1].Line!.FunctionLabel.ShouldBeNull();
        records[1].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.TotemFunctionNotInPlan);
    }

    [Fact]
    public void Amounts_KeepSignAndScale_AndEmptyIsMissing()
    {
        var record = Single("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/><MtReal V="-12.50"/><MtPrev V="0"/><CredOuv V="37650"/><MtRAR3112 V=""/><ArtSpe V="true"/>""");

        var line = record.Line!;
        line.Realisations.ShouldBe(-12.50m);
        line.Realisations!.Value.Scale.ShouldBe((byte)2);
        line.MontantVote!.Value.Scale.ShouldBe((byte)0);
        line.CreditsOuverts.ShouldBe(37650m);
        line.RestesARealiser.ShouldBeNull();
        line.BudgetPrecedent.ShouldBeNull();
        line.SpecializedArticle.ShouldBe(SpecializedArticle.Specialise);
    }

    [Fact]
    public void SiretWithWrongCheckDigit_IsReportedOnce_AndLinesAreKept()
    {
        var records = Convert(TotemXml.Expense6045, idEtab: "21560046100086");

        records.Count.ShouldBe(2);
        records[0].Line.ShouldBeNull();
        var finding = records[0].Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.TotemSiretCheckDigit);
        finding.Location.ShouldBe(new SourceLocation(11, "EnTeteBudget/IdEtab"));
        records[1].Line!.Siret.ToString().ShouldBe("21560046100086");
    }

    [Fact]
    public void IdColl_IsUsedWhenIdEtabIsAbsent()
    {
        var xml = TotemXml.Document(TotemXml.Expense6045).Replace("""<IdEtab V="21560046100085"/>""", string.Empty, StringComparison.Ordinal);

        var record = TotemConverter.Read(TotemXml.Stream(xml), Options).ToList().ShouldHaveSingleItem();

        record.Line!.Siret.ToString().ShouldBe(TotemXml.Crach);
    }

    [Fact]
    public void ConvertFile_WritesValidLines_AndSummarisesEverything()
    {
        var lines = string.Join("\n",
            TotemXml.Expense6045,
            TotemXml.Line("""<ChapitreNature V="011"/><CodRD V="D"/><OpBudg V="0"/><MtPrev V="15000.00"/>""", """ calculated="true" """),
            TotemXml.Line("""<Nature V="7999"/><CodRD V="R"/><OpBudg V="0"/>"""),
            TotemXml.Line("""<Nature V="2188"/><ContNat V="2188"/><CodRD V="D"/><OpBudg V="0"/><MtPrev V="-5"/>"""));
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TotemXml.Document(lines), Encoding.Latin1));

        var result = TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", Options);

        result.LinesRead.ShouldBe(3);
        result.CalculatedLinesSkipped.ShouldBe(1);
        result.LinesWritten.ShouldBe(2);
        result.LinesNotWritten.ShouldBe(1);
        result.LinesWithFindings.ShouldBe(2);
        result.Findings.ErrorCount.ShouldBe(2);
        result.Findings.WarningCount.ShouldBe(0);
        result.Findings.InfoCount.ShouldBe(2);
        result.IsValid.ShouldBeFalse();
        result.Findings.NotKeptCount.ShouldBe(0);
        result.Findings.Kept.Select(f => f.Code).ShouldBe([FindingCodes.TotemChapterNotFound, FindingCodes.TotemAccountNotInPlan, FindingCodes.TotemContNatNotAChapter, FindingCodes.TotemCalculatedLinesSkipped], ignoreOrder: true);
        result.Findings.Kept.Single(f => f.Code == FindingCodes.TotemCalculatedLinesSkipped).Arguments.ShouldBe(["1"]);
        result.Findings.Groups.Take(2).ShouldAllBe(g => g.Severity == FindingSeverity.Error);
        result.Header.AuthorityName.ShouldBe("CRACH");

        var read = BudgetCsv.Read(fileSystem, "/out.csv").ToList();
        read.Count.ShouldBe(2);
        read.SelectMany(r => r.Findings).ShouldBeEmpty();
        read.Select(r => r.Line!.AccountCode).ShouldBe(["6045", "2188"]);
        read[1].Line!.MontantVote.ShouldBe(-5m);
    }

    [Fact]
    public void MaxFindingsKept_CapsTheListButNotTheCounts()
    {
        var bad = TotemXml.Line("""<Nature V="7999"/><CodRD V="R"/><OpBudg V="0"/>""");
        var other = TotemXml.Line("""<Nature V="7998"/><CodRD V="R"/><OpBudg V="0"/>""");
        using var csv = new MemoryStream();

        var result = TotemConverter.Convert(TotemXml.Stream(TotemXml.Document(string.Join("\n", bad, bad, other))), csv, Options with { MaxFindingsKept = 1 });

        // Two identical lines are one group with their two XML lines; the third, different, finds no room.
        result.Findings.ErrorCount.ShouldBe(6);
        result.Findings.Groups.Count(g => !g.IsWholeFile).ShouldBe(1);
        result.Findings.Groups[0].Count.ShouldBe(2);
        result.Findings.NotKeptCount.ShouldBe(4);
    }

    [Theory]
    [InlineData(ColumnConvention.Schema, ",6045,\"Achats d'études, prestations de services (terrains à aménager)\",011,Charges à caractère général,,,,fonctionnement,")]
    [InlineData(ColumnConvention.TotemConverters, ",011,Charges à caractère général,6045,\"Achats d'études, prestations de services (terrains à aménager)\",,,,fonctionnement,")]
    public void ColumnConvention_DecidesWhichColumnHoldsTheChapter(ColumnConvention convention, string expected)
    {
        using var csv = new MemoryStream();

        TotemConverter.Convert(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045)), csv, Options with { Writer = new BudgetCsvWriterOptions { ColumnConvention = convention } }, leaveOpen: true);

        Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n")[1].ShouldContain(expected);
    }

    [Fact]
    public void Convert_ChecksTheHeaderBeforeWritingAnything()
    {
        using var csv = new MemoryStream();

        Should.Throw<ScdlFormatException>(() => TotemConverter.Convert(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045, natDec: "99")), csv, Options, leaveOpen: true));

        csv.Length.ShouldBe(0);
    }

    [Fact]
    public void Read_IsLazy_TheInputIsOpenedOnEnumeration()
    {
        var fileSystem = new MockFileSystem();

        var records = TotemConverter.Read(fileSystem, "/missing.xml", Options);

        Should.Throw<FileNotFoundException>(() => records.ToList());
    }

    [Fact]
    public void Conversion_IsCultureInvariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            var record = Single("""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/><MtPrev V="1234.56"/>""");

            record.Line!.MontantVote.ShouldBe(1234.56m);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("""<ContNat V="4581001"/>""", "001")]
    [InlineData("""<ContNat V="4581002"/>""", "002")]
    [InlineData("""<ContNat V="4581002"/><OpeCpteTiers V="7"/>""", "7")]
    [InlineData("""<ContNat V="4581002"/><Operation V="93"/>""", "93")]
    [InlineData("""<ContNat V="4581"/>""", null)]
    [InlineData("""<ContNat V="4581A"/>""", null)]
    public void ThirdPartyOperation_KeepsItsNumber_WhenTheLineHasNoOperation(string elements, string? operation)
    {
        var record = Single($"""<Nature V="4581"/>{elements}<CodRD V="D"/><OpBudg V="0"/><MtPrev V="10"/>""");

        record.Line!.ChapterCode.ShouldBe("4581");
        record.Line.Operation.ShouldBe(operation);
    }

    [Fact]
    public void ThirdPartyOperation_WithTheLabelOption_IsLabelThenNumber()
    {
        var record = Single("""<Nature V="4581"/><LibCpte V="ETUDE"/><ContNat V="4581001"/><CodRD V="D"/><OpBudg V="0"/>""", Options with { OperationWithLabel = true });

        record.Line!.Operation.ShouldBe("ETUDE, 001");
    }
}
