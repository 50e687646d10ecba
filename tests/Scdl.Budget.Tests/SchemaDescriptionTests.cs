using Scdl.Budget.Schema;

namespace Scdl.Budget.Tests;

public sealed class SchemaDescriptionTests
{
    public static TheoryData<string> Versions => new(SchemaVersion.All.Select(v => v.Text));

    [Theory]
    [MemberData(nameof(Versions))]
    public void Get_EachVersion_Has22ColumnsInSchemaOrder(string version)
    {
        var schema = ScdlSchema.Get(SchemaVersion.Parse(version));

        schema.Columns.Count.ShouldBe(22);
        schema.Columns[0].Name.ShouldBe("BGT_NATDEC");
        schema.Columns[21].Name.ShouldBe("BGT_ARTSPE");
        schema.Columns.Where(c => c.Required).Select(c => c.Name).ShouldBe(
        [
            "BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
            "BGT_NATURE_LABEL", "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD",
        ]);
        schema["BGT_SIRET"].SiretCheck.ShouldBeTrue();
        schema["BGT_ANNEE"].Type.ShouldBe(ScdlFieldType.Year);
        schema["BGT_CONTNAT"].MaxLength.ShouldBe(9);
        schema.MissingValues.ShouldBe([string.Empty]);
    }

    [Fact]
    public void Versions_081To083_HaveIdenticalFields()
    {
        var reference = ScdlSchema.Get(SchemaVersion.Version083).Columns;
        foreach (var version in SchemaVersion.All)
        {
            ScdlSchema.Get(version).Columns.ShouldBe(reference, ignoreOrder: false, comparer: new ColumnComparer());
        }
    }

    [Fact]
    public void Binding_SpellsEveryEnumMemberWithTheSchemasExactValue()
    {
        var binding = ScdlSchema.Latest.Binding;
        binding.Spell(LineField.Step, (int)BudgetStep.BudgetPrimitif).ShouldBe("budget primitif");
        binding.Spell(LineField.Step, (int)BudgetStep.BudgetSupplementaire).ShouldBe("budget supplémentaire");
        binding.Spell(LineField.Step, (int)BudgetStep.DecisionModificative).ShouldBe("décision modificative");
        binding.Spell(LineField.Step, (int)BudgetStep.CompteAdministratif).ShouldBe("compte administratif");
        binding.Spell(LineField.Section, (int)BudgetSection.Investissement).ShouldBe("investissement");
        binding.Spell(LineField.Section, (int)BudgetSection.Fonctionnement).ShouldBe("fonctionnement");
        binding.Spell(LineField.OperationKind, (int)OperationKind.Reel).ShouldBe("réel");
        binding.Spell(LineField.OperationKind, (int)OperationKind.Ordre).ShouldBe("ordre");
        binding.Spell(LineField.Direction, (int)FlowDirection.Recette).ShouldBe("recette");
        binding.Spell(LineField.Direction, (int)FlowDirection.Depense).ShouldBe("dépense");
        binding.Spell(LineField.SpecializedArticle, (int)SpecializedArticle.NonSpecialise).ShouldBe("non spécialisé");
        binding.Spell(LineField.SpecializedArticle, (int)SpecializedArticle.Specialise).ShouldBe("spécialisé");
    }

    [Fact]
    public void Binding_ConventionsSwapOnlyAccountAndChapter()
    {
        var schema = ScdlSchema.Latest;
        foreach (var column in schema.Columns)
        {
            var bySchema = schema.Binding.FieldAt(column.Index, ColumnConvention.Schema);
            var byTotem = schema.Binding.FieldAt(column.Index, ColumnConvention.TotemConverters);
            var swapped = column.Name is "BGT_CONTNAT" or "BGT_NATURE" or "BGT_CONTNAT_LABEL" or "BGT_NATURE_LABEL";
            (bySchema != byTotem).ShouldBe(swapped, column.Name);
        }

        schema.Binding.FieldAt(schema["BGT_CONTNAT"].Index, ColumnConvention.Schema).ShouldBe(LineField.AccountCode);
        schema.Binding.FieldAt(schema["BGT_CONTNAT"].Index, ColumnConvention.TotemConverters).ShouldBe(LineField.ChapterCode);
    }

    [Fact]
    public void Binding_BindsEveryPropertyOfBudgetLineExactlyOnce()
    {
        var schema = ScdlSchema.Latest;
        var fields = schema.Columns.Select(c => schema.Binding.FieldAt(c.Index, ColumnConvention.Schema)).ToList();
        fields.ShouldBeUnique();
        fields.Count.ShouldBe(typeof(BudgetLine).GetProperties().Count(p => p.Name != "EqualityContract"));
        Enum.GetValues<LineField>().ShouldBe(fields, ignoreOrder: true);
    }

    [Theory]
    [InlineData("0.8.3")]
    [InlineData(" 0.8.1 ")]
    public void SchemaVersion_Parse_KnownVersions(string text) => SchemaVersion.Parse(text).Text.ShouldBe(text.Trim());

    [Fact]
    public void SchemaVersion_Parse_Unknown_Throws() => Should.Throw<FormatException>(() => SchemaVersion.Parse("0.9"));

    private sealed class ColumnComparer : IEqualityComparer<ScdlColumn>
    {
        public bool Equals(ScdlColumn? x, ScdlColumn? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Type == y.Type && x.Required == y.Required
            && (x.Enum ?? []).SequenceEqual(y.Enum ?? []) && x.Pattern == y.Pattern && x.MaxLength == y.MaxLength && x.SiretCheck == y.SiretCheck;

        public int GetHashCode(ScdlColumn obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
