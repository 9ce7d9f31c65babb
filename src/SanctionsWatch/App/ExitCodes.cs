namespace SanctionsWatch.App;

/// <summary>The process exit codes of the CLI and the worker (docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;
}
