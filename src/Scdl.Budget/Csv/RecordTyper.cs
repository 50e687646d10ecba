using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Scdl.Budget.Internal;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Types the cells of one CSV record into a <see cref="BudgetLine"/>, with exactly the Table Schema semantics of
/// scdl/budget: a cell that cannot become its typed value is a finding naming the schema's constraint. The line
/// is built unless a required typed value (step, year, SIRET format, section, operation kind, direction) is
/// missing or invalid; empty required text is kept as an empty string and reported.
/// </summary>
internal sealed class RecordTyper
{
    private readonly ColumnPlan[] _plans;
    private readonly int _headerCount;
    private readonly Tolerance? _tolerance;

    public RecordTyper(ScdlSchema schema, HeaderMap map, ColumnConvention convention, Tolerance? tolerance = null)
    {
        _headerCount = map.HeaderCount;
        _tolerance = tolerance;
        _plans = new ColumnPlan[schema.Columns.Count];
        foreach (var column in schema.Columns)
        {
            var field = schema.Binding.FieldAt(column.Index, convention);
            _plans[column.Index] = new ColumnPlan(
                column,
                field,
                map.FileIndexOfColumn[column.Index],
                column.Enum?.Select(Encoding.UTF8.GetBytes).ToArray(),
                column.Enum is { } values ? string.Join(", ", values.Select(v => "'" + v + "'")) : null,
                column.Pattern is { } pattern && !column.SiretCheck ? new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null,
                tolerance is not null && column.Enum is not null ? Lenient.EnumTable(schema, field) : null,
                column.Enum is not null ? member => Lenient.Spell(schema, field, member) : null);
        }
    }

    public BudgetRecord Type(CsvReader reader, long line, List<Finding>? findings)
    {
        var fieldCount = reader.FieldCount;
        if (IsBlank(reader, fieldCount))
        {
            findings ??= [];
            findings.Add(_tolerance is null
                ? new Finding(FindingCodes.BlankRow, FindingSeverity.Error, new SourceLocation(line, null))
                : new Finding(FindingCodes.BlankLineSkipped, FindingSeverity.Info, new SourceLocation(line, null)));
            return new BudgetRecord(null, line, findings);
        }

        var builder = default(LineBuilder);
        var complete = true;
        foreach (var plan in _plans)
        {
            if (plan.FileIndex < 0)
            {
                // Missing optional column: reported once, with the header.
                continue;
            }

            if (plan.FileIndex >= fieldCount)
            {
                (findings ??= []).Add(new Finding(FindingCodes.MissingCell, FindingSeverity.Error, new SourceLocation(line, plan.Column.Name)));
                complete &= !plan.Column.Required || plan.Column.Type == ScdlFieldType.String && plan.Column.Enum is null && !plan.Column.SiretCheck;
                continue;
            }

            complete &= TypeCell(reader, plan, line, _tolerance, ref builder, ref findings);
        }

        for (var i = _headerCount; i < fieldCount; i++)
        {
            (findings ??= []).Add(new Finding(FindingCodes.ExtraCell, FindingSeverity.Error, new SourceLocation(line, null), Decode(reader.GetSpan(i)),
                (i + 1).ToString(CultureInfo.InvariantCulture), _headerCount.ToString(CultureInfo.InvariantCulture)));
        }

        var budgetLine = complete ? builder.Build() : null;
        return new BudgetRecord(budgetLine, line, findings is null ? [] : findings);
    }

