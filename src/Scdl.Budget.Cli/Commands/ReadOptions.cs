using System.CommandLine;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Cli.Commands;

/// <summary>The options that say how to read SCDL CSV: schema version, column convention, findings kept.</summary>
internal sealed class ReadOptions
{
    public ReadOptions(CliText text)
    {
        SchemaVersion = new Option<string>("--schema-version")
        {
            Description = text["Option.SchemaVersion"],
            DefaultValueFactory = _ => Budget.SchemaVersion.Latest.Text,
            HelpName = string.Join('|', Budget.SchemaVersion.All.Select(v => v.Text)),
        };
        SchemaVersion.AcceptOnlyFromAmong([.. Budget.SchemaVersion.All.Select(v => v.Text)]);
        Convention = new Option<string>("--convention")
        {
            Description = text["Option.Convention"],
            DefaultValueFactory = _ => "schema",
            HelpName = "schema|totem",
        };
        Convention.AcceptOnlyFromAmong("schema", "totem");
        MaxFindings = new Option<int>("--max-findings")
        {
            Description = text["Option.MaxFindings"],
            DefaultValueFactory = _ => 1000,
            HelpName = "N",
        };
    }

    public Option<string> SchemaVersion { get; }

    public Option<string> Convention { get; }

    public Option<int> MaxFindings { get; }

    public void AddTo(Command command)
    {
        command.Add(SchemaVersion);
        command.Add(Convention);
        command.Add(MaxFindings);
    }

    public ReadSettings Read(ParseResult parseResult) => new()
    {
        ReaderOptions = new BudgetCsvReaderOptions
        {
            SchemaVersion = Budget.SchemaVersion.Parse(parseResult.GetValue(SchemaVersion) ?? Budget.SchemaVersion.Latest.Text),
            ColumnConvention = ConventionOf(parseResult.GetValue(Convention)),
        },
        MaxFindings = Math.Max(0, parseResult.GetValue(MaxFindings)),
    };

    public static ColumnConvention ConventionOf(string? value) =>
        string.Equals(value, "totem", StringComparison.Ordinal) ? ColumnConvention.TotemConverters : ColumnConvention.Schema;
}
