using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Clout.Hosting.Telemetry;

/// <summary>Every entry is a network in CIDR notation (10.0.0.0/8, fd00::/8); the first that is not is named.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NetworkListAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not IEnumerable<string> networks)
        {
            return ValidationResult.Success;
        }
        foreach (var (network, index) in networks.Select((n, i) => (n, i)))
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                return new ValidationResult($"{validationContext.DisplayName}:{index} must be a network in CIDR notation such as 10.0.0.0/8 (was {network})");
            }
        }
        return ValidationResult.Success;
    }
}
