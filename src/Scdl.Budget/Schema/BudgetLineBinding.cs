using System.Globalization;

namespace Scdl.Budget.Schema;

/// <summary>
/// Pairs each column of the schema with a property of <see cref="BudgetLine"/>, for a column convention, and
/// spells enum members with the schema's own enum values (member <c>n</c> is the schema's value <c>n - 1</c>).
/// This is the only place that names columns in code; their order, types, constraints and spellings come from
/// the schema file.
/// </summary>
internal sealed class BudgetLineBinding
{
    private readonly LineField[] _schemaFields;
    private readonly LineField[] _totemFields;
    private readonly Dictionary<LineField, IReadOnlyList<string>> _enumValues = [];

    public BudgetLineBinding(ScdlSchema schema)
    {
        _schemaFields = new LineField[schema.Columns.Count];
        _totemFields = new LineField[schema.Columns.Count];
        foreach (var column in schema.Columns)
        {
            var field = column.Name switch
            {
                "BGT_NATDEC" => LineField.Step,
                "BGT_ANNEE" => LineField.Year,
                "BGT_SIRET" => LineField.Siret,
                "BGT_NOM" => LineField.AuthorityName,
                "BGT_CONTNAT" => LineField.AccountCode,
                "BGT_CONTNAT_LABEL" => LineField.AccountLabel,
                "BGT_NATURE" => LineField.ChapterCode,
                "BGT_NATURE_LABEL" => LineField.ChapterLabel,
                "BGT_FONCTION" => LineField.FunctionCode,
                "BGT_FONCTION_LABEL" => LineField.FunctionLabel,
                "BGT_OPERATION" => LineField.Operation,
                "BGT_SECTION" => LineField.Section,
                "BGT_OPBUDG" => LineField.OperationKind,
                "BGT_CODRD" => LineField.Direction,
                "BGT_MTREAL" => LineField.Realisations,
                "BGT_MTBUDGPREC" => LineField.BudgetPrecedent,
                "BGT_MTRARPREC" => LineField.RestesARealiserPrecedents,
                "BGT_MTPROPNOUV" => LineField.PropositionsNouvelles,
                "BGT_MTPREV" => LineField.MontantVote,
                "BGT_CREDOUV" => LineField.CreditsOuverts,
                "BGT_MTRAR3112" => LineField.RestesARealiser,
                "BGT_ARTSPE" => LineField.SpecializedArticle,
                _ => throw new InvalidOperationException($"Column {column.Name} of scdl/budget {schema.Version} has no property in BudgetLine."),
            };
            _schemaFields[column.Index] = field;
            _totemFields[column.Index] = Swap(field);
            if (column.Enum is { } values)
            {
                _enumValues[field] = values;
            }
        }

        CheckEnum<BudgetStep>(LineField.Step, exclude: 1);
        CheckEnum<BudgetSection>(LineField.Section, exclude: 0);
        CheckEnum<OperationKind>(LineField.OperationKind, exclude: 0);
        CheckEnum<FlowDirection>(LineField.Direction, exclude: 0);
        CheckEnum<SpecializedArticle>(LineField.SpecializedArticle, exclude: 0);
    }

    /// <summary>Gets the property that the column at <paramref name="index"/> holds under <paramref name="convention"/>.</summary>
    public LineField FieldAt(int index, ColumnConvention convention) =>
        convention == ColumnConvention.TotemConverters ? _totemFields[index] : _schemaFields[index];

    /// <summary>Gets the schema's spelling of enum member <paramref name="member"/> (1-based) of <paramref name="field"/>.</summary>
    public string Spell(LineField field, int member) => _enumValues[field][member - 1];

    /// <summary>Gets the schema's values of the enum of <paramref name="field"/>, in member order.</summary>
    public IReadOnlyList<string> EnumValues(LineField field) => _enumValues[field];

    /// <summary>Spells member <paramref name="member"/>, or gives <see langword="null"/> when the schema has no such member (an enum not set).</summary>
    private string? SpellDefined(LineField field, int member) =>
        member >= 1 && member <= _enumValues[field].Count ? _enumValues[field][member - 1] : null;

    /// <summary>Finds the 1-based member whose exact spelling is <paramref name="text"/>, or 0.</summary>
    public int Member(LineField field, ReadOnlySpan<char> text)
    {
        var values = _enumValues[field];
        for (var i = 0; i < values.Count; i++)
        {
            if (text.SequenceEqual(values[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Gets the text of a property of <paramref name="line"/> as the canonical writer spells it; <see langword="null"/>
    /// (an empty cell) for an enum member that is not defined, such as <c>default</c>, and for a missing SIRET.
    /// </summary>
    public string? Format(BudgetLine line, LineField field, bool literalCfu) => field switch
    {
        LineField.Step => line.Step == BudgetStep.CompteFinancierUnique
            ? literalCfu ? CompteFinancierUniqueText : Spell(field, (int)BudgetStep.CompteAdministratif)
            : SpellDefined(field, (int)line.Step),
        LineField.Year => line.Year.ToString(CultureInfo.InvariantCulture),
        LineField.Siret => line.Siret.ToString(),
        LineField.AuthorityName => line.AuthorityName,
        LineField.AccountCode => line.AccountCode,
        LineField.AccountLabel => line.AccountLabel,
        LineField.ChapterCode => line.ChapterCode,
        LineField.ChapterLabel => line.ChapterLabel,
        LineField.FunctionCode => line.FunctionCode,
        LineField.FunctionLabel => line.FunctionLabel,
        LineField.Operation => line.Operation,
        LineField.Section => SpellDefined(field, (int)line.Section),
        LineField.OperationKind => SpellDefined(field, (int)line.OperationKind),
        LineField.Direction => SpellDefined(field, (int)line.Direction),
        LineField.Realisations => Amount(line.Realisations),
        LineField.BudgetPrecedent => Amount(line.BudgetPrecedent),
        LineField.RestesARealiserPrecedents => Amount(line.RestesARealiserPrecedents),
        LineField.PropositionsNouvelles => Amount(line.PropositionsNouvelles),
        LineField.MontantVote => Amount(line.MontantVote),
        LineField.CreditsOuverts => Amount(line.CreditsOuverts),
        LineField.RestesARealiser => Amount(line.RestesARealiser),
        LineField.SpecializedArticle => line.SpecializedArticle is { } a ? SpellDefined(field, (int)a) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The literal spelling of the compte financier unique, which scdl/budget 0.8.x does not allow.</summary>
    public const string CompteFinancierUniqueText = "compte financier unique";

    /// <summary>Spells an amount with its scale and its sign, that of a negative zero included (<c>-0.00</c>).</summary>
    private static string? Amount(decimal? value) => value is { } amount ? Internal.Utf8Decimal.Format(amount) : null;

    private static LineField Swap(LineField field) => field switch
    {
        LineField.AccountCode => LineField.ChapterCode,
        LineField.ChapterCode => LineField.AccountCode,
        LineField.AccountLabel => LineField.ChapterLabel,
        LineField.ChapterLabel => LineField.AccountLabel,
        _ => field,
    };

    private void CheckEnum<TEnum>(LineField field, int exclude)
        where TEnum : struct, Enum
    {
        var members = Enum.GetValues<TEnum>().Length - exclude;
        if (!_enumValues.TryGetValue(field, out var values) || values.Count != members)
        {
            throw new InvalidOperationException($"The schema's enum of {field} does not have the {members} values of {typeof(TEnum).Name}.");
        }
    }
}
