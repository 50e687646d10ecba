using System.CommandLine;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>summary</c>. Not wired yet: the library feature it wraps (the budget summary of the validation) is not in this build, so the command says so
/// and exits with code 2 instead of pretending.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, HelpName = "FILE|DIR" };
        var command = new Command("summary", text["Summary.Description"]) { inputs };
        command.SetAction(_ =>
        {
            environment.Error.WriteLine(text.Format("NotAvailable", "summary"));
            return ExitCodes.UnreadableOrUsage;
        });
        return command;
    }
}
