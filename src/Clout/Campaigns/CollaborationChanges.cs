using System.Globalization;
using System.Text;
using System.Text.Json;
using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Clout.Presentation;
using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Clout.Tracking;

namespace Clout.Campaigns;

/// <summary>
/// Adds or changes one collaboration for the API and the dashboard, with one rule: a field not sent keeps its value,
/// and a field is emptied only when it is named in <c>cleared</c> (sent as JSON null; the form's ticked "remove" boxes). A fee sent
/// alone must not take the promo code, the link and its destination with it, which would stop the link and the
/// crediting of orders with the code. The row then goes through the importer, so a form and a file obey the same checks.
/// </summary>
public sealed class CollaborationChanges
{
    /// <summary>The fields a change may leave out or clear, named as in the collaborations file and the JSON.</summary>
    public static readonly IReadOnlyList<string> Optional = ["fee", "product_cost", "commission_rate", "promo_code", "link_code", "destination_url"];

    private readonly Importer _importer;
    private readonly CampaignStore _store;
    private readonly TrackingLinks _links;

    internal CollaborationChanges(Importer importer, CampaignStore store, TrackingLinks links) =>
        (_importer, _store, _links) = (importer, store, links);

    public async Task<ImportResult> SaveAsync(string campaign, AddCollaborationRequest request, IReadOnlySet<string> cleared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cleared);
        var before = request.InfluencerHandle is { } handle && PlatformNames.TryParse(request.Platform ?? "", out var platform)
            ? await _store.FindTermsAsync(campaign, platform, handle, cancellationToken)
            : null;
        // A cleared field wins over a sent one: the form sends its prefilled value along with a ticked "remove".
        string? Keep(string field, string? sent, Func<CollaborationTerms, string?> stored) =>
            cleared.Contains(field) ? null : sent ?? (before is null ? null : stored(before));
        var record = new Dictionary<string, object?>
        {
            ["campaign"] = campaign,
            ["influencer_handle"] = request.InfluencerHandle,
            ["platform"] = request.Platform,
            ["fee"] = Keep("fee", request.Fee?.ToString(CultureInfo.InvariantCulture), t => Major(t.FeeMinor)),
            ["product_cost"] = Keep("product_cost", request.ProductCost?.ToString(CultureInfo.InvariantCulture), t => Major(t.ProductCostMinor)),
            ["commission_rate"] = Keep("commission_rate", request.CommissionRate?.ToString("R", CultureInfo.InvariantCulture),
                t => t.CommissionRate.ToString("R", CultureInfo.InvariantCulture)),
            ["promo_code"] = Keep("promo_code", Trimmed(request.PromoCode), t => t.PromoCode),
            ["link_code"] = Keep("link_code", Trimmed(request.LinkCode), t => t.LinkCode),
            ["destination_url"] = Keep("destination_url", Trimmed(request.DestinationUrl), t => t.DestinationUrl),
        };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new[] { record }, CloutJson.Options)));
        var result = await _importer.ImportAsync(ImportKind.Collaborations, stream, ImportFormat.Json, null, cancellationToken);
        var linkCode = (string?)record["link_code"];
        if (result.Succeeded && before?.LinkCode is { } oldCode && (oldCode != linkCode || before.DestinationUrl != (string?)record["destination_url"]))
        {
            // The redirect remembers a code's destination for a while; a link moved or removed here is so at once.
            _links.Forget(oldCode);
            if (linkCode is not null)
            {
                _links.Forget(linkCode);
            }
        }
        return result;
    }

    private static string Major(long minor) => Money.ToMajor(minor).ToString(CultureInfo.InvariantCulture);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
