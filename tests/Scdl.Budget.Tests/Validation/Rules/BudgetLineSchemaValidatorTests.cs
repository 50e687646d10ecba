using FluentValidation.TestHelper;
using Scdl.Budget.Schema;
using Scdl.Budget.Validation;
using Scdl.Budget.Validation.Rules;

namespace Scdl.Budget.Tests.Validation.Rules;

public sealed class BudgetLineSchemaValidatorTests
{
    private static readonly BudgetLineSchemaValidator Schema = new(ScdlSchema.Latest, ColumnConvention.Schema);
    private static readonly BudgetLineSchemaValidator Totem = new(ScdlSchema.Latest, ColumnConvention.TotemConverters);

    [Fact]
    public void ValidLine_HasNoFailure() =>
        Schema.TestValidate(Lines.Valid()).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void EmptyRequiredText_IsRequiredValueMissing_OnTheConventionsColumn()
    {
        var line = Lines.Valid() with { AccountCode = string.Empty, ChapterLabel = string.Empty };

        Schema.TestValidate(line).ShouldHaveValidationErrorFor("BGT_CONTNAT").WithErrorCode(FindingCodes.RequiredValueMissing);
        Schema.TestValidate(line).ShouldHaveValidationErrorFor("BGT_NATURE_LABEL").WithErrorCode(FindingCodes.RequiredValueMissing);
        Totem.TestValidate(line).ShouldHaveValidationErrorFor("BGT_NATURE").WithErrorCode(FindingCodes.RequiredValueMissing);
        Totem.TestValidate(line).ShouldHaveValidationErrorFor("BGT_CONTNAT_LABEL").WithErrorCode(FindingCodes.RequiredValueMissing);
    }

    [Fact]
    public void WhitespaceIsAValue_NotMissing() =>
        Schema.TestValidate(Lines.Valid() with { AuthorityName = " " }).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("1234567890")]
    [InlineData("12345678901")]
    public void TooLongCode_IsInvalidLength(string code)
    {
        var result = Schema.TestValidate(Lines.Valid() with { ChapterCode = code, FunctionCode = code });

        result.ShouldHaveValidationErrorFor("BGT_NATURE").WithErrorCode(FindingCodes.InvalidLength);
        result.ShouldHaveValidationErrorFor("BGT_FONCTION").WithErrorCode(FindingCodes.InvalidLength);
    }

    [Fact]
    public void NineCharacters_AndAbsentOptionalCode_AreFine() =>
        Schema.TestValidate(Lines.Valid() with { AccountCode = "123456789", FunctionCode = null }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void SiretFailingTheCheckDigit_IsReported()
    {
        Schema.TestValidate(Lines.Valid() with { Siret = Siret.FromDigitsUnchecked("21560046100086") })
            .ShouldHaveValidationErrorFor("BGT_SIRET").WithErrorCode(FindingCodes.InvalidSiretCheckDigit);
        var missing = Schema.TestValidate(Lines.Valid() with { Siret = default });
        missing.ShouldHaveValidationErrorFor("BGT_SIRET").WithErrorCode(FindingCodes.RequiredValueMissing);
        missing.Errors.Count.ShouldBe(1);
    }

    [Fact]
    public void LaPosteEstablishment_FollowsItsOwnRule() =>
        Schema.TestValidate(Lines.Valid() with { Siret = Siret.Parse("35600000000048") }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void UnsetOrUndefinedEnums_AreReported()
    {
        var result = Schema.TestValidate(Lines.Valid() with { Step = default, Section = (BudgetSection)7, Direction = default, SpecializedArticle = (SpecializedArticle)9 });

        result.ShouldHaveValidationErrorFor("BGT_NATDEC").WithErrorCode(FindingCodes.RequiredValueMissing);
        result.ShouldHaveValidationErrorFor("BGT_SECTION").WithErrorCode(FindingCodes.ValueNotAllowed);
        result.ShouldHaveValidationErrorFor("BGT_CODRD").WithErrorCode(FindingCodes.RequiredValueMissing);
        result.ShouldHaveValidationErrorFor("BGT_ARTSPE").WithErrorCode(FindingCodes.ValueNotAllowed);
        result.Errors.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(10000)]
    [InlineData(-2022)]
    public void YearOutsideFourDigits_IsInvalidYear(int year) =>
        Schema.TestValidate(Lines.Valid() with { Year = year }).ShouldHaveValidationErrorFor("BGT_ANNEE").WithErrorCode(FindingCodes.InvalidYear);

    [Fact]
    public void CompteFinancierUnique_IsAValidStep() =>
        Schema.TestValidate(Lines.Valid() with { Step = BudgetStep.CompteFinancierUnique }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Mapper_GivesCodeColumnValueAndArguments()
    {
        var failure = Schema.TestValidate(Lines.Valid() with { ChapterCode = "1234567890" }).Errors.ShouldHaveSingleItem();

        var finding = FindingMapper.ToFinding(failure, 12);

        finding.ShouldBe(new Finding(FindingCodes.InvalidLength, FindingSeverity.Error, new SourceLocation(12, "BGT_NATURE"), "1234567890", "10", "1", "9"));
    }
}
