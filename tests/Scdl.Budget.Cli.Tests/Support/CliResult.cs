namespace Scdl.Budget.Cli.Tests.Support;

internal sealed record CliResult(int ExitCode, string Out, string Error);
