using Clout.Core.Surveys;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Surveys;

/// <summary>
/// The post-purchase survey a shopper finishes: over a large roster, a channel question and a type-ahead picker a
/// keyboard alone can answer, on one phone screen; a small roster keeps its radio buttons.
/// </summary>
public sealed class SurveyPickerBrowserTests(SurveySite site) : IClassFixture<SurveySite>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task HostedPage_LargeRoster_KeyboardOnly_PickerStoresTheInfluencer_OnOnePhoneScreen()
    {
        var ct = TestContext.Current.CancellationToken;
        var (surveyId, publicId) = await site.LiveSurveyAsync(SurveyTemplates.PostPurchase, ct, site.LargeRoster);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Phone });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.Timeout);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(site.Server.Address, $"/s/{publicId}").ToString());
        var widget = page.Locator(".clout-survey");
        await Assertions.Expect(widget.Locator("fieldset[data-question=channel] legend")).ToContainTextAsync("Where did you hear about us?");
        // No wall of names: the creator question waits for a creator channel, and never lists radios.
        var combobox = widget.GetByRole(AriaRole.Combobox);
        await Assertions.Expect(combobox).ToBeHiddenAsync();
        Assert.Equal(0, await widget.Locator("input[type=radio][value^=inf_]").CountAsync());
        await AssertSendOnScreenAsync(page);

        // Keyboard only: Tab into the channel radios, Space picks Instagram, Tab past "Other" to the picker.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("instagram", await FocusedAsync(page, "el => el.value"));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(combobox).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("combobox", await FocusedAsync(page, "el => el.getAttribute('role')"));
        await Assertions.Expect(combobox).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.TypeAsync("lena");
        await Assertions.Expect(combobox).ToHaveAttributeAsync("aria-expanded", "true");
        var listbox = widget.GetByRole(AriaRole.Listbox);
        // The one match, then the way out for a shopper who cannot name anyone.
        await Assertions.Expect(listbox.GetByRole(AriaRole.Option)).ToHaveTextAsync(["@lena_bakes (Lena Roth)", "None of these / I don't remember"]);
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(listbox.GetByRole(AriaRole.Option).First).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(await listbox.GetByRole(AriaRole.Option).First.GetAttributeAsync("id"), await combobox.GetAttributeAsync("aria-activedescendant"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(combobox).ToHaveValueAsync("@lena_bakes (Lena Roth)");
        await Assertions.Expect(combobox).ToHaveAttributeAsync("aria-expanded", "false");
        await AssertSendOnScreenAsync(page);
        // Escape on an open list closes it and keeps the choice.
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(combobox).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(combobox).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(combobox).ToHaveValueAsync("@lena_bakes (Lena Roth)");
        // Tab to the NPS group and on to Send; Enter sends.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("nps", await FocusedAsync(page, "el => el.name"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Send", await FocusedAsync(page, "el => el.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(widget.Locator(".thanks")).ToHaveTextAsync("Thank you, that helps us a lot!");

        // Stored as the radios would have: the influencer's option, and the channel beside it.
        var (influencer, lena, answers) = await site.Server.InScopeAsync(site.LargeRoster, async services =>
        {
            var db = services.GetRequiredService<CloutDbContext>();
            var response = await db.SurveyResponses.AsNoTracking().SingleAsync(r => r.SurveyId == surveyId, ct);
            var id = await db.Influencers.AsNoTracking().Where(i => i.Handle == "lena_bakes").Select(i => i.Id).SingleAsync(ct);
            return (response.InfluencerId, id, SurveyJson.ReadAnswers(response.AnswersJson));
        });
        Assert.Equal(lena, influencer);
        Assert.Equal(SurveyOption.ForInfluencer(lena), answers[SurveyTemplates.HeardFromQuestion].Option);
        Assert.Equal("instagram", answers[SurveyTemplates.ChannelQuestion].Option);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task HostedPage_TwoInfluencers_KeepsRadios_NoChannelQuestion()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, publicId) = await site.LiveSurveyAsync(SurveyTemplates.PostPurchase, ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Phone });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.Timeout);
        await page.GotoAsync(new Uri(site.Server.Address, $"/s/{publicId}").ToString());
        var heardFrom = page.Locator(".clout-survey fieldset[data-question=heard_from]");

        await Assertions.Expect(heardFrom.Locator("input[type=radio][value^=inf_]")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.Locator(".clout-survey").GetByRole(AriaRole.Combobox).CountAsync());
        Assert.Equal(0, await page.Locator(".clout-survey [data-question=channel]").CountAsync());
        await AssertSendOnScreenAsync(page);
    }

    /// <summary>The Send button lies inside the first screen: nothing needs scrolling to answer and send.</summary>
    private static async Task AssertSendOnScreenAsync(IPage page)
    {
        var box = await page.Locator(".clout-survey button[type=submit]").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= Phone.Height, $"Send ends at {box.Y + box.Height} px, below the {Phone.Height} px screen.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"));
    }

    private static Task<string> FocusedAsync(IPage page, string expression) =>
        page.EvaluateAsync<string>($"() => ({expression})(document.querySelector('.clout-survey').shadowRoot.activeElement)");
}