    internal static bool IsBlank(CsvReader reader, int fieldCount)
    {
        // Fast path: a record with any byte other than separators and quotes has a value.
        if (reader.RawRecord.IndexOfAnyExcept((byte)',', (byte)'"') >= 0)
        {
            return false;
        }

        for (var i = 0; i < fieldCount; i++)
        {
            if (!reader.IsEmpty(i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TypeCell(CsvReader reader, ColumnPlan plan, long line, Tolerance? tolerance, ref LineBuilder builder, ref List<Finding>? findings)
    {
        var column = plan.Column;
        var span = reader.GetSpan(plan.FileIndex);
        if (span.IsEmpty)
        {
            if (column.Required)
            {
                (findings ??= []).Add(new Finding(FindingCodes.RequiredValueMissing, FindingSeverity.Error, new SourceLocation(line, column.Name), string.Empty));
                if (IsPlainText(column))
                {
                    builder.SetText(plan.Field, string.Empty);
                    return true;
                }

                return false;
            }

            return true;
        }

        switch (column.Type)
        {
            case ScdlFieldType.Year:
                if (TryParseYear(span, out var year))
                {
                    builder.Year = year;
                    return true;
                }

                if (tolerance is not null && TolerantYear(span, column, line, ref builder, ref findings))
                {
                    return true;
                }

                (findings ??= []).Add(new Finding(FindingCodes.InvalidYear, FindingSeverity.Error, new SourceLocation(line, column.Name), Decode(span)));
                return !column.Required;

            case ScdlFieldType.Number:
                return TypeNumber(span, plan, line, tolerance, ref builder, ref findings);
        }

        if (plan.EnumUtf8 is { } spellings)
        {
            for (var i = 0; i < spellings.Length; i++)
            {
                if (span.SequenceEqual(spellings[i]))
                {
                    builder.SetEnum(plan.Field, i + 1);
                    return true;
                }
            }

            if (plan.LenientEnum is not null && TolerantEnum(span, plan, line, ref builder, ref findings))
            {
                return true;
            }

            (findings ??= []).Add(new Finding(FindingCodes.ValueNotAllowed, FindingSeverity.Error, new SourceLocation(line, column.Name), Decode(span), plan.EnumList!));
            return !column.Required;
        }

        var text = plan.Cache.Get(span);
        if (column.SiretCheck)
        {
            if (!Siret.HasFourteenDigits(text) && tolerance is not null && !TolerantSiret(ref text, column, line, ref findings))
            {
                return !column.Required;
            }

            if (!Siret.HasFourteenDigits(text))
            {
                (findings ??= []).Add(new Finding(FindingCodes.InvalidSiretFormat, FindingSeverity.Error, new SourceLocation(line, column.Name), text));
                return !column.Required;
            }

            var siret = ReferenceEquals(text, plan.LastText) ? plan.LastSiret : Siret.FromDigitsUnchecked(text);
            plan.LastText = text;
            plan.LastSiret = siret;
            if (!siret.IsCheckDigitValid)
            {
                (findings ??= []).Add(new Finding(FindingCodes.InvalidSiretCheckDigit, FindingSeverity.Error, new SourceLocation(line, column.Name), text));
            }

            builder.Siret = siret;
            return true;
        }

        if (plan.Pattern is { } regex && !regex.IsMatch(text))
        {
            (findings ??= []).Add(new Finding(FindingCodes.ValueNotAllowed, FindingSeverity.Error, new SourceLocation(line, column.Name), text, column.Pattern!));
        }

        if ((column.MinLength is { } min && text.Length < min) || (column.MaxLength is { } max && text.Length > max))
        {
            (findings ??= []).Add(new Finding(FindingCodes.InvalidLength, FindingSeverity.Error, new SourceLocation(line, column.Name), text,
                text.Length.ToString(CultureInfo.InvariantCulture),
                (column.MinLength ?? 0).ToString(CultureInfo.InvariantCulture),
                column.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "∞"));
        }

        builder.SetText(plan.Field, text);
        return true;
    }

    private static bool TypeNumber(ReadOnlySpan<byte> span, ColumnPlan plan, long line, Tolerance? tolerance, ref LineBuilder builder, ref List<Finding>? findings)
    {
        // A comma never passes the strict parse: in a decimal-comma file, go straight to the tolerant fast path.
        if (tolerance is { DecimalSeparator: ',' } && span.Contains((byte)',') && TolerantAmount(span, plan, tolerance, line, ref builder, ref findings))
        {
            return true;
        }

        if (Utf8Decimal.TryParse(span, out var amount))
        {
            builder.SetAmount(plan.Field, amount);
            if (tolerance is not null && span.IndexOfAny((byte)'e', (byte)'E') >= 0)
            {
                (findings ??= []).Add(new Finding(FindingCodes.NumberInExponentNotation, FindingSeverity.Info, new SourceLocation(line, plan.Column.Name), Decode(span),
                    amount.ToString(CultureInfo.InvariantCulture)));
            }

            return true;
        }

        if (tolerance is not null && TolerantAmount(span, plan, tolerance, line, ref builder, ref findings))
        {
            return true;
        }

        (findings ??= []).Add(new Finding(FindingCodes.InvalidNumber, FindingSeverity.Error, new SourceLocation(line, plan.Column.Name), Decode(span)));
        return !plan.Column.Required;
    }

    private static bool TolerantYear(ReadOnlySpan<byte> span, ScdlColumn column, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        var text = Decode(span);
        if (!Lenient.TryParseYear(text, out var year))
        {
            return false;
        }

        builder.Year = year;
        (findings ??= []).Add(new Finding(FindingCodes.YearNotPlain, FindingSeverity.Warning, new SourceLocation(line, column.Name), text,
            year.ToString(CultureInfo.InvariantCulture)));
        return true;
    }

    private static bool TolerantAmount(ReadOnlySpan<byte> span, ColumnPlan plan, Tolerance tolerance, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        if (tolerance.DecimalSeparator == ',' && TryParseDecimalComma(span, out var commaAmount))
        {
            // The usual case of a decimal-comma file, typed from the UTF-8 bytes: its canonical text is the same digits with a
            // dot, so the finding needs no argument (two allocations per cell: the value and the finding).
            builder.SetAmount(plan.Field, commaAmount);
            (findings ??= []).Add(new Finding(FindingCodes.DecimalComma, FindingSeverity.Warning, new SourceLocation(line, plan.Column.Name), Decode(span)));
            return true;
        }

        var text = Decode(span);
        if (!Lenient.TryParseAmount(text, tolerance.DecimalSeparator, out var amount))
        {
            return false;
        }

        builder.SetAmount(plan.Field, amount);
        (findings ??= []).Add(new Finding(FindingCodes.NumberNotPlain, FindingSeverity.Warning, new SourceLocation(line, plan.Column.Name), text,
            amount.ToString(CultureInfo.InvariantCulture)));
        return true;
    }

    private static bool TolerantEnum(ReadOnlySpan<byte> span, ColumnPlan plan, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        var text = Decode(span);
        if (!plan.LenientEnum!.TryGetValue(Lenient.Fold(text), out var member))
        {
            return false;
        }

        builder.SetEnum(plan.Field, member);
        (findings ??= []).Add(new Finding(FindingCodes.EnumValueNotExact, FindingSeverity.Warning, new SourceLocation(line, plan.Column.Name), text, plan.Spell!(member)));
        return true;
    }

    /// <summary>Cleans a SIRET that is not 14 digits; returns <see langword="false"/> when it was damaged beyond repair (exponent notation).</summary>
    private static bool TolerantSiret(ref string text, ScdlColumn column, long line, ref List<Finding>? findings)
    {
        if (Lenient.IsExponentSiret(text))
        {
            (findings ??= []).Add(new Finding(FindingCodes.SiretInExponentNotation, FindingSeverity.Error, new SourceLocation(line, column.Name), text));
            return false;
        }

        if (Lenient.TryCleanSiret(text, out var digits))
        {
            (findings ??= []).Add(new Finding(FindingCodes.SiretNotPlain, FindingSeverity.Warning, new SourceLocation(line, column.Name), text, digits));
            text = digits;
        }

        return true;
    }

    /// <summary>
    /// Parses <c>-?(0|[1-9][0-9]*),[0-9]+</c> from UTF-8: a plain number but for its decimal comma, whose canonical
    /// spelling is the same text with a dot.
    /// </summary>
    internal static bool TryParseDecimalComma(ReadOnlySpan<byte> span, out decimal amount)
    {
        amount = 0;
        var comma = span.IndexOf((byte)',');
        var start = span.Length > 0 && span[0] == '-' ? 1 : 0;
        if (comma <= start || comma == span.Length - 1 || span.Length > 40
            || span[start..comma].IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0
            || span[(comma + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0
            || (span[start] == '0' && comma - start > 1))
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[40];
        span.CopyTo(buffer);
        buffer[comma] = (byte)'.';
        return decimal.TryParse(buffer[..span.Length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    internal static bool IsPlainText(ScdlColumn column) =>
        column.Type == ScdlFieldType.String && column.Enum is null && !column.SiretCheck;

    internal static bool TryParseYear(ReadOnlySpan<byte> span, out int year)
    {
        year = 0;
        if (span.Length != 4)
        {
            return false;
        }

        foreach (var b in span)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            year = (year * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>Decodes a value that failed to type, for its finding; invalid UTF-8 makes the input unreadable instead.</summary>
    /// <exception cref="DecoderFallbackException"><paramref name="span"/> is not valid UTF-8.</exception>
    private static string Decode(ReadOnlySpan<byte> span) =>
        System.Text.Unicode.Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : throw new DecoderFallbackException("Invalid UTF-8.");

    private sealed record ColumnPlan(ScdlColumn Column, LineField Field, int FileIndex, byte[][]? EnumUtf8, string? EnumList, Regex? Pattern,
        System.Collections.Frozen.FrozenDictionary<string, int>? LenientEnum, Func<int, string>? Spell)
    {
        public RecentValueCache Cache { get; } = new();

        public string? LastText { get; set; }

        public Siret LastSiret { get; set; }
    }

    /// <summary>What tolerant typing needs to know about the file: its decimal separator.</summary>
    internal sealed record Tolerance(char DecimalSeparator);
}
