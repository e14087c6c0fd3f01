using System.CommandLine;

namespace Clout.Cli;

/// <summary>`clout connect PLATFORM`: one subcommand per platform.</summary>
internal static class ConnectCommand
{
    public static Command Create() => new("connect", "Connect an account on a platform, so that `clout sync` and `clout serve` keep it current")
    {
        ConnectCreatorCommands.Instagram(),
        ConnectCreatorCommands.TikTok(),
    };
}
