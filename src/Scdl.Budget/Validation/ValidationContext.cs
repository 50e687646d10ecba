using System.Globalization;
using Scdl.Budget.Schema;
using Scdl.Budget.Summary;

namespace Scdl.Budget.Validation;

/// <summary>What a rule sees of a validation run: the options, the schema and its column names, the counts and
/// summary so far, and the sink its findings go to.</summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<LineField, string> _columns = [];
    private BudgetSummary? _summary;
    private (string Code, long Count)[] _counted = new (string, long)[8];
    private int _countedCodes;

    public ValidationContext(BudgetValidationOptions options)
    {
        Options = options;
        Schema = ScdlSchema.Get(options.SchemaVersion);
        foreach (var column in Schema.Columns)
        {
            _columns[Schema.Binding.FieldAt(column.Index, options.ColumnConvention)] = column.Name;
        }
    }

    public BudgetValidationOptions Options { get; }

    public ScdlSchema Schema { get; }

    public SummaryBuilder Summary { get; } = new();

    /// <summary>Gets or sets the hash of the text of the record being observed, when it came from a CSV reader that hashed it.</summary>
    public UInt128? RecordHash { get; set; }

    /// <summary>Gets or sets whether the line being observed starts a document not seen before.</summary>
    public bool StartsNewDocument { get; set; }

    /// <summary>Gets or sets whether the line being observed was left out of its document's totals, its amounts taking them out of range.</summary>
    public bool LineOutOfTotals { get; set; }

    /// <summary>Gets or sets the number of data records read (typed or not).</summary>
    public long RecordsRead { get; set; }

    /// <summary>Gets or sets the number of records that had no typed line.</summary>
    public long RecordsNotTyped { get; set; }

    /// <summary>Gets or sets where findings go; the run drains it after each line.</summary>
    public List<Finding> Sink { get; set; } = [];

    /// <summary>
    /// Gets or sets the tally of the report the findings go to, which says whether a finding would still be kept
    /// (<see cref="FindingTally.WouldKeep"/>); <see langword="null"/> when every finding is wanted (findings enumerated,
    /// or a caller listening to each one), and while the findings about the whole input are reported (always kept).
    /// </summary>
    public FindingTally? Tally { get; set; }

    /// <summary>Gets the counts of findings not built because the report would not keep them (see <see cref="Keeps"/>), by code.</summary>
    public IEnumerable<KeyValuePair<string, long>> CountedOnly => _counted.Take(_countedCodes).Select(c => KeyValuePair.Create(c.Code, c.Count));

    /// <summary>
    /// Asks the report whether it would keep a finding of <paramref name="code"/>, before the rule builds it (formats its
    /// message arguments). When it would not, the finding is counted here, exactly, and the rule builds nothing. The one
    /// question every rule asks before <see cref="Report"/> for findings about lines; see <c>docs/validation.md</c>.
    /// </summary>
    /// <param name="code">The code of the finding.</param>
    /// <returns><see langword="true"/> when the rule should report the finding; <see langword="false"/> when it was counted.</returns>
    public bool Keeps(string code)
    {
        // The most severe finding a rule reports is an error: the most a tally keeps once full (cheap, no lookup).
        if (Tally is null || Tally.WouldKeep(code, FindingSeverity.Error))
        {
            return true;
        }

        CountNotBuilt(code);
        return false;
    }

    /// <summary>Gets the summary of the documents read, built once all lines are in.</summary>
    public BudgetSummary BuildSummary() => _summary ??= Summary.Build(RecordsNotTyped);

    /// <summary>Gets the column that holds <paramref name="field"/> under the run's convention.</summary>
    public string ColumnOf(LineField field) => _columns[field];

    /// <summary>Gets the column that holds <paramref name="field"/> under <paramref name="convention"/>.</summary>
    public string ColumnOf(LineField field, ColumnConvention convention)
    {
        foreach (var column in Schema.Columns)
        {
            if (Schema.Binding.FieldAt(column.Index, convention) == field)
            {
                return column.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field));
    }

    /// <summary>Reports a finding with the code's default severity (the run applies the caller's overrides).</summary>
    public void Report(string code, long line, string? column, string? value, params string[] arguments) =>
        Sink.Add(new Finding(code, FindingCodes.Get(code).DefaultSeverity, new SourceLocation(line, column), value, arguments));

    public string StepText(BudgetStep step) => step switch
    {
        BudgetStep.CompteFinancierUnique => BudgetLineBinding.CompteFinancierUniqueText,
        >= BudgetStep.BudgetPrimitif and <= BudgetStep.CompteAdministratif => Schema.Binding.Spell(LineField.Step, (int)step),
        _ => "?",
    };

    public string SectionText(BudgetSection section) =>
        section is BudgetSection.Investissement or BudgetSection.Fonctionnement ? Schema.Binding.Spell(LineField.Section, (int)section) : "?";

    public string DocumentText(DocumentKey key) =>
        string.Create(CultureInfo.InvariantCulture, $"SIRET {key.Siret}, {key.Year}, {StepText(key.Step)}");

    public static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Counts a finding not built.</summary>
    /// <remarks>A handful of codes are counted, millions of times: they are found by reference first (codes are constants).</remarks>
    private void CountNotBuilt(string code)
    {
        var counted = _counted;
        for (var i = 0; i < _countedCodes; i++)
        {
            if (ReferenceEquals(counted[i].Code, code))
            {
                counted[i].Count++;
                return;
            }
        }

        for (var i = 0; i < _countedCodes; i++)
        {
            if (string.Equals(counted[i].Code, code, StringComparison.Ordinal))
            {
                counted[i].Count++;
                return;
            }
        }

        if (_countedCodes == counted.Length)
        {
            Array.Resize(ref _counted, counted.Length * 2);
        }

        _counted[_countedCodes++] = (code, 1);
    }
}
