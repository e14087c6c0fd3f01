using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Clout.Hosting;

/// <summary>Every entry of a list setting is an IP address; the message names the setting and the first entry that is not.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IpAddressesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        (value as IEnumerable<string> ?? []).FirstOrDefault(e => !IPAddress.TryParse(e, out _)) is { } bad
            ? new ValidationResult($"{validationContext.DisplayName} must list IP addresses such as 127.0.0.1 or ::1; \"{bad}\" is not one")
            : ValidationResult.Success;
}
