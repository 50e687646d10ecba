using System.CommandLine;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>convert</c>. Not wired yet: the library feature it wraps (Scdl.Budget.Totem (TOTEM conversion)) is not in this build, so the command says so
/// and exits with code 2 instead of pretending.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, HelpName = "FILE|DIR" };
        var command = new Command("convert", text["Convert.Description"]) { inputs };
        command.SetAction(_ =>
        {
            environment.Error.WriteLine(text.Format("NotAvailable", "convert"));
            return ExitCodes.UnreadableOrUsage;
        });
        return command;
    }
}
