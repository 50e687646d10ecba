using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// The line-level schema rules of scdl/budget for lines that did not come from the CSV reader (a caller's own
/// data): empty required text, lengths, SIRET check digit, enum values, year. Built from the schema description
/// (required flags and lengths) and the column convention; stateless and reused for every line. Each rule names
/// its code (the reader's <c>SCDL2xx</c>) and its column, so <see cref="FindingMapper"/> turns failures into findings.
/// </summary>
internal sealed class BudgetLineSchemaValidator : AbstractValidator<BudgetLine>
{
    public BudgetLineSchemaValidator(ScdlSchema schema, ColumnConvention convention)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var column in schema.Columns)
        {
            var field = schema.Binding.FieldAt(column.Index, convention);
            switch (field)
            {
                case LineField.Step:
                    EnumRules(l => l.Step, column);
                    break;
                case LineField.Section:
                    EnumRules(l => l.Section, column);
                    break;
                case LineField.OperationKind:
                    EnumRules(l => l.OperationKind, column);
                    break;
                case LineField.Direction:
                    EnumRules(l => l.Direction, column);
                    break;
                case LineField.SpecializedArticle:
                    RuleFor(l => l.SpecializedArticle)
                        .Must(a => a is null || Enum.IsDefined(a.Value))
                        .WithErrorCode(FindingCodes.ValueNotAllowed)
                        .OverridePropertyName(column.Name)
                        .WithState(_ => EnumList(column));
                    break;
                case LineField.Year:
                    RuleFor(l => l.Year)
                        .InclusiveBetween(1000, 9999)
                        .WithErrorCode(FindingCodes.InvalidYear)
                        .OverridePropertyName(column.Name);
                    break;
                case LineField.Siret:
                    RuleFor(l => l.Siret)
                        .Must(s => !s.IsDefault)
                        .WithErrorCode(FindingCodes.RequiredValueMissing)
                        .OverridePropertyName(column.Name)
                        .DependentRules(() => RuleFor(l => l.Siret)
                            .Must(s => s.IsCheckDigitValid)
                            .WithErrorCode(FindingCodes.InvalidSiretCheckDigit)
                            .OverridePropertyName(column.Name));
                    break;
                default:
                    if (Text(field) is { } text)
                    {
                        TextRules(text, column);
                    }

                    break;
            }
        }
    }

    private void EnumRules<TEnum>(Expression<Func<BudgetLine, TEnum>> property, ScdlColumn column)
        where TEnum : struct, Enum
    {
        RuleFor(property)
            .Must(v => !EqualityComparer<TEnum>.Default.Equals(v, default))
            .WithErrorCode(FindingCodes.RequiredValueMissing)
            .OverridePropertyName(column.Name);
        RuleFor(property)
            .Must(v => Enum.IsDefined(v) || EqualityComparer<TEnum>.Default.Equals(v, default))
            .WithErrorCode(FindingCodes.ValueNotAllowed)
            .OverridePropertyName(column.Name)
            .WithState(_ => EnumList(column));
    }

    private void TextRules(Expression<Func<BudgetLine, string?>> property, ScdlColumn column)
    {
        if (column.Required)
        {
            RuleFor(property)
                .Must(v => !string.IsNullOrEmpty(v))
                .WithErrorCode(FindingCodes.RequiredValueMissing)
                .OverridePropertyName(column.Name);
        }

        if (column.MinLength is not null || column.MaxLength is not null)
        {
            var min = column.MinLength ?? 0;
            var max = column.MaxLength ?? int.MaxValue;
            RuleFor(property)
                .Must(v => string.IsNullOrEmpty(v) || (v.Length >= min && v.Length <= max))
                .WithErrorCode(FindingCodes.InvalidLength)
                .OverridePropertyName(column.Name)
                .WithState((_, v) => new[]
                {
                    (v?.Length ?? 0).ToString(CultureInfo.InvariantCulture),
                    min.ToString(CultureInfo.InvariantCulture),
                    column.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "∞",
                });
        }
    }

    private static string[] EnumList(ScdlColumn column) =>
        [string.Join(", ", (column.Enum ?? []).Select(v => "'" + v + "'"))];

    private static Expression<Func<BudgetLine, string?>>? Text(LineField field) => field switch
    {
        LineField.AuthorityName => l => l.AuthorityName,
        LineField.AccountCode => l => l.AccountCode,
        LineField.AccountLabel => l => l.AccountLabel,
        LineField.ChapterCode => l => l.ChapterCode,
        LineField.ChapterLabel => l => l.ChapterLabel,
        LineField.FunctionCode => l => l.FunctionCode,
        LineField.FunctionLabel => l => l.FunctionLabel,
        LineField.Operation => l => l.Operation,
        _ => null,
    };
}
