using System.ComponentModel.DataAnnotations;

namespace Clout.Hosting.Telemetry;

/// <summary>An absolute http(s) address, or nothing (a setting left empty to turn its feature off).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class HttpUrlOrEmptyAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return ValidationResult.Success;
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? ValidationResult.Success
            : new ValidationResult($"{validationContext.DisplayName} must be an http:// or https:// address, or empty");
    }
}
