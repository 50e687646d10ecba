namespace Scdl.Budget.Cli;

/// <summary>The process exit codes of <c>scdl-budget</c>, documented in <c>docs/cli.md</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and no finding is an error.</summary>
    public const int Success = 0;

    /// <summary>At least one input has findings of severity error.</summary>
    public const int ErrorsFound = 1;

    /// <summary>At least one input could not be read at all (missing, unreadable, not SCDL/TOTEM), or the command line is wrong.</summary>
    public const int UnreadableOrUsage = 2;

    /// <summary>The run was interrupted (Ctrl-C, SIGINT or SIGTERM), as shells report a process ended by SIGINT: 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Combines the codes of several files: the worst wins.</summary>
    public static int Worst(int left, int right) => Math.Max(left, right);
}
