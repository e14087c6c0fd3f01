using System.CommandLine;
using Clout.Demo;
using Clout.Hosting;

namespace Clout.Cli;

/// <summary>
/// Tells configuration on the command line ("--Clout:Tracking:QueueCapacity=5000", "--ConnectionStrings:Clout=…")
/// from the verbs and their options, and hands it to the host builders together with the aliases that outrank it.
/// </summary>
internal static class SettingArguments
{
    public const string DatabaseVariable = "CLOUT_DB";
    public const string DemoPasswordVariable = "CLOUT_DEMO_PASSWORD";

    /// <summary>
    /// Rewrites each "--Section:Key=value" into "<paramref name="settingOption"/> Section:Key=value", so that the
    /// verbs' parser still refuses anything else it does not know. "--db:X=Y" is the option --db (System.CommandLine
    /// also takes ':' before an option's value), not a setting; after "--" everything is left as it is.
    /// </summary>
    public static string[] SetAside(string[] args, Command root, string settingOption)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = OptionNames(root);
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                result.AddRange(args[i..]);
                break;
            }
            var colon = arg.IndexOf(':', StringComparison.Ordinal);
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && colon > 2 && equals > colon && !options.Contains(arg[..colon]))
            {
                result.Add(settingOption);
                result.Add(arg[2..]);
            }
            else
            {
                result.Add(arg);
            }
        }
        return [.. result];
    }

    /// <summary>
    /// The arguments both hosts are built with, in rising precedence: the settings given on the command line, then
    /// the documented aliases — CLOUT_DEMO_PASSWORD (Clout:Demo:Password), CLOUT_DB and then --db
    /// (ConnectionStrings:Clout), and serve's --urls — which therefore win over every other source.
    /// </summary>
    public static string[] ForHost(ParseResult parse, string? urls = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var args = (parse.GetValue(CloutCli.Settings) ?? []).Select(setting => "--" + setting).ToList();
        Add(args, DemoOptions.Section + ":" + nameof(DemoOptions.Password), Environment.GetEnvironmentVariable(DemoPasswordVariable));
        Add(args, CloutConfiguration.ConnectionStringKey, Environment.GetEnvironmentVariable(DatabaseVariable));
        Add(args, CloutConfiguration.ConnectionStringKey, parse.GetValue(CloutCli.Db));
        Add(args, WebHostDefaults.ServerUrlsKey, urls);
        return [.. args];
    }

    /// <summary>An empty or blank value counts as not given, as it always has for --db and CLOUT_DB.</summary>
    private static void Add(List<string> args, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            args.Add($"--{key}={value}");
        }
    }

    private static HashSet<string> OptionNames(Command command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Command>([command]);
        while (pending.TryPop(out var current))
        {
            foreach (var option in current.Options)
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }
            foreach (var sub in current.Subcommands)
            {
                pending.Push(sub);
            }
        }
        return names;
    }
}
