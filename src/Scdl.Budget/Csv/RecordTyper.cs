using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Scdl.Budget.Internal;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Types the cells of one CSV data record into a <see cref="BudgetLine"/>, with exactly the Table Schema semantics of
/// scdl/budget: a cell that is not its column's value is a finding naming the schema's constraint. A value spelled
/// otherwise but with one meaning (<c>Investissement</c>, <c>1 234,50</c>, <c>2022.0</c>, a SIRET with spaces) is read
/// in both reading modes, so that every other check still runs; the mode decides what it is reported as: strict
/// reading, the schema's error (<c>SCDL202</c>–<c>SCDL205</c>, content, as frictionless says); tolerant reading, a
/// departure from the format (<c>SCDL604</c>, <c>SCDL605</c>, <c>SCDL607</c>, <c>SCDL609</c>, <c>SCDL614</c>). The line is
/// built unless a required typed value (step, year, SIRET, section, operation kind, direction) cannot be read; empty
/// required text is kept as an empty string and reported.
/// </summary>
internal sealed class RecordTyper
{
    private readonly ColumnPlan[] _plans;
    private readonly int _headerCount;
    private readonly bool _tolerant;
    private readonly char _decimalSeparator;

    public RecordTyper(ScdlSchema schema, HeaderMap map, ColumnConvention convention, CsvReadingMode mode, char decimalSeparator)
    {
        _headerCount = map.HeaderCount;
        _tolerant = mode == CsvReadingMode.Tolerant;
        _decimalSeparator = decimalSeparator;
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
                column.SiretCheck ? null : column.PatternRegex,
                column.Enum is not null ? TolerantForms.EnumTable(schema, field) : null,
                column.Enum is not null ? member => TolerantForms.Spell(schema, field, member) : null);
        }
    }

    /// <summary>Types the data record <paramref name="reader"/> is on.</summary>
    /// <exception cref="DecoderFallbackException">A cell that had to be decoded is not valid UTF-8.</exception>
    public BudgetRecord Type(CsvReader reader, long line, List<Finding>? findings, string? source)
    {
        var fieldCount = reader.FieldCount;
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
                (findings ??= []).Add(CsvFindings.Make(FindingCodes.MissingCell, new SourceLocation(line, plan.Column.Name)));
                complete &= !plan.Column.Required || IsPlainText(plan.Column);
                continue;
            }

            complete &= TypeCell(reader.GetSpan(plan.FileIndex), plan, line, ref builder, ref findings);
        }

        for (var i = _headerCount; i < fieldCount; i++)
        {
            (findings ??= []).Add(CsvFindings.Make(FindingCodes.ExtraCell, new SourceLocation(line, null), Decode(reader.GetSpan(i)),
                (i + 1).ToString(CultureInfo.InvariantCulture), _headerCount.ToString(CultureInfo.InvariantCulture)));
        }

        var budgetLine = complete ? builder.Build() : null;
        return new BudgetRecord(budgetLine, line, findings is null ? [] : findings, RecordKind.Data, source);
    }

    /// <summary>Whether the record has no value at all: every cell empty (or <c>""</c>), whatever the separator.</summary>
    internal static bool IsBlank(CsvReader reader, char separator)
    {
        // Fast path: a record with any byte other than separators and quotes has a value.
        if (reader.RawRecord.IndexOfAnyExcept((byte)separator, (byte)'"') >= 0)
        {
            return false;
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!reader.IsEmpty(i))
            {
                return false;
            }
        }

        return true;
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
        return Utf8Decimal.TryParse(buffer[..span.Length], out amount);
    }

    private bool TypeCell(ReadOnlySpan<byte> span, ColumnPlan plan, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        var column = plan.Column;
        if (span.IsEmpty)
        {
            if (!column.Required)
            {
                return true;
            }

            (findings ??= []).Add(CsvFindings.Make(FindingCodes.RequiredValueMissing, new SourceLocation(line, column.Name), string.Empty));
            if (IsPlainText(column))
            {
                builder.SetText(plan.Field, string.Empty);
                return true;
            }

            return false;
        }

        switch (column.Type)
        {
            case ScdlFieldType.Year:
                return TypeYear(span, column, line, ref builder, ref findings);
            case ScdlFieldType.Number:
                return TypeNumber(span, plan, line, ref builder, ref findings);
        }

        if (plan.EnumUtf8 is { } spellings)
        {
            return TypeEnum(span, plan, spellings, line, ref builder, ref findings);
        }

        var text = plan.Cache.Get(span);
        if (column.SiretCheck)
        {
            return TypeSiret(text, plan, line, ref builder, ref findings);
        }

        if (plan.Pattern is { } regex && !regex.IsMatch(text))
        {
            (findings ??= []).Add(CsvFindings.Make(FindingCodes.ValueNotAllowed, new SourceLocation(line, column.Name), text, column.Pattern!));
        }

        if (column.HasWrongLength(text))
        {
            (findings ??= []).Add(CsvFindings.InvalidLength(column, new SourceLocation(line, column.Name), text));
        }

        builder.SetText(plan.Field, text);
        return true;
    }

    private bool TypeYear(ReadOnlySpan<byte> span, ScdlColumn column, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        if (TryParseYear(span, out var year))
        {
            builder.Year = year;
            return true;
        }

        var text = Decode(span);
        var location = new SourceLocation(line, column.Name);
        if (!TolerantForms.TryParseYear(text, out year))
        {
            (findings ??= []).Add(CsvFindings.Make(FindingCodes.InvalidYear, location, text));
            return !column.Required;
        }

        builder.Year = year;
        (findings ??= []).Add(_tolerant
            ? CsvFindings.Make(FindingCodes.YearNotPlain, location, text, year.ToString(CultureInfo.InvariantCulture))
            : CsvFindings.Make(FindingCodes.InvalidYear, location, text));
        return true;
    }

    private bool TypeNumber(ReadOnlySpan<byte> span, ColumnPlan plan, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        var location = new SourceLocation(line, plan.Column.Name);

        // A comma never passes the plain parse: in a decimal-comma file, go straight to the usual case, typed from the
        // UTF-8 bytes: its canonical text is the same digits with a dot, so the finding needs no argument.
        if (_decimalSeparator == ',' && span.Contains((byte)',') && TryParseDecimalComma(span, out var commaAmount))
        {
            builder.SetAmount(plan.Field, commaAmount);
            (findings ??= []).Add(CsvFindings.Make(_tolerant ? FindingCodes.DecimalComma : FindingCodes.InvalidNumber, location, Decode(span)));
            return true;
        }

        switch (Utf8Decimal.Read(span, out var amount))
        {
            case NumberReading.Exact:
                builder.SetAmount(plan.Field, amount);
                if (_tolerant && span.IndexOfAny((byte)'e', (byte)'E') >= 0)
                {
                    (findings ??= []).Add(CsvFindings.Make(FindingCodes.NumberInExponentNotation, location, Decode(span), Utf8Decimal.Format(amount)));
                }

                return true;

            case NumberReading.NotRepresentable:
                // A number the schema allows, but no decimal holds it exactly: left out, never rounded in silence.
                (findings ??= []).Add(CsvFindings.Make(FindingCodes.AmountOutOfRange, location, Decode(span)));
                return !plan.Column.Required;
        }

        var text = Decode(span);
        if (TolerantForms.TryParseAmount(text, _decimalSeparator, out amount))
        {
            builder.SetAmount(plan.Field, amount);
            (findings ??= []).Add(_tolerant
                ? CsvFindings.Make(FindingCodes.NumberNotPlain, location, text, Utf8Decimal.Format(amount))
                : CsvFindings.Make(FindingCodes.InvalidNumber, location, text));
            return true;
        }

        (findings ??= []).Add(CsvFindings.Make(FindingCodes.InvalidNumber, location, text));
        return !plan.Column.Required;
    }

    private bool TypeEnum(ReadOnlySpan<byte> span, ColumnPlan plan, byte[][] spellings, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        for (var i = 0; i < spellings.Length; i++)
        {
            if (span.SequenceEqual(spellings[i]))
            {
                builder.SetEnum(plan.Field, i + 1);
                return true;
            }
        }

        var text = Decode(span);
        var location = new SourceLocation(line, plan.Column.Name);
        if (!plan.EnumForms!.TryGetValue(TolerantForms.Fold(text), out var member))
        {
            (findings ??= []).Add(CsvFindings.Make(FindingCodes.ValueNotAllowed, location, text, plan.EnumList!));
            return !plan.Column.Required;
        }

        builder.SetEnum(plan.Field, member);
        (findings ??= []).Add(_tolerant
            ? CsvFindings.Make(FindingCodes.EnumValueNotExact, location, text, plan.Spell!(member))
            : CsvFindings.Make(FindingCodes.ValueNotAllowed, location, text, plan.EnumList!));
        return true;
    }

    private bool TypeSiret(string text, ColumnPlan plan, long line, ref LineBuilder builder, ref List<Finding>? findings)
    {
        var column = plan.Column;
        var location = new SourceLocation(line, column.Name);
        if (!Siret.HasFourteenDigits(text))
        {
            if (TolerantForms.IsExponentSiret(text))
            {
                // Spreadsheet damage: the last digits are lost and never guessed.
                (findings ??= []).Add(CsvFindings.Make(_tolerant ? FindingCodes.SiretInExponentNotation : FindingCodes.InvalidSiretFormat, location, text));
                return !column.Required;
            }

            if (!TolerantForms.TryCleanSiret(text, out var digits))
            {
                (findings ??= []).Add(CsvFindings.Make(FindingCodes.InvalidSiretFormat, location, text));
                return !column.Required;
            }

            (findings ??= []).Add(_tolerant
                ? CsvFindings.Make(FindingCodes.SiretNotPlain, location, text, digits)
                : CsvFindings.Make(FindingCodes.InvalidSiretFormat, location, text));
            text = digits;
        }

        var siret = ReferenceEquals(text, plan.LastText) ? plan.LastSiret : Siret.FromDigitsUnchecked(text);
        plan.LastText = text;
        plan.LastSiret = siret;
        if (!siret.IsCheckDigitValid)
        {
            (findings ??= []).Add(CsvFindings.Make(FindingCodes.InvalidSiretCheckDigit, location, text));
        }

        builder.Siret = siret;
        return true;
    }

    /// <summary>Decodes a value that failed to type, for its finding; invalid UTF-8 makes the record unreadable as UTF-8 instead.</summary>
    /// <exception cref="DecoderFallbackException"><paramref name="span"/> is not valid UTF-8.</exception>
    private static string Decode(ReadOnlySpan<byte> span) =>
        System.Text.Unicode.Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : throw new DecoderFallbackException("Invalid UTF-8.");

    private sealed record ColumnPlan(ScdlColumn Column, LineField Field, int FileIndex, byte[][]? EnumUtf8, string? EnumList, Regex? Pattern,
        System.Collections.Frozen.FrozenDictionary<string, int>? EnumForms, Func<int, string>? Spell)
    {
        public RecentValueCache Cache { get; } = new();

        public string? LastText { get; set; }

        public Siret LastSiret { get; set; }
    }
}
