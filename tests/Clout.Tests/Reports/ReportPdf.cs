using System.Text.RegularExpressions;
using Clout.Reports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace Clout.Tests.Reports;

/// <summary>Reads a PDF report as a person would skim it: how many pages, and its words.</summary>
internal static partial class ReportPdf
{
    public static (int Pages, string Text) Read(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "not a PDF: it does not start with %PDF");
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text);
        return (document.NumberOfPages, string.Join(' ', words));
    }

    /// <summary>
    /// True when <paramref name="sentence"/> is in <paramref name="text"/>, wherever the page wrapped it: whitespace is
    /// ignored on both sides, since a line break in the PDF is not a space in the extracted words, and the fonts'
    /// ligatures ("ﬂ" in "inﬂuencers") read as their letters.
    /// </summary>
    public static bool ContainsSentence(string text, string sentence) =>
        Squeeze(text).Contains(Squeeze(sentence), StringComparison.Ordinal);

    /// <summary>The product's own Chromium lookup; without one the PDF tests skip locally and fail under CI.</summary>
    public static void RequireChromium()
    {
        try
        {
            new ChromiumPdf(Options.Create(new ReportOptions()), NullLogger<ChromiumPdf>.Instance).FindChromium();
        }
        catch (PdfRenderingException e)
        {
            var inCi = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
            Assert.SkipWhen(!inCi, e.Message);
            Assert.Fail($"CI must print PDFs: {e.Message}");
        }
    }

    /// <summary>The Latin ligatures of U+FB00–FB04; spelled out because Unicode normalization needs ICU, which a container may lack.</summary>
    private static readonly (string Ligature, string Letters)[] Ligatures = [("\uFB00", "ff"), ("\uFB01", "fi"), ("\uFB02", "fl"), ("\uFB03", "ffi"), ("\uFB04", "ffl")];

    private static string Squeeze(string text) =>
        Whitespace().Replace(Ligatures.Aggregate(text, (t, l) => t.Replace(l.Ligature, l.Letters, StringComparison.Ordinal)), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
