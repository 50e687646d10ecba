using Scdl.Budget.Schema;

namespace Scdl.Budget.Nomenclature;

/// <summary>The CSV columns that hold the plan-related fields under a column convention, taken from the schema.</summary>
internal sealed class PlanColumns
{
    private static readonly PlanColumns SchemaConvention = new(ColumnConvention.Schema);
    private static readonly PlanColumns TotemConvention = new(ColumnConvention.TotemConverters);

    private PlanColumns(ColumnConvention convention)
    {
        var schema = ScdlSchema.Latest;
        string Of(LineField field) => schema.Columns.First(c => schema.Binding.FieldAt(c.Index, convention) == field).Name;
        Convention = convention;
        Account = Of(LineField.AccountCode);
        AccountLabel = Of(LineField.AccountLabel);
        Chapter = Of(LineField.ChapterCode);
        ChapterLabel = Of(LineField.ChapterLabel);
        Function = Of(LineField.FunctionCode);
        FunctionLabel = Of(LineField.FunctionLabel);
        Section = Of(LineField.Section);
    }

    public ColumnConvention Convention { get; }

    public string Account { get; }

    public string AccountLabel { get; }

    public string Chapter { get; }

    public string ChapterLabel { get; }

    public string Function { get; }

    public string FunctionLabel { get; }

    public string Section { get; }

    public static PlanColumns For(ColumnConvention convention) =>
        convention == ColumnConvention.TotemConverters ? TotemConvention : SchemaConvention;

    public static ColumnConvention Other(ColumnConvention convention) =>
        convention == ColumnConvention.TotemConverters ? ColumnConvention.Schema : ColumnConvention.TotemConverters;

    /// <summary>Reads a line as if it had been read with the other convention: account and chapter (with their labels) exchanged.</summary>
    public static BudgetLine Swap(BudgetLine line) => line with
    {
        AccountCode = line.ChapterCode,
        AccountLabel = line.ChapterLabel,
        ChapterCode = line.AccountCode,
        ChapterLabel = line.AccountLabel,
    };

    public static string SectionText(BudgetSection section) =>
        section is BudgetSection.Investissement or BudgetSection.Fonctionnement
            ? ScdlSchema.Latest.Binding.Spell(LineField.Section, (int)section)
            : string.Empty;

    public static string DirectionText(FlowDirection direction) =>
        direction is FlowDirection.Recette or FlowDirection.Depense
            ? ScdlSchema.Latest.Binding.Spell(LineField.Direction, (int)direction)
            : string.Empty;

    public static string KindText(OperationKind kind) =>
        kind is OperationKind.Reel or OperationKind.Ordre
            ? ScdlSchema.Latest.Binding.Spell(LineField.OperationKind, (int)kind)
            : string.Empty;
}
