using System.CommandLine;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Csv;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>The options that say how to read and validate SCDL CSV: schema version, column convention, findings kept.</summary>
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
        Convention = ConventionOption(text);
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

    public static Option<string> ConventionOption(CliText text)
    {
        var option = new Option<string>("--convention")
        {
            Description = text["Option.Convention"],
            DefaultValueFactory = _ => "schema",
            HelpName = "schema|totem",
        };
        option.AcceptOnlyFromAmong("schema", "totem");
        return option;
    }

    public static ColumnConvention ConventionOf(string? value) =>
        string.Equals(value, "totem", StringComparison.Ordinal) ? ColumnConvention.TotemConverters : ColumnConvention.Schema;

    public void AddTo(Command command)
    {
        command.Add(SchemaVersion);
        command.Add(Convention);
        command.Add(MaxFindings);
    }

    public ValidationSettings Read(ParseResult parseResult) => new()
    {
        Options = new BudgetValidationOptions
        {
            SchemaVersion = Budget.SchemaVersion.Parse(parseResult.GetValue(SchemaVersion) ?? Budget.SchemaVersion.Latest.Text),
            ColumnConvention = ConventionOf(parseResult.GetValue(Convention)),
            MaxFindingsKept = Math.Max(0, parseResult.GetValue(MaxFindings)),
            CsvOptions = BudgetCsvReaderOptions.Default,
        },
    };
}
