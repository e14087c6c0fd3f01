using System.Text;
using System.Text.Json;
using Clout.Core.Text;

namespace Clout.Core.Tests.Text;

public sealed class StoredTextTests
{
    [Theory]
    [InlineData("plain", null)]
    [InlineData("emoji 😀 and ü", null)]
    [InlineData("a\0b", StoredText.NulProblem)]
    public void Problem_NamesWhatNoDatabaseStores(string value, string? expected) => Assert.Equal(expected, StoredText.Problem(value));

    /// <summary>Not as attribute data: an attribute's strings are stored as UTF-8, which turns a lone surrogate into U+FFFD.</summary>
    [Fact]
    public void Problem_LoneSurrogates_AreNotUnicode()
    {
        foreach (var value in new[] { "lone \ud800 high", "lone \udc00 low", "reversed \udc00\ud800", "ends high \ud83d" })
        {
            Assert.Equal(StoredText.NotUnicodeProblem, StoredText.Problem(value));
        }
    }

    [Fact]
    public void Cut_NeverSplitsASurrogatePair()
    {
        Assert.Equal("ab", StoredText.Cut("ab😀", 3));
        Assert.Equal("ab😀", StoredText.Cut("ab😀c", 4));
        Assert.Equal("abc", StoredText.Cut("abcd", 3));
    }

    [Theory]
    [InlineData("""{"a":{"b":["ok","x\u0000"]}}""", "a.b[1]", StoredText.NulProblem)]
    [InlineData("""{"a":"\ud800"}""", "a", StoredText.NotUnicodeProblem)]
    [InlineData("""{"\udfff":1}""", "body", "has a property name that " + StoredText.NotUnicodeProblem)]
    [InlineData("""{"a":"😀","b":[1,true,null]}""", null, null)]
    public void FindInvalid_NamesThePath(string json, string? field, string? message)
    {
        using var document = JsonDocument.Parse(json);

        var found = JsonText.FindInvalid(document.RootElement);

        Assert.Equal(field, found?.Field);
        Assert.Equal(message, found?.Message);
    }

    [Fact]
    public void FindInvalid_BytesThatAreNotUtf8_AreNamed()
    {
        var body = Encoding.Latin1.GetBytes("{\"email\":\"a\xff@b\"}");

        Assert.Equal(new TextProblem("email", StoredText.NotUnicodeProblem), JsonText.FindInvalid(body));
        Assert.Null(JsonText.FindInvalid(Encoding.UTF8.GetBytes("{not json")));
    }
}
