namespace Clout.Core.Campaigns;

/// <summary>
/// A campaign's hashtag, stored without its '#': letters (any script), digits and '_', as the platforms end a hashtag
/// at the first other character. Matching ignores case, as the platforms' hashtag search does.
/// </summary>
public static class CampaignHashtag
{
    /// <summary>Longest hashtag (the size of its column); the platforms allow about as many characters.</summary>
    public const int MaxLength = 100;

    /// <summary>"#SummerTrail" or "SummerTrail" → "SummerTrail"; blank → null.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        return trimmed.StartsWith('#') ? trimmed[1..] : trimmed;
    }

    /// <summary>What is wrong with a normalized hashtag; null when it is sound (or absent).</summary>
    public static string? Problem(string? hashtag)
    {
        if (hashtag is null)
        {
            return null;
        }
        if (hashtag.Length == 0)
        {
            return "a hashtag needs at least one letter or digit after '#'";
        }
        if (hashtag.Length > MaxLength)
        {
            return $"at most {MaxLength} characters";
        }
        if (!hashtag.All(IsHashtagCharacter))
        {
            return $"'#{hashtag}' is not one hashtag: use letters, digits and '_' only";
        }
        return hashtag.All(c => c == '_') ? "a hashtag needs at least one letter or digit" : null;
    }

    /// <summary>Whether a hashtag goes on past this character (the platforms end one at a space or punctuation).</summary>
    public static bool IsHashtagCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
