using System.CommandLine;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>normalize</c>. Not wired yet: the library feature it wraps (tolerant reading and normalisation) is not in this build, so the command says so
/// and exits with code 2 instead of pretending.
/// </summary>
internal static class NormalizeCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, HelpName = "FILE|DIR" };
        var command = new Command("normalize", text["Normalize.Description"]) { inputs };
        command.SetAction(_ =>
        {
            environment.Error.WriteLine(text.Format("NotAvailable", "normalize"));
            return ExitCodes.UnreadableOrUsage;
        });
        return command;
    }
}
