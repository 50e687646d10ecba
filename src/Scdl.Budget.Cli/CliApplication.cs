using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Scdl.Budget.Cli.Commands;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli;

/// <summary>Builds the command line of <c>scdl-budget</c> and runs it against a <see cref="CliEnvironment"/>.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var culture = LanguageOption.Resolve(args, environment.DefaultCulture);
        var previous = CultureInfo.CurrentUICulture;

        // System.CommandLine words its own help headings and parse errors in the current UI culture.
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var text = new CliText(culture);
            var root = BuildRoot(environment, text);
            var parseResult = root.Parse(args);
            if (UnknownOptions.Find(parseResult, text) is { } unknown)
            {
                await environment.Error.WriteLineAsync(unknown).ConfigureAwait(false);
                return ExitCodes.UnreadableOrUsage;
            }

            // The caller's token carries Ctrl-C and SIGTERM (Program); System.CommandLine neither handles them nor
            // swallows the cancellation, which ends here with one line and exit code 130.
            // System.CommandLine writes the help's first title in English whatever the culture: the tool's words replace it.
            using var help = new HelpTitleWriter(environment.Out, text["Help.Description"]);
            var configuration = new InvocationConfiguration
            {
                Output = help,
                Error = environment.Error,
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            };
            try
            {
                var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
                help.Flush();
                return parseResult.Errors.Count > 0 ? ExitCodes.UnreadableOrUsage : exitCode;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await environment.Error.WriteLineAsync(text["Interrupted"]).ConfigureAwait(false);
                return ExitCodes.Interrupted;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // What fails before any file is processed (a --plans directory that cannot be read): one line, exit 2.
                await environment.Error.WriteLineAsync(text.Format("Failure.General", Batch.BatchRunner.Describe(exception, text, string.Empty))).ConfigureAwait(false);
                return ExitCodes.UnreadableOrUsage;
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    internal static RootCommand BuildRoot(CliEnvironment environment, CliText text)
    {
        var root = new RootCommand(text["Root.Description"])
        {
            ConvertCommand.Create(environment, text),
            ValidateCommand.Create(environment, text),
            NormalizeCommand.Create(environment, text),
            SummaryCommand.Create(environment, text),
            ExplainCommand.Create(environment, text),
        };
        root.HelpName = "scdl-budget";
        var lang = new Option<string>(LanguageOption.Name)
        {
            Description = text["Option.Lang"],
            Recursive = true,
            HelpName = "fr|en",
        };
        lang.AcceptOnlyFromAmong(LanguageOption.Values);
        root.Add(lang);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = text["Option.Help"];
            if (help.Action is HelpAction action)
            {
                action.MaxWidth = environment.HelpWidth;
            }
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = text["Option.Version"];
        }

        return root;
    }
}
