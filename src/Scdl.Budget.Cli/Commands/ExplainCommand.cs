using System.CommandLine;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Commands;

/// <summary><c>explain CODE</c>: what a finding code means and how to fix it; without a code, the list of codes.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var code = new Argument<string?>("code")
        {
            Description = text["Explain.Code"],
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "CODE",
        };
        var command = new Command("explain", text["Explain.Description"]) { code };
        command.SetAction(parseResult => Run(environment, text, parseResult.GetValue(code)));
        return command;
    }

    private static int Run(CliEnvironment environment, CliText text, string? code)
    {
        var culture = text.Culture;
        if (string.IsNullOrWhiteSpace(code))
        {
            foreach (var each in FindingCodes.All)
            {
                environment.Out.WriteLine($"{each.Code}  {Severity(text, each.DefaultSeverity),-14} {each.GetTitle(culture)}");
            }

            return ExitCodes.Success;
        }

        var descriptor = FindingCodes.Describe(code);
        if (descriptor is null)
        {
            environment.Error.WriteLine(text.Format("Explain.Unknown", code));
            return ExitCodes.UnreadableOrUsage;
        }

        var output = environment.Out;
        output.WriteLine($"{descriptor.Code} · {descriptor.GetTitle(culture)}");
        output.WriteLine(text.Format("Explain.Severity", Severity(text, descriptor.DefaultSeverity)));
        output.WriteLine(text.Format("Explain.Frictionless", descriptor.FrictionlessType));
        output.WriteLine();
        output.WriteLine(text["Explain.Fix"]);
        output.WriteLine("  " + descriptor.GetFix(culture));
        output.WriteLine();
        output.WriteLine(text["Explain.SeeAlso"]);
        return ExitCodes.Success;
    }

    internal static string Severity(CliText text, FindingSeverity severity) => text["Severity." + severity];
}
