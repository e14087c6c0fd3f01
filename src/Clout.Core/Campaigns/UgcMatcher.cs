namespace Clout.Core.Campaigns;

/// <summary>
/// Credits a post by someone off the roster to a campaign by what its text carries. A word is a run of letters, digits,
/// '-' and '_'; a promo code (any case) or a link code (exact case: it is a URL path) counts only as a whole word or a
/// whole part of one between '-' or '_', so "SAVE10X" does not carry SAVE10 while "SAVE10!" and
/// "https://go.example/r/anna-summer" carry theirs. A hashtag counts as '#' and the whole tag, in any case.
/// <para>
/// The rule: a named campaign wins, and the influencer is the one whose code or link of that campaign the text carries
/// first (none: campaign-wide). Otherwise the first code or link in the text credits its campaign and its influencer;
/// otherwise the first campaign hashtag credits its campaign alone (campaign-wide). Nothing carried: no credit.
/// </para>
/// </summary>
public sealed class UgcMatcher
{
    private readonly Dictionary<string, UgcMarker> _hashtags = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UgcMarker> _promoCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UgcMarker> _linkCodes = new(StringComparer.Ordinal);

    public UgcMatcher(IEnumerable<UgcMarker> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        foreach (var marker in markers)
        {
            var into = marker.Kind switch
            {
                UgcMatchedBy.Hashtag => _hashtags,
                UgcMatchedBy.PromoCode => _promoCodes,
                UgcMatchedBy.Link => _linkCodes,
                _ => throw new ArgumentException($"a marker is a hashtag, a promo code or a link, not {marker.Kind}", nameof(markers)),
            };
            into.TryAdd(marker.Value, marker);
        }
    }

    /// <summary>The credit of a post with this text, naming <paramref name="campaignId"/> or none; null when nothing credits it.</summary>
    public UgcCredit? Match(string? text, long? campaignId)
    {
        var carried = Carried(text ?? "");
        if (campaignId is { } named)
        {
            var own = carried.FirstOrDefault(m => m.Kind != UgcMatchedBy.Hashtag && m.CampaignId == named);
            return new UgcCredit(named, own?.InfluencerId, UgcMatchedBy.Campaign);
        }
        var code = carried.FirstOrDefault(m => m.Kind != UgcMatchedBy.Hashtag);
        if (code is not null)
        {
            return new UgcCredit(code.CampaignId, code.InfluencerId, code.Kind);
        }
        var hashtag = carried.FirstOrDefault();
        return hashtag is null ? null : new UgcCredit(hashtag.CampaignId, null, UgcMatchedBy.Hashtag);
    }

    /// <summary>Every marker the text carries, in the order they appear.</summary>
    private List<UgcMarker> Carried(string text)
    {
        var found = new List<UgcMarker>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }
            var word = text[start..i];
            if (start > 0 && text[start - 1] == '#' && _hashtags.Count > 0)
            {
                var tagEnd = 0;
                while (tagEnd < word.Length && CampaignHashtag.IsHashtagCharacter(word[tagEnd]))
                {
                    tagEnd++;
                }
                if (_hashtags.TryGetValue(word[..tagEnd], out var hashtag))
                {
                    found.Add(hashtag);
                }
            }
            AddCodes(word, found);
        }
        return found;
    }

    /// <summary>The word whole, then its parts between '-' and '_' when it has any.</summary>
    private void AddCodes(string word, List<UgcMarker> found)
    {
        if (Code(word) is { } whole)
        {
            found.Add(whole);
            return;
        }
        foreach (var part in word.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length != word.Length && Code(part) is { } marker)
            {
                found.Add(marker);
            }
        }
    }

    private UgcMarker? Code(string word) =>
        _linkCodes.TryGetValue(word, out var link) ? link : _promoCodes.TryGetValue(word, out var promo) ? promo : null;

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
}
