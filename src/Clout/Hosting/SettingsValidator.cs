using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Clout.Hosting;

/// <summary>
/// Checks an options class against its data annotations, property by property, and names each failure by the
/// configuration key the user wrote ("Clout:Tracking:QueueCapacity must be between 1 and 1000000 (was 0)"), which
/// <c>ValidateDataAnnotations</c> cannot: it names the class and member. Keys in the section that match no property
/// (a misspelt setting, otherwise silently ignored) fail too.
/// </summary>
internal sealed class SettingsValidator<TOptions>(IConfiguration configuration, string section, string? formerSection) : IValidateOptions<TOptions>
    where TOptions : class
{
    private static readonly PropertyInfo[] Properties = typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        string[] sections = formerSection is null ? [section] : [section, formerSection];
        foreach (var sectionName in sections)
        {
            failures.AddRange(configuration.GetSection(sectionName).GetChildren()
                .Where(child => !Properties.Any(p => p.Name.Equals(child.Key, StringComparison.OrdinalIgnoreCase)))
                .Select(child => $"{sectionName}:{child.Key} is not a setting; {sectionName} has {string.Join(", ", Properties.Select(p => p.Name))}"));
        }
        foreach (var property in Properties)
        {
            var key = KeyOf(property.Name);
            var value = property.GetValue(options);
            var results = new List<ValidationResult>();
            if (Validator.TryValidateProperty(value, new ValidationContext(options) { MemberName = property.Name, DisplayName = key }, results))
            {
                continue;
            }
            // A password is named, never shown.
            var was = property.GetCustomAttribute<PasswordPropertyTextAttribute>()?.Password == true ? "" : $" (was {configuration[key] ?? Show(value)})";
            failures.AddRange(results.Select(r => r.ErrorMessage + was));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The key the value came from: the former name only when it alone is set.</summary>
    private string KeyOf(string property) =>
        formerSection is not null && configuration[$"{section}:{property}"] is null && configuration[$"{formerSection}:{property}"] is not null
            ? $"{formerSection}:{property}"
            : $"{section}:{property}";

    private static string Show(object? value) => value switch
    {
        null => "not set",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(", ", list),
        _ => value.ToString() ?? "",
    };
}
