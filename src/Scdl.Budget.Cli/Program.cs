using System.Globalization;
using System.IO.Abstractions;
using System.Text;

namespace Scdl.Budget.Cli;

/// <summary>The entry point: the only place that builds the real file system and console.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var environment = new CliEnvironment
        {
            FileSystem = new FileSystem(),
            Out = Console.Out,
            Error = Console.Error,
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            ColorsAllowed = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            DefaultCulture = CultureInfo.CurrentUICulture,
            HelpWidth = Console.IsOutputRedirected ? 100 : Math.Max(60, Console.WindowWidth),
        };
        return await CliApplication.RunAsync(args, environment).ConfigureAwait(false);
    }
}
