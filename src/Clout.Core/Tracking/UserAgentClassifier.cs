using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Clout.Core.Tracking;

/// <summary>
/// Tells a person's browser from a machine by its user agent, with the crawler list of <see cref="CrawlerList"/>:
/// link-preview fetchers of chat and social apps are <see cref="ClickKind.Preview"/>, security scanners
/// <see cref="ClickKind.Scanner"/>, every other listed crawler (and a request without a user agent)
/// <see cref="ClickKind.Bot"/>; anything else is <see cref="ClickKind.Human"/>. <see cref="Describe"/> also reads what a
/// click keeps of the user agent instead of its text (<see cref="UserAgentTraits"/>).
/// </summary>
/// <remarks>
/// A rule of the click's domain, not of the web: which requests count as people decides every click count a report
/// shows. It reads nothing but its list and keeps only its own memory of verdicts.
/// </remarks>
public sealed class UserAgentClassifier
{
    /// <summary>Distinct user agents remembered; a handful of browser builds make most traffic, so hits are the rule.</summary>
    private const int CacheLimit = 20_000;

    /// <summary>Longer user agents are cut before matching; every listed pattern is far shorter.</summary>
    private const int MaxLength = 1_000;

    /// <summary>One pattern gone wild must not stall a redirect (generous: a cold start on a busy machine is slow).</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly SearchValues<string> _literals;
    private readonly Regex _anyCrawler;
    private readonly Regex _preview;
    private readonly Regex _scanner;
    private readonly ConcurrentDictionary<string, (ClickKind Kind, UserAgentTraits Traits)> _known = new(StringComparer.Ordinal);

    public UserAgentClassifier()
        : this(CrawlerList.Load())
    {
    }

    internal UserAgentClassifier(IReadOnlyList<CrawlerEntry> crawlers)
    {
        ArgumentNullException.ThrowIfNull(crawlers);
        // Almost every pattern of the list is a plain word ("Googlebot/"): those go to one multi-string search, which
        // takes microseconds; one alternation of ~1,500 regexes took milliseconds per user agent. The few real
        // regexes stay regexes.
        var literals = new List<string>();
        var patterns = new List<CrawlerEntry>();
        foreach (var crawler in crawlers)
        {
            if (Literal(crawler.Pattern) is { } literal)
            {
                literals.Add(literal);
            }
            else
            {
                patterns.Add(crawler);
            }
        }
        _literals = SearchValues.Create(literals.Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal);
        _anyCrawler = Combine(patterns);
        _preview = Combine(crawlers.Where(c => c.Has(CrawlerList.PreviewTag)));
        _scanner = Combine(crawlers.Where(c => c.Has(CrawlerList.ScannerTag)));
    }

    public ClickKind Classify(string? userAgent) => Describe(userAgent).Kind;

    /// <summary>
    /// The kind of request and the traits a click keeps (a machine's device is <see cref="DeviceClass.Bot"/>), from one
    /// memory of verdicts: the redirect reads both for the price of one lookup.
    /// </summary>
    public (ClickKind Kind, UserAgentTraits Traits) Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return (ClickKind.Bot, UserAgentTraits.Unknown with { Device = DeviceClass.Bot });
        }
        if (userAgent.Length > MaxLength)
        {
            userAgent = userAgent[..MaxLength];
        }
        if (_known.TryGetValue(userAgent, out var known))
        {
            return known;
        }
        var kind = Match(userAgent);
        var traits = UserAgentParser.Parse(userAgent);
        known = (kind, kind is ClickKind.Human ? traits : traits with { Device = DeviceClass.Bot });
        if (_known.Count >= CacheLimit)
        {
            _known.Clear();
        }
        _known[userAgent] = known;
        return known;
    }

    private ClickKind Match(string userAgent)
    {
        try
        {
            // One combined scan settles the common case, a browser; the tag lists run only for the few crawlers.
            return !userAgent.AsSpan().ContainsAny(_literals) && !_anyCrawler.IsMatch(userAgent) ? ClickKind.Human
                : _preview.IsMatch(userAgent) ? ClickKind.Preview
                : _scanner.IsMatch(userAgent) ? ClickKind.Scanner
                : ClickKind.Bot;
        }
        catch (RegexMatchTimeoutException)
        {
            // A user agent built to be slow to match is not a browser's (and the verdict is remembered like any other).
            return ClickKind.Bot;
        }
    }

    /// <summary>The text a pattern matches when it has no regex operators (escaped punctuation allowed), else null.</summary>
    private static string? Literal(string pattern)
    {
        var text = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && !char.IsAsciiLetterOrDigit(pattern[i + 1]))
            {
                text.Append(pattern[++i]);
            }
            else if (c is '\\' or '.' or '^' or '$' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|')
            {
                return null;
            }
            else
            {
                text.Append(c);
            }
        }
        return text.Length > 0 ? text.ToString() : null;
    }

    private static Regex Combine(IEnumerable<CrawlerEntry> crawlers)
    {
        var alternatives = crawlers.Select(c => "(?:" + c.Pattern + ")").ToList();
        var pattern = alternatives.Count == 0 ? "(?!)" : string.Join('|', alternatives);
        return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
    }
}
