using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Clout.Access;
using Clout.Hosting;

namespace Clout.Demo;

/// <summary>Settings of the demo workspace, bound from the "Clout:Demo" configuration section.</summary>
public sealed class DemoOptions
{
    public const string Section = CloutConfiguration.Section + ":Demo";

    /// <summary>
    /// A fixed password for the demo login (CLOUT_DEMO_PASSWORD, or Clout:Demo:Password); unset: a new random one at
    /// each start, so that no fixed password ships with the product.
    /// </summary>
    [MinLength(UserAccounts.MinPasswordLength, ErrorMessage = CloutOptions.AtLeastCharacters)]
    [PasswordPropertyText(true)]
    public string? Password { get; set; }
}
