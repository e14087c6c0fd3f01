using System.Globalization;
using Clout.Core.Authenticity;

namespace Clout.Storage.Ingestion;

/// <summary>
/// Reads a follower sample (`clout audit`): one profile per row, CSV or JSON, with the import's rules —
/// every error named by line and field, and nothing used when any row is bad. With labels it is a training file for
/// `clout audit train` (column is_fake). Reading stops once the file is past the bound, so a whole follower export
/// passed by mistake costs a moment and a clear message, not the machine's memory.
/// </summary>
public static class FollowerSampleFile
{
    /// <summary>A JSON file is parsed whole; past this size it cannot be a sample within <see cref="FollowerAudit.MaxSample"/>.</summary>
    public const long MaxJsonBytes = 64L * 1024 * 1024;

    public const string IsFake = "is_fake";

    private static readonly ImportSchema Sample = new(["followers", "following", "media_count"],
        ["username", "biography_length", "has_profile_pic", "is_private", "has_external_url", IsFake]);

    private static readonly ImportSchema Training = new(["followers", "following", "media_count", IsFake],
        ["username", "biography_length", "has_profile_pic", "is_private", "has_external_url"]);

    public static string Columns => string.Join(",", Sample.All);

    public static async Task<FollowerSampleResult> ReadAsync(Stream stream, ImportFormat format, bool labelled,
        int maxRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var schema = labelled ? Training : Sample;
        var errors = new List<ImportError>();
        if (format == ImportFormat.Json && stream.CanSeek && stream.Length > MaxJsonBytes)
        {
            errors.Add(new ImportError(1, null, string.Create(CultureInfo.InvariantCulture, $"the file is {stream.Length / (1024 * 1024):N0} MB; a follower sample of at most {maxRows:N0} profiles fits in {MaxJsonBytes / (1024 * 1024)} MB")));
            return new FollowerSampleResult([], [], errors, errors.Count);
        }
        using var records = await ISourceRecords.OpenAsync(stream, new ImportOptions(format), null, schema, cancellationToken);
        errors.AddRange(records.StructureErrors);
        var profiles = new List<FollowerProfile>();
        var labels = new List<bool>();
        if (errors.Count > 0)
        {
            return new FollowerSampleResult(profiles, labels, errors, errors.Count);
        }
        var fields = new FieldReader(records, errors);
        var rows = 0;
        while (records.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++rows > maxRows)
            {
                errors.Add(new ImportError(records.Line, null, string.Create(CultureInfo.InvariantCulture,
                    $"the sample has more than {maxRows:N0} profiles, the most an audit scores at once; draw a random sample (10,000 already give ±1 point)")));
                break;
            }
            fields.BeginRow();
            var biography = fields.OptionalCount("biography_length");
            var profile = FollowerProfile.WithUsername(
                followers: fields.Count("followers", required: true),
                following: fields.Count("following", required: true),
                mediaCount: fields.Count("media_count", required: true),
                username: fields.Text("username", 100),
                biographyLength: biography is null ? null : (int)Math.Min(biography.Value, int.MaxValue),
                hasProfilePicture: fields.OptionalFlag("has_profile_pic"),
                isPrivate: fields.OptionalFlag("is_private"),
                hasExternalUrl: fields.OptionalFlag("has_external_url"));
            var isFake = labelled ? fields.OptionalFlag(IsFake) : null;
            if (labelled && isFake is null && !fields.RowHasErrors)
            {
                fields.Fail(IsFake, "is required for training (true = fake, false = real)");
            }
            if (!fields.RowHasErrors)
            {
                profiles.Add(profile);
                labels.Add(isFake ?? false);
            }
        }
        if (records is JsonRecords json)
        {
            errors.AddRange(json.RecordErrors);
        }
        if (rows == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(1, null, "the sample has no profiles; an audit needs at least one row"));
        }
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        var listed = errors.Count > Importer.MaxErrorsListed ? errors[..Importer.MaxErrorsListed] : errors;
        return new FollowerSampleResult(profiles, labels, listed, errors.Count);
    }
}
