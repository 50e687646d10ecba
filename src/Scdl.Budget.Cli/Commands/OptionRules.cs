using System.CommandLine;
using System.Globalization;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Commands;

/// <summary>Checks of option values that make a wrong value a usage error (exit 2) with a message, never an exception.</summary>
internal static class OptionRules
{
    /// <summary>
    /// Accepts only whole numbers of at least <paramref name="minimum"/>. A value that is not a number at all is left to
    /// System.CommandLine, which reports it as a parse error; reading the value here would throw.
    /// </summary>
    public static void AtLeast(Option option, int minimum, CliText text) =>
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value < minimum)
                {
                    result.AddError(text.Format("Option.Invalid.AtLeast", option.Name, minimum, token.Value));
                }
            }
        });
}
