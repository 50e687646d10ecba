using System.CommandLine;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Commands;

/// <summary>The arguments and options every file command shares: inputs, format, output, quiet, force, parallelism.</summary>
internal sealed class BatchOptions
{
    public BatchOptions(CliText text, string inputsHelp, string outputHelp, bool withFormat = true)
    {
        Inputs = new Argument<string[]>("inputs")
        {
            Description = inputsHelp,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "FILE|DIR",
        };
        Format = new Option<string?>("--format", "-f")
        {
            Description = text["Option.Format"],
            HelpName = "text|json|html",
        };
        Format.AcceptOnlyFromAmong("text", "json", "html");
        WithFormat = withFormat;
        Output = new Option<string?>("--output", "-o") { Description = outputHelp, HelpName = "PATH" };
        Quiet = new Option<bool>("--quiet", "-q") { Description = text["Option.Quiet"] };
        Force = new Option<bool>("--force") { Description = text["Option.Force"] };
        Parallel = new Option<int>("--parallel")
        {
            Description = text["Option.Parallel"],
            HelpName = "N",
        };
        OptionRules.AtLeast(Parallel, 0, text);
    }

    public Argument<string[]> Inputs { get; }

    public Option<string?> Format { get; }

    public bool WithFormat { get; }

    public Option<string?> Output { get; }

    public Option<bool> Quiet { get; }

    public Option<bool> Force { get; }

    public Option<int> Parallel { get; }

    public void AddTo(Command command)
    {
        command.Add(Inputs);
        if (WithFormat)
        {
            command.Add(Format);
        }

        command.Add(Output);
        command.Add(Force);
        command.Add(Quiet);
        command.Add(Parallel);
    }

    public BatchSettings Read(ParseResult parseResult, CliEnvironment environment) => new()
    {
        Inputs = parseResult.GetValue(Inputs) ?? [],
        Format = parseResult.GetValue(Format) switch
        {
            "json" => ReportFormat.Json,
            "html" => ReportFormat.Html,
            _ => ReportFormat.Text,
        },
        Output = parseResult.GetValue(Output),
        Quiet = parseResult.GetValue(Quiet),
        Force = parseResult.GetValue(Force),
        Parallelism = parseResult.GetValue(Parallel) is > 0 and var n ? n : environment.DefaultParallelism,
    };
}
