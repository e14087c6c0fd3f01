using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Clout.Hosting;

/// <summary>Every entry of a list setting is a network in CIDR notation; the message names the setting and the first entry that is not.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IpNetworksAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        (value as IEnumerable<string> ?? []).FirstOrDefault(e => !IPNetwork.TryParse(e, out _)) is { } bad
            ? new ValidationResult($"{validationContext.DisplayName} must list networks in CIDR notation such as 10.0.0.0/8; \"{bad}\" is not one")
            : ValidationResult.Success;
}
