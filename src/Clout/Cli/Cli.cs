using System.Data.Common;
using Clout.Storage.Model;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Clout.Cli;

/// <summary>Exit codes and messages shared by the verbs.</summary>
internal static class Cli
{
    public const int Ok = 0;

    /// <summary>The input was wrong (bad rows, unknown workspace): nothing was changed.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself, or a setting, was wrong: nothing was run.</summary>
    public const int Usage = 2;

    /// <summary>Messages and progress go to standard error, so that standard output stays clean for data.</summary>
    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static void Error(string message) => Err.MarkupLineInterpolated($"[red]error:[/] {message}");

    /// <summary>Runs a verb, turning the errors a user can fix into a message and an exit code, not a stack trace.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (StorageValidationException e)
        {
            Error(e.Message);
            return InvalidInput;
        }
        catch (DbException e)
        {
            Error($"database: {e.Message}");
            return InvalidInput;
        }
        catch (OperationCanceledException)
        {
            Error("cancelled; nothing was changed by the interrupted step.");
            return InvalidInput;
        }
        catch (OptionsValidationException e)
        {
            return BadSettings([e]);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            // The start-up check reports each options class that failed.
            return BadSettings(e.InnerExceptions.Cast<OptionsValidationException>());
        }
    }

    /// <summary>One line per bad setting, each naming its configuration key.</summary>
    private static int BadSettings(IEnumerable<OptionsValidationException> failures)
    {
        foreach (var failure in failures.SelectMany(e => e.Failures))
        {
            Error(failure);
        }
        return Usage;
    }

    public static void Info(string message) => Err.MarkupLineInterpolated($"[grey]{message}[/]");
}
