using System.Globalization;
using System.Text.Json;
using Clout.Core.Authenticity;
using CsvHelper;

namespace Clout.Core.Tests.Authenticity;

/// <summary>
/// The four labelled follower sets in ../shared/datasets, read in place (never copied into the repository, see each
/// README for its licence). A test that needs them is skipped on a machine without ../shared and fails in CI.
/// </summary>
internal static class LabelledDatasets
{
    public static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Clout.slnx")))
        {
            directory = directory.Parent;
        }
        var datasets = directory?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "datasets") : null;
        if (datasets is null || !Directory.Exists(datasets))
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null,
                "The labelled follower sets live in ../shared/datasets next to the repository; it is absent here.");
            Assert.Fail("CI must run the dataset evaluations, but ../shared/datasets is absent.");
        }
        return datasets;
    }

    /// <summary>InstaFake fake-v1.0 (Akyon and Kalfaoglu 2019), CC BY-NC 4.0: evaluation only, never a shipped model.</summary>
    public static List<LabelledProfile> InstaFake()
    {
        var folder = Path.Combine(Folder(), "instafake-fake-v1.0");
        var rows = new List<LabelledProfile>();
        foreach (var file in new[] { "fakeAccountData.json", "realAccountData.json" })
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, file)));
            foreach (var o in document.RootElement.EnumerateArray())
            {
                var length = o.GetProperty("usernameLength").GetInt32();
                var digits = o.GetProperty("usernameDigitCount").GetInt32();
                rows.Add(new LabelledProfile(
                    new FollowerProfile(
                        o.GetProperty("userFollowerCount").GetInt64(),
                        o.GetProperty("userFollowingCount").GetInt64(),
                        o.GetProperty("userMediaCount").GetInt64(),
                        BiographyLength: o.GetProperty("userBiographyLength").GetInt32(),
                        HasProfilePicture: o.GetProperty("userHasProfilPic").GetInt32() == 1,
                        IsPrivate: o.GetProperty("userIsPrivate").GetInt32() == 1,
                        UsernameLength: length,
                        UsernameDigitShare: length == 0 ? null : (double)digits / length),
                    o.GetProperty("isFake").GetInt32() == 1));
            }
        }
        return rows;
    }

    /// <summary>
    /// Cresci et al. 2015, E13 (humans) and INT (bought fakes): Twitter, research use only. Tweets stand for posts,
    /// friends for following; a default avatar is "no profile picture". Language and time zone are left out: they
    /// tell Italians from English speakers, not humans from fakes (README).
    /// </summary>
    public static List<LabelledProfile> Cresci()
    {
        var folder = Path.Combine(Folder(), "cresci2015-mib-fake-followers-E13-INT");
        return [.. Csv(Path.Combine(folder, "E13_users.csv"), r => new LabelledProfile(Twitter(r), false)),
            .. Csv(Path.Combine(folder, "INT_users.csv"), r => new LabelledProfile(Twitter(r), true))];
    }

    /// <summary>The Kaggle "Instagram fake spammer genuine accounts" train and test files; licence unknown, evaluation only.</summary>
    public static (List<LabelledProfile> Train, List<LabelledProfile> Test) Kaggle()
    {
        var folder = Path.Combine(Folder(), "instagram-fake-spammer-genuine-kaggle");
        return (Csv(Path.Combine(folder, "train.csv"), KaggleRow), Csv(Path.Combine(folder, "test.csv"), KaggleRow));
    }

    /// <summary>SRF Data 2017, followers of Swiss influencers, CC BY-SA 4.0 (attribution "SRF Data").</summary>
    public static List<LabelledProfile> Srf()
    {
        var file = Path.Combine(Folder(), "srf-instagram-fake-followers-labelled", "labelled_1000_inclprivate.csv");
        return Csv(file, r => new LabelledProfile(
            FollowerProfile.WithUsername(
                followers: Count(r, "Number.of.followers"),
                following: Count(r, "Number.of.people.they.follow"),
                mediaCount: Count(r, "Number.of.posts"),
                username: r.GetField("Username"),
                hasProfilePicture: Bool(r, "has_profile_picture"),
                isPrivate: Bool(r, "Private.account")),
            Bool(r, "rating")));
    }

    private static FollowerProfile Twitter(CsvReader r) => FollowerProfile.WithUsername(
        followers: Count(r, "followers_count"),
        following: Count(r, "friends_count"),
        mediaCount: Count(r, "statuses_count"),
        username: r.GetField("screen_name"),
        biographyLength: r.GetField("description")?.Length ?? 0,
        hasProfilePicture: r.GetField("default_profile_image") != "1",
        hasExternalUrl: !string.IsNullOrEmpty(r.GetField("url")));

    private static LabelledProfile KaggleRow(CsvReader r)
    {
        var digitShare = double.Parse(r.GetField("nums/length username")!, CultureInfo.InvariantCulture);
        return new LabelledProfile(
            new FollowerProfile(
                Count(r, "#followers"),
                Count(r, "#follows"),
                Count(r, "#posts"),
                BiographyLength: (int)Count(r, "description length"),
                HasProfilePicture: r.GetField("profile pic") == "1",
                IsPrivate: r.GetField("private") == "1",
                UsernameDigitShare: digitShare,
                HasExternalUrl: r.GetField("external URL") == "1"),
            r.GetField("fake") == "1");
    }

    private static List<LabelledProfile> Csv(string path, Func<CsvReader, LabelledProfile> row)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<LabelledProfile>();
        while (csv.Read())
        {
            rows.Add(row(csv));
        }
        return rows;
    }

    private static long Count(CsvReader r, string field) =>
        string.IsNullOrEmpty(r.GetField(field)) ? 0 : long.Parse(r.GetField(field)!, CultureInfo.InvariantCulture);

    private static bool Bool(CsvReader r, string field) => string.Equals(r.GetField(field), "TRUE", StringComparison.OrdinalIgnoreCase);
}
