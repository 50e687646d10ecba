using System.CommandLine;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Csv;
using Scdl.Budget.Nomenclature;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>The options that say how to read and validate SCDL CSV: reading mode, header, encoding, schema version, column convention, findings kept.</summary>
internal sealed class ReadOptions
{
    public ReadOptions(CliText text)
    {
        SchemaVersion = new Option<string?>("--schema-version")
        {
            Description = text.Format("Option.SchemaVersion", Budget.SchemaVersion.Latest.Text),
            HelpName = string.Join('|', Budget.SchemaVersion.All.Select(v => v.Text)),
        };
        SchemaVersion.AcceptOnlyFromAmong([.. Budget.SchemaVersion.All.Select(v => v.Text)]);
        Convention = ConventionOption(text);
        Tolerant = new Option<bool>("--tolerant") { Description = text["Option.Tolerant"] };
        NoHeader = new Option<bool>("--no-header") { Description = text["Option.NoHeader"] };
        Encoding = EncodingOption(text);
        Nomenclature = new Option<string?>("--nomenclature")
        {
            Description = text["Option.Nomenclature"],
            HelpName = "NORME-DECLINAISON",
        };
        Plans = PlansOption(text);
        NoPlan = NoPlanOption(text);
        MaxFindings = MaxFindingsOption(text);
    }

    public Option<string?> SchemaVersion { get; }

    public Option<string?> Convention { get; }

    public Option<int?> MaxFindings { get; }

    public Option<bool> Tolerant { get; }

    public Option<bool> NoHeader { get; }

    public Option<string?> Encoding { get; }

    public Option<string?> Nomenclature { get; }

    public Option<string?> Plans { get; }

    public Option<bool> NoPlan { get; }

    public static Option<string?> PlansOption(CliText text) => new("--plans") { Description = text["Option.Plans"], HelpName = "DIR" };

    /// <summary>Loads the plans de comptes of <c>--plans</c>, or says why it cannot (the directory does not exist).</summary>
    public static (PlanCatalog? Catalog, string? Error) LoadPlans(CliEnvironment environment, CliText text, string? directory)
    {
        if (directory is null)
        {
            return (null, null);
        }

        return environment.FileSystem.Directory.Exists(directory)
            ? (PlanCatalog.FromDirectory(environment.FileSystem, directory), null)
            : (null, text.Format("Input.NotFound", directory));
    }

    public static Option<string?> ConventionOption(CliText text)
    {
        var option = new Option<string?>("--convention")
        {
            Description = text["Option.Convention"],
            HelpName = "schema|totem",
        };
        option.AcceptOnlyFromAmong("schema", "totem");
        return option;
    }

    /// <summary>The names <c>--encoding</c> accepts, and the encodings they stand for.</summary>
    private static readonly Dictionary<string, Func<System.Text.Encoding>> Encodings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = () => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        ["windows-1252"] = () => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
        ["iso-8859-1"] = () => System.Text.Encoding.Latin1,
        ["iso-8859-15"] = () => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(28605)!,
        ["utf-16le"] = () => System.Text.Encoding.Unicode,
        ["utf-16be"] = () => System.Text.Encoding.BigEndianUnicode,
    };

    /// <summary>Creates <c>--encoding</c>, which forces the encoding of CSV input instead of detecting it.</summary>
    public static Option<string?> EncodingOption(CliText text)
    {
        var option = new Option<string?>("--encoding") { Description = text["Option.Encoding"], HelpName = "NAME" };
        option.AcceptOnlyFromAmong([.. Encodings.Keys]);
        return option;
    }

    /// <summary>Gets the encoding named by <c>--encoding</c>, or <see langword="null"/> to detect it.</summary>
    public static System.Text.Encoding? EncodingOf(string? name) => name is null ? null : Encodings[name]();

    public static ColumnConvention ConventionOf(string? value) =>
        string.Equals(value, "totem", StringComparison.Ordinal) ? ColumnConvention.TotemConverters : ColumnConvention.Schema;

    public void AddTo(Command command)
    {
        command.Add(Tolerant);
        command.Add(NoHeader);
        command.Add(Encoding);
        command.Add(SchemaVersion);
        command.Add(Convention);
        command.Add(Nomenclature);
        command.Add(Plans);
        command.Add(NoPlan);
        command.Add(MaxFindings);
    }

    /// <summary>Reads the options; the error says why they cannot be used (a <c>--plans</c> directory that does not exist).</summary>
    public (ValidationSettings? Settings, string? Error) Read(ParseResult parseResult, CliEnvironment environment, CliText text)
    {
        var (plans, error) = LoadPlans(environment, text, parseResult.GetValue(Plans));
        if (error is not null)
        {
            return (null, error);
        }

        return (new ValidationSettings
        {
            Options = ValidationOf(ConventionOf(parseResult.GetValue(Convention)), parseResult.GetValue(NoPlan), parseResult.GetValue(MaxFindings), plans) with
            {
                SchemaVersion = Budget.SchemaVersion.Parse(parseResult.GetValue(SchemaVersion) ?? Budget.SchemaVersion.Latest.Text),
                Reader = (parseResult.GetValue(Tolerant) ? BudgetCsvReaderOptions.Tolerant : BudgetCsvReaderOptions.Default) with
                {
                    HasHeader = !parseResult.GetValue(NoHeader),
                    Encoding = EncodingOf(parseResult.GetValue(Encoding)),
                },
                Nomenclature = parseResult.GetValue(Nomenclature),
            },
        }, null);
    }

    /// <summary>
    /// The validation every command runs on a file, the one <c>validate</c> runs by default: every rule group, the
    /// plan de comptes included unless <c>--no-plan</c>. <c>convert</c> and <c>normalize</c> validate what they write
    /// with it, so that their report on that file is the report <c>validate</c> gives.
    /// </summary>
    public static BudgetValidationOptions ValidationOf(ColumnConvention convention, bool noPlan, int? maxFindings, PlanCatalog? plans) => new()
    {
        ColumnConvention = convention,
        RuleGroups = noPlan ? ValidationRuleGroups.All & ~ValidationRuleGroups.Plan : ValidationRuleGroups.All,
        MaxFindingsKept = Math.Max(0, maxFindings ?? FindingTally.DefaultMaxKept),
        Plans = plans,
    };

    /// <summary>The <c>--no-plan</c> option.</summary>
    public static Option<bool> NoPlanOption(CliText text) => new("--no-plan") { Description = text["Option.NoPlan"] };

    /// <summary>The <c>--max-findings</c> option.</summary>
    public static Option<int?> MaxFindingsOption(CliText text)
    {
        var option = new Option<int?>("--max-findings")
        {
            Description = text.Format("Option.MaxFindings", FindingTally.DefaultMaxKept),
            HelpName = "N",
        };
        OptionRules.AtLeast(option, 0, text);
        return option;
    }
}
