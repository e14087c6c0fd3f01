using System.Globalization;
using System.Text;
using System.Text.Json;
using Clout.Core.Campaigns;
using Clout.Presentation;
using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;

namespace Clout.Campaigns;

/// <summary>Turns what the API and the dashboard receive into campaigns and collaborations, one set of rules for both.</summary>
public static class CampaignForm
{
    /// <summary>A draft from user input, or the reason it cannot be one.</summary>
    public static (CampaignDraft? Draft, string? Problem) Draft(string? name, string? goal, DateTime? startsAt, DateTime? endsAt, decimal? budget)
    {
        var parsedGoal = CampaignGoal.Blend;
        if (!string.IsNullOrWhiteSpace(goal) && !Enum.TryParse(goal.Trim(), ignoreCase: true, out parsedGoal))
        {
            return (null, $"goal: '{goal}' is not a goal; use awareness, conversion or blend");
        }
        long? budgetMinor = null;
        if (budget is { } b)
        {
            if (!Money.TryFromMajor(b, out var minor))
            {
                return (null, "budget: not an amount in currency units with at most two decimals");
            }
            budgetMinor = minor;
        }
        var draft = new CampaignDraft(name ?? "", parsedGoal, UtcTime.Normalize(startsAt), UtcTime.Normalize(endsAt), budgetMinor);
        return draft.Problem() is { } problem ? (null, $"{problem.Field}: {problem.Message}") : (draft, null);
    }

    /// <summary>
    /// Saves one collaboration through the importer, as the JSON record a collaborations file would hold, so that a
    /// form and a file obey the same checks (handle known, codes unique, destination an http(s) URL).
    /// </summary>
    public static async Task<ImportResult> SaveCollaborationAsync(Importer importer, string campaign, AddCollaborationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(request);
        var record = new Dictionary<string, object?>
        {
            ["campaign"] = campaign,
            ["influencer_handle"] = request.InfluencerHandle,
            ["platform"] = request.Platform,
            ["fee"] = request.Fee?.ToString(CultureInfo.InvariantCulture),
            ["product_cost"] = request.ProductCost?.ToString(CultureInfo.InvariantCulture),
            ["commission_rate"] = request.CommissionRate?.ToString(CultureInfo.InvariantCulture),
            ["promo_code"] = Blank(request.PromoCode),
            ["link_code"] = Blank(request.LinkCode),
            ["destination_url"] = Blank(request.DestinationUrl),
        };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new[] { record }, CloutJson.Options)));
        return await importer.ImportAsync(ImportKind.Collaborations, stream, ImportFormat.Json, null, cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
