using System.Text.RegularExpressions;
using Clout.Core.Surveys;
using Clout.Storage.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Surveys;

/// <summary>
/// Surveys in a real headless Chromium: the widget on a shop served from another origin, the results page updating
/// live, answers that try to inject markup, and the builder from template to copied snippet.
/// Each test signs in once: the sign-in page allows ten requests per minute and address.
/// </summary>
public sealed partial class SurveyBrowserTests(SurveySite site) : IClassFixture<SurveySite>
{
    private const string PersonsBrowser =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task Widget_OnShopOfAnotherOrigin_AnsweredByKeyboardAndMouse_AppearsLiveOnResults()
    {
        var ct = TestContext.Current.CancellationToken;
        var (surveyId, publicId) = await site.LiveSurveyAsync(SurveyTemplates.PostPurchase, ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        // The marketer watches the results page.
        var marketer = await SignedInPageAsync(browser);
        var marketerErrors = ConsoleErrors(marketer);
        await marketer.GotoAsync($"/surveys/{surveyId}/results");
        await Assertions.Expect(marketer.Locator("#responses-count")).ToHaveTextAsync("0");
        await Assertions.Expect(marketer.Locator("#live-status")).ToContainTextAsync("updated");
        var navigations = 0;
        marketer.FrameNavigated += (_, frame) => navigations += frame == marketer.MainFrame ? 1 : 0;

        // A customer, on the shop's order confirmation page (another origin), on a phone-sized screen.
        await using var customerContext = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            UserAgent = PersonsBrowser,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var customer = await customerContext.NewPageAsync();
        customer.SetDefaultTimeout(Chromium.Timeout);
        var customerErrors = ConsoleErrors(customer);
        await customer.GotoAsync(site.ShopPage(publicId, "A-1001"));
        Assert.Equal(site.ShopOrigin, new Uri(customer.Url).GetLeftPart(UriPartial.Authority));
        var widget = customer.Locator(".clout-survey");
        var heardFrom = widget.Locator("fieldset[data-question=heard_from]");
        await Assertions.Expect(heardFrom.Locator("legend")).ToContainTextAsync("How did you hear about us?");
        // Rendered inside a shadow root: the shop's own styles and scripts cannot reach it.
        Assert.True(await customer.Locator(".clout-survey").EvaluateAsync<bool>("host => host.shadowRoot !== null"));

        // Sending without the required answer: the widget says so next to the question, and focuses it.
        await widget.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(heardFrom.Locator(".qerr")).ToHaveTextAsync("Please answer this question.");
        await Assertions.Expect(heardFrom.Locator("input[type=radio]").First).ToHaveAttributeAsync("aria-invalid", "true");

        // Mouse: the influencer, by the label text a person reads.
        await heardFrom.GetByLabel("@mila (Mila Rossi)").CheckAsync();
        await Assertions.Expect(heardFrom.Locator(".qerr")).ToBeEmptyAsync();
        // Keyboard: Tab past the "Other" text box into the NPS radio group, arrows to 9, Tab to Send, Enter.
        await customer.Keyboard.PressAsync("Tab");
        Assert.Equal("Other, please specify", await FocusedAsync(customer, "el => el.getAttribute('aria-label')"));
        await customer.Keyboard.PressAsync("Tab");
        Assert.Equal("nps", await FocusedAsync(customer, "el => el.name"));
        for (var i = 0; i < 9; i++)
        {
            await customer.Keyboard.PressAsync("ArrowRight");
        }
        Assert.Equal("9", await FocusedAsync(customer, "el => el.checked ? el.value : 'unchecked'"));
        await customer.Keyboard.PressAsync("Tab");
        Assert.Equal("Send", await FocusedAsync(customer, "el => el.textContent"));
        await customer.Keyboard.PressAsync("Enter");

        await Assertions.Expect(widget.Locator(".thanks")).ToHaveTextAsync("Thank you, that helps us a lot!");
        // The respondent id the widget keeps for this shop.
        Assert.Matches(RespondentId(), await customer.EvaluateAsync<string>("() => localStorage.getItem('clout_respondent')"));

        // Without a reload, the results page counts it: one response, for @mila.
        await Assertions.Expect(marketer.Locator("#responses-count")).ToHaveTextAsync("1");
        var mila = marketer.Locator("[data-question=heard_from] tr[data-option^=inf_]").Filter(new() { HasText = "@mila" });
        await Assertions.Expect(mila.Locator("[data-field=count]")).ToHaveTextAsync("1");
        await Assertions.Expect(marketer.Locator("#nps")).ToHaveTextAsync("+100");
        await Assertions.Expect(marketer.Locator("#influencer-results tbody tr")).ToContainTextAsync("@mila");
        Assert.Equal(0, navigations);
        await marketer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "survey-results.png"), FullPage = true });
        await customer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "survey-widget.png"), FullPage = true });

        // The same person on the same shop is told they answered already, and nothing more is stored.
        await customer.ReloadAsync();
        await Assertions.Expect(widget.Locator(".thanks")).ToHaveTextAsync("You have already answered this survey. Thank you!");

        Assert.True(customerErrors.Count == 0, string.Join("\n", customerErrors));
        Assert.True(marketerErrors.Count == 0, string.Join("\n", marketerErrors));
    }

    [Fact]
    public async Task OpenText_WithMarkup_ShowsAsTextOnResults_AndNothingRuns()
    {
        var ct = TestContext.Current.CancellationToken;
        var (surveyId, publicId) = await site.LiveSurveyAsync(SurveyTemplates.Nps, ct);
        const string Attack = "<script>alert(1)</script><img src=x onerror=\"alert(2)\"> great \"shop\" & co";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var dialogs = new List<string>();

        var marketer = await SignedInPageAsync(browser);
        marketer.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await marketer.GotoAsync($"/surveys/{surveyId}/results");
        await Assertions.Expect(marketer.Locator("#live-status")).ToContainTextAsync("updated");

        // The hosted page (Clout's own origin), same widget.
        await using var respondentContext = await browser.NewContextAsync(new BrowserNewContextOptions { UserAgent = PersonsBrowser });
        var respondent = await respondentContext.NewPageAsync();
        respondent.SetDefaultTimeout(Chromium.Timeout);
        respondent.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var hosted = await respondent.GotoAsync($"{site.Server.Address}s/{publicId}");
        Assert.Equal(200, hosted!.Status);
        Assert.Equal("A quick question", await respondent.TitleAsync());
        var widget = respondent.Locator(".clout-survey");
        await widget.Locator("fieldset[data-question=nps]").GetByLabel("7", new() { Exact = true }).CheckAsync();

        // Too long for the question's limit: without the box's own limit, the server refuses it and the widget shows
        // the server's words next to the question.
        var reason = widget.Locator("textarea[name=nps_reason]");
        await reason.EvaluateAsync("el => el.removeAttribute('maxlength')");
        await reason.FillAsync(new string('x', 1001));
        await widget.Locator("button[type=submit]").ClickAsync();
        var reasonError = widget.Locator("[data-question=nps_reason] .qerr");
        await Assertions.Expect(reasonError).Not.ToBeEmptyAsync();
        await Assertions.Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(marketer.Locator("#responses-count")).ToHaveTextAsync("0");

        await reason.FillAsync(Attack);
        await widget.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(widget.Locator(".thanks")).ToHaveTextAsync("Thank you!");

        // Live: the answer arrives on the results page as text, through the page's refresh.
        var answers = marketer.Locator("[data-question=nps_reason] ul.answers li .text");
        await Assertions.Expect(answers).ToHaveTextAsync(Attack);
        Assert.Equal(0, await marketer.Locator("#survey-results img:not(figure img), #survey-results script").CountAsync());
        // And on a fresh load.
        await marketer.ReloadAsync();
        await Assertions.Expect(answers).ToHaveTextAsync(Attack);
        Assert.Equal(0, await marketer.Locator("#survey-results img:not(figure img), #survey-results script").CountAsync());
        // onerror would fire as soon as the broken image loaded; give it time to, had it been markup.
        await marketer.WaitForTimeoutAsync(500);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Widget_EveryQuestionTypeAndShowIf_StoresExactlyWhatWasAnswered()
    {
        var ct = TestContext.Current.CancellationToken;
        var definition = new SurveyDefinition("Everything", "One of each.", "Done, thanks.",
        [
            new SurveyQuestion("source", QuestionType.SingleChoice, "Where did you see us?", Required: true,
                Options: [new SurveyOption("ig", "Instagram"), new SurveyOption("tt", "TikTok")], AllowOther: true),
            new SurveyQuestion("formats", QuestionType.MultipleChoice, "Which formats?", Options: [new SurveyOption("reels", "Reels"), new SurveyOption("stories", "Stories")],
                AllowOther: true, ShowIf: new ShowIf("source", ["ig"])),
            new SurveyQuestion("agree", QuestionType.Likert5, "The post was clear.", Required: true, MinLabel: "Strongly disagree", MaxLabel: "Strongly agree"),
            new SurveyQuestion("intent", QuestionType.Likert7, "I will buy again."),
            new SurveyQuestion("stars", QuestionType.Rating, "Rate the product", Required: true),
            new SurveyQuestion("honest", QuestionType.SemanticDifferential, "The creator is…", MinLabel: "Dishonest", MaxLabel: "Honest"),
            new SurveyQuestion("nps", QuestionType.Nps, "Recommend us?", MinLabel: "Not at all likely", MaxLabel: "Extremely likely"),
            new SurveyQuestion("why", QuestionType.OpenText, "Anything else?", MaxLength: 200),
        ]);
        var (surveyId, publicId) = await site.Server.InScopeAsync(site.Workspace, async services =>
        {
            var store = services.GetRequiredService<SurveyStore>();
            var created = await store.CreateAsync(null, null, definition, null, ct);
            await store.PublishAsync(created.Id, ct);
            return (created.Id, created.PublicId);
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { UserAgent = PersonsBrowser });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.Timeout);
        var errors = ConsoleErrors(page);
        await page.GotoAsync(site.ShopPage(publicId, "A-2002", await site.OrderTokenAsync("A-2002", ct)));
        var widget = page.Locator(".clout-survey");
        var formats = widget.Locator("fieldset[data-question=formats]");

        // show_if: "formats" appears only while "source" is Instagram.
        await Assertions.Expect(widget.Locator("fieldset[data-question=source]")).ToBeVisibleAsync();
        await Assertions.Expect(formats).ToBeHiddenAsync();
        await widget.GetByLabel("TikTok").CheckAsync();
        await Assertions.Expect(formats).ToBeHiddenAsync();
        await widget.GetByLabel("Instagram").CheckAsync();
        await Assertions.Expect(formats).ToBeVisibleAsync();
        await formats.GetByLabel("Reels").CheckAsync();
        // Typing an "other" answer ticks "Other".
        await formats.GetByLabel("Other, please specify").FillAsync("Pins");
        await Assertions.Expect(formats.GetByLabel("Other", new() { Exact = true })).ToBeCheckedAsync();
        // Scale ends are read out with their labels.
        await widget.Locator("fieldset[data-question=agree]").GetByLabel("4", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(widget.Locator("fieldset[data-question=agree]").GetByLabel("5 (Strongly agree)")).ToHaveCountAsync(1);
        await widget.Locator("fieldset[data-question=intent]").GetByLabel("6", new() { Exact = true }).CheckAsync();
        await widget.Locator("fieldset[data-question=stars]").GetByLabel("3 stars").CheckAsync();
        Assert.Equal(["on", "on", "on", "", ""], await widget.Locator("fieldset[data-question=stars] label.pt")
            .EvaluateAllAsync<string[]>("labels => labels.map(l => l.classList.contains('on') ? 'on' : '')"));
        await widget.Locator("fieldset[data-question=honest]").GetByLabel("7 (Honest)").CheckAsync();
        await widget.Locator("fieldset[data-question=nps]").GetByLabel("10 (Extremely likely)").CheckAsync();
        await widget.GetByLabel("Anything else?").FillAsync("Fast delivery");
        await Assertions.Expect(widget.GetByLabel("Anything else?")).ToHaveAttributeAsync("maxlength", "200");
        await widget.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(widget.Locator(".thanks")).ToHaveTextAsync("Done, thanks.");

        var stored = Assert.Single(await site.Server.InScopeAsync(site.Workspace, services => services.GetRequiredService<SurveyStore>().ExportAsync(surveyId, ct)));
        Assert.Equal("A-2002", stored.OrderId);
        // The widget passed the order's token from the shop's page: the answer proves its order.
        Assert.True(stored.OrderVerified);
        var answers = SurveyJson.ReadAnswers(stored.AnswersJson);
        Assert.Equal("ig", answers["source"].Option);
        Assert.Equal(["reels", "other"], answers["formats"].Options);
        Assert.Equal("Pins", answers["formats"].Text);
        Assert.Equal(4, answers["agree"].Value);
        Assert.Equal(6, answers["intent"].Value);
        Assert.Equal(3, answers["stars"].Value);
        Assert.Equal(7, answers["honest"].Value);
        Assert.Equal(10, answers["nps"].Value);
        Assert.Equal("Fast delivery", answers["why"].Text);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Widget_RecurringSurvey_HiddenAfterAnswering_ShownAgainWhenTheIntervalHasPassed()
    {
        var ct = TestContext.Current.CancellationToken;
        var (surveyId, publicId) = await site.LiveSurveyAsync(SurveyTemplates.Nps, ct);
        await site.Server.InScopeAsync(site.Workspace, services =>
            services.GetRequiredService<SurveyStore>().SetRecurrenceAsync(surveyId, new RecurrencePolicy(90, null), ct));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { UserAgent = PersonsBrowser });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.Timeout);
        await page.GotoAsync(site.ShopPage(publicId, "A-3003"));
        var widget = page.Locator(".clout-survey");
        await widget.Locator("fieldset[data-question=nps]").GetByLabel("8", new() { Exact = true }).CheckAsync();
        await widget.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(widget.Locator(".thanks")).ToHaveTextAsync("Thank you!");

        // 89 days later: still answered.
        await page.EvaluateAsync($"() => localStorage.setItem('clout_done_{publicId}', String(Date.now() - 89 * 864e5))");
        await page.ReloadAsync();
        await Assertions.Expect(widget.Locator(".thanks")).ToHaveTextAsync("You have already answered this survey. Thank you!");
        // 91 days later: asked again.
        await page.EvaluateAsync($"() => localStorage.setItem('clout_done_{publicId}', String(Date.now() - 91 * 864e5))");
        await page.ReloadAsync();
        await Assertions.Expect(widget.Locator("fieldset[data-question=nps]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Builder_FromTemplate_EditPreviewPublish_CopiesTheSnippet()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignedInPageAsync(browser);
        var errors = ConsoleErrors(page);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.Server.Address.GetLeftPart(UriPartial.Authority) });

        await page.GotoAsync("/surveys");
        await page.Locator("#new-survey").ClickAsync();
        await page.WaitForURLAsync("**/surveys/new");
        await page.GetByLabel("Title").FillAsync("Creator trust, spring");
        await page.Locator("input[name=template][value=trust]").CheckAsync();
        await page.Locator("#new-survey-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(BuilderUrl());
        var surveyPath = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Creator trust, spring");
        await Assertions.Expect(page.Locator("#survey-state")).ToHaveTextAsync("draft");

        // The trust template: the creator question and Ohanian's fifteen items, in the form and in the preview.
        var questions = page.Locator("#survey-builder fieldset.question");
        await Assertions.Expect(questions).ToHaveCountAsync(16);
        var preview = page.Locator(".preview .clout-survey");
        await Assertions.Expect(preview.Locator("fieldset.q")).ToHaveCountAsync(16);
        await Assertions.Expect(preview.Locator("fieldset[data-question=creator]")).ToContainTextAsync("@mila (Mila Rossi)");
        // The preview checks like the real thing and sends nothing.
        await preview.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(preview.Locator("fieldset[data-question=creator] .qerr")).ToHaveTextAsync("Please answer this question.");

        // Add an open question, write it, move it up once, save.
        await page.Locator("#add-question").ClickAsync();
        await Assertions.Expect(questions).ToHaveCountAsync(17);
        var added = questions.Last;
        Assert.Equal("q1", await added.Locator("input[name$='.Id']").InputValueAsync());
        await added.Locator("select[data-role=type]").SelectOptionAsync("open_text");
        await Assertions.Expect(added.Locator("[data-types=open_text]")).ToBeVisibleAsync();
        await Assertions.Expect(added.Locator("[data-types~=single_choice]")).ToBeHiddenAsync();
        await added.Locator("textarea[name$='.Text']").FillAsync("Anything else about this creator?");
        await added.Locator("button[value^='up:']").ClickAsync();
        await Assertions.Expect(questions.Nth(15).Locator("input[name$='.Id']")).ToHaveValueAsync("q1");
        await page.Locator("#save-draft").ClickAsync();
        await Assertions.Expect(page.Locator("p.ok")).ToHaveTextAsync("Saved as version 1.");
        await Assertions.Expect(questions.Nth(15).Locator("input[name$='.Id']")).ToHaveValueAsync("q1");
        await Assertions.Expect(preview.Locator("[data-question=q1] label")).ToContainTextAsync("Anything else about this creator?");

        // A broken question is refused with the reason next to it, and nothing is stored.
        await questions.Nth(15).Locator("textarea[name$='.Text']").FillAsync("");
        await questions.Nth(15).Locator("textarea[name$='.Text']").EvaluateAsync("el => el.removeAttribute('required')");
        await page.Locator("#save-draft").ClickAsync();
        await Assertions.Expect(questions.Nth(15).Locator("ul.error")).ToContainTextAsync("question text is required");
        // That answer was a 422, which the console reports as a failed load: expected here.
        errors.Clear();
        await page.GotoAsync(surveyPath);
        await Assertions.Expect(questions.Nth(15).Locator("textarea[name$='.Text']")).ToHaveValueAsync("Anything else about this creator?");

        // Publish: live, with the snippet to copy.
        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#survey-state")).ToHaveTextAsync("live");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "survey-builder.png"), FullPage = false });
        await Assertions.Expect(page.Locator("#allowed-origins")).ToContainTextAsync(site.ShopOrigin);
        var snippet = (await page.Locator("#embed-snippet").TextContentAsync())!;
        Assert.Matches(Snippet(), snippet);
        await page.Locator("button[data-copy='#embed-snippet']").ClickAsync();
        await Assertions.Expect(page.Locator("#embed .copied").First).ToHaveTextAsync("Copied");
        Assert.Equal(snippet, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // The hosted link serves the published survey.
        var hosted = await page.Locator("#hosted-link").GetAttributeAsync("href");
        await page.GotoAsync(hosted!);
        await Assertions.Expect(page.Locator(".clout-survey fieldset.q")).ToHaveCountAsync(16);
        await Assertions.Expect(page.Locator(".clout-survey [data-question=q1]")).ToBeVisibleAsync();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private async Task<IPage> SignedInPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=email]", SurveySite.Email);
        await page.FillAsync("input[name=password]", SurveySite.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    /// <summary>Errors in the console, e.g. a content-security-policy violation, a refused CORS request or a failed load.</summary>
    private static List<string> ConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    /// <summary>Evaluates <paramref name="expression"/> on the element focused inside the widget's shadow root.</summary>
    private static Task<string> FocusedAsync(IPage page, string expression) =>
        page.EvaluateAsync<string>($"() => ({expression})(document.querySelector('.clout-survey').shadowRoot.activeElement)");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex RespondentId();

    [GeneratedRegex(@"/surveys/\d+$")]
    private static partial Regex BuilderUrl();

    [GeneratedRegex("""^<script src="http://127\.0\.0\.1:\d+/widget\.js" data-survey="[A-Za-z0-9_-]{10,}" async></script>$""")]
    private static partial Regex Snippet();
}
