using System.Collections.Frozen;
using System.Globalization;
using Scdl.Budget.Csv;
using Scdl.Budget.Internal;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Normalization;

/// <summary>
/// Spells one cell canonically, with the same tolerant rules as the reader (<see cref="TolerantForms"/>): exact enum
/// spellings, plain numbers, 4-digit years, 14-digit SIRETs. A cell that cannot be fixed is kept as it is, so that
/// nothing is lost and validation of the output still reports it.
/// </summary>
internal sealed class CellCanonicalizer
{
    private readonly ScdlSchema _schema;
    private readonly char _decimalSeparator;
    private readonly bool _literalCfu;
    private readonly LineField[] _fields;
    private readonly FrozenDictionary<string, int>?[] _enums;

    public CellCanonicalizer(ScdlSchema schema, char decimalSeparator, CfuPolicy cfuPolicy)
    {
        _schema = schema;
        _decimalSeparator = decimalSeparator;
        _literalCfu = cfuPolicy == CfuPolicy.Literal;
        _fields = [.. schema.Columns.Select(c => schema.Binding.FieldAt(c.Index, ColumnConvention.Schema))];
        _enums = [.. schema.Columns.Select(c => c.Enum is null ? null : TolerantForms.EnumTable(schema, _fields[c.Index]))];
    }

    public string? Canonical(int index, string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return raw;
        }

        var column = _schema.Columns[index];
        switch (column.Type)
        {
            case ScdlFieldType.Year:
                return RecordTyper.TryParseYear(System.Text.Encoding.UTF8.GetBytes(raw), out _) ? raw
                    : TolerantForms.TryParseYear(raw, out var year) ? year.ToString(CultureInfo.InvariantCulture) : raw;

            case ScdlFieldType.Number:
                // Exact values only, written with their scale and sign (-0.00 stays -0.00); a number no decimal holds
                // exactly (1e-308, 1e308) is kept as it is written, never rounded.
                return Utf8Decimal.Read(raw, out var amount) switch
                {
                    NumberReading.Exact => Utf8Decimal.Format(amount),
                    NumberReading.NotRepresentable => raw,
                    _ => TolerantForms.TryParseAmount(raw, _decimalSeparator, out amount) ? Utf8Decimal.Format(amount) : raw,
                };
        }

        if (_enums[index] is { } table)
        {
            if (column.Enum!.Contains(raw, StringComparer.Ordinal) || !table.TryGetValue(TolerantForms.Fold(raw), out var member))
            {
                return raw;
            }

            var field = _fields[index];
            return field == LineField.Step && member == (int)BudgetStep.CompteFinancierUnique
                ? _literalCfu ? BudgetLineBinding.CompteFinancierUniqueText : _schema.Binding.Spell(field, (int)BudgetStep.CompteAdministratif)
                : _schema.Binding.Spell(field, member);
        }

        if (column.SiretCheck && !Siret.HasFourteenDigits(raw) && !TolerantForms.IsExponentSiret(raw) && TolerantForms.TryCleanSiret(raw, out var digits))
        {
            return digits;
        }

        return raw;
    }
}
