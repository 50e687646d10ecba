using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

public sealed class TotemReaderTests
{
    [Theory]
    [InlineData("crach-lotissement-boceno-bp2022.totem.xml", BudgetStep.BudgetPrimitif, 2022, "21560046100085", "M14", "M14_COM_500_3500", 21, 0, 89)]
    [InlineData("crach-lotissement-boceno-ca2021.totem.xml", BudgetStep.CompteAdministratif, 2021, "21560046100085", "M14", "M14_COM_500_3500", 20, 0, 87)]
    [InlineData("crach-lotissement-boceno-dm1-2022.totem.xml", BudgetStep.DecisionModificative, 2022, "21560046100085", "M14", "M14_COM_500_3500", 20, 0, 90)]
    [InlineData("crach-budget-principal-ca2021.totem.xml", BudgetStep.CompteAdministratif, 2021, "21560046100010", "M14", "M14_COM_500_3500", 196, 0, 85)]
    [InlineData("crach-budget-principal-dm2-2021.totem.xml", BudgetStep.DecisionModificative, 2021, "21560046100010", "M14", "M14_COM_500_3500", 185, 0, 88)]
    [InlineData("crach-budget-principal-bp2022.totem.xml", BudgetStep.BudgetPrimitif, 2022, "21560046100010", "M14", "M14_COM_500_3500", 201, 0, 87)]
    [InlineData("saint-malo-agglo-transport-bp2022.totem.xml", BudgetStep.BudgetPrimitif, 2022, "24350078200095", "M4", "M43_D", 123, 0, 72)]
    [InlineData("mohon-cfu2023.cfu.xml", BudgetStep.CompteFinancierUnique, 2023, "21560134500014", "M57", "M57_A", 163, 633, 4800)]
    public void RealFile_HeaderAndLines_AreRead(string file, BudgetStep step, int year, string siret, string norme, string declinaison, int lines, int calculated, long firstLine)
    {
        using var reader = TotemReader.Create(TestFiles.XmlStream(file));

        reader.Header.Step.ShouldBe(step);
        reader.Header.Year.ShouldBe(year);
        reader.Header.Siret.ToString().ShouldBe(siret);
        reader.Header.Siret.IsCheckDigitValid.ShouldBeTrue();
        reader.Header.Norme.ShouldBe(norme);
        reader.Header.Declinaison.ShouldBe(declinaison);
        reader.Header.InCompteFinancierUnique.ShouldBe(step == BudgetStep.CompteFinancierUnique);
        var read = reader.ReadLines().ToList();
        read.Count.ShouldBe(lines);
        reader.LinesRead.ShouldBe(lines);
        reader.CalculatedLinesSkipped.ShouldBe(calculated);
        read[0].LineNumber.ShouldBe(firstLine);
        read.ShouldAllBe(l => l.Nature != null && l.CodRD != null && l.OpBudg != null);
        read.Select(l => l.LineNumber).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Latin1File_IsDecodedFromItsDeclaration()
    {
        using var reader = TotemReader.Create(TestFiles.XmlStream("mohon-cfu2023.cfu.xml"));

        reader.Header.AuthorityName.ShouldBe("COMMUNE DE MOHON (M57)");
        reader.ReadLines().First().LibCpte.ShouldBe("Opération financière");
    }

    [Fact]
    public void Line_KeepsValuesAsWritten()
    {
        using var reader = TotemReader.Create(TestFiles.XmlStream("crach-lotissement-boceno-bp2022.totem.xml"));
        var header = reader.Header;
        var lines = reader.ReadLines().Take(3).ToList();

        header.AuthorityName.ShouldBe("CRACH");
        header.BudgetName.ShouldBe("LOTISSEMENT LE BOCENO");
        header.BudgetType.ShouldBe("A");
        header.PrincipalBudgetSiret.ShouldBe("21560046100010");
        header.TotemSchemaVersion.ShouldBe("100");
        lines[0].ShouldBe(new TotemLine
        {
            LineNumber = 89,
            Header = header,
            Nature = "168748",
            ArtSpe = "false",
            CodRD = "R",
            MtBudgPrec = "95000.00",
            MtPropNouv = "62975.00",
            MtPrev = "62975.00",
            CredOuv = "62975.00",
            OpBudg = "0",
            Section = "I",
        });
        lines[2].ContNat.ShouldBe("040");
        lines[2].TypOpBudg.ShouldBe("2");
    }

    [Fact]
    public void ReadLines_Twice_Throws()
    {
        using var reader = TotemReader.Create(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045)));
        _ = reader.ReadLines().ToList();

        Should.Throw<InvalidOperationException>(() => reader.ReadLines());
    }

    [Fact]
    public void ReadLines_IsLazy_LinesBeforeABrokenEndAreYielded()
    {
        var xml = TotemXml.Document(TotemXml.Expense6045 + "\n" + TotemXml.Expense6045);
        var truncated = xml[..(xml.LastIndexOf("<LigneBudget", StringComparison.Ordinal) + 30)];
        using var reader = TotemReader.Create(TotemXml.Stream(truncated));
        using var lines = reader.ReadLines().GetEnumerator();

        lines.MoveNext().ShouldBeTrue();
        lines.Current.Nature.ShouldBe("6045");
        var error = Should.Throw<ScdlFormatException>(() => lines.MoveNext());
        error.Code.ShouldBe(FindingCodes.TotemMalformedXml);
    }

    [Fact]
    public void Utf8File_WithEmptyBudget_HasNoLines()
    {
        var xml = TotemXml.Document(string.Empty).Replace("ISO-8859-1", "UTF-8", StringComparison.Ordinal);
        using var reader = TotemReader.Create(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));

        reader.ReadLines().ShouldBeEmpty();
        reader.Header.Step.ShouldBe(BudgetStep.BudgetPrimitif);
    }

    [Fact]
    public void Windows1252Declaration_IsHonoured()
    {
        var xml = TotemXml.Document(TotemXml.Line("""<Nature V="6045"/><LibCpte V="Dépense œuvre"/><CodRD V="D"/><OpBudg V="0"/>"""))
            .Replace("ISO-8859-1", "windows-1252", StringComparison.Ordinal);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = TotemReader.Create(new MemoryStream(System.Text.Encoding.GetEncoding(1252).GetBytes(xml)));

        reader.ReadLines().Single().LibCpte.ShouldBe("Dépense œuvre");
    }

    [Fact]
    public void CalculatedLines_AreSkippedAndCounted()
    {
        var xml = TotemXml.Document(TotemXml.Line("""<ChapitreNature V="011"/><CodRD V="D"/><OpBudg V="0"/><MtPrev V="100"/>""", """ calculated="true" generator="EnrichissementNomenclature.xsl" """) + "\n" + TotemXml.Expense6045);
        using var reader = TotemReader.Create(TotemXml.Stream(xml));

        reader.ReadLines().Single().Nature.ShouldBe("6045");
        reader.CalculatedLinesSkipped.ShouldBe(1);
    }

    [Fact]
    public void LeaveOpen_IsHonoured()
    {
        var stream = TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045));
        using (var reader = TotemReader.Create(stream, leaveOpen: true))
        {
            _ = reader.ReadLines().ToList();
        }

        stream.CanRead.ShouldBeTrue();
        using (TotemReader.Create(new MemoryStream(stream.ToArray()), leaveOpen: false))
        {
        }
    }
}
