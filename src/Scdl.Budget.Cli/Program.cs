using System.Globalization;
using System.IO.Abstractions;
using System.Runtime.InteropServices;
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

        // The first Ctrl-C or SIGTERM asks the run to stop: files being processed are left as they were, without
        // temporary files, and the tool says so and exits with 130. A second one ends the process at once.
        using var interruption = new CancellationTokenSource();
        void Interrupt(PosixSignalContext context)
        {
            if (!interruption.IsCancellationRequested)
            {
                context.Cancel = true;
                interruption.Cancel();
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        return await CliApplication.RunAsync(args, environment, interruption.Token).ConfigureAwait(false);
    }
}
