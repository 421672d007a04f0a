using AngleSharp.Html.Parser;
using CsCheck;
using Explainer.Editorial;
using Explainer.Engine;
using Explainer.Markup;
using Explainer.Seeds;
using Explainer.Site;
using Explainer.Site.Annotations;
using Explainer.Site.Automatic;
using Explainer.Site.Data;
using Explainer.Tests.Site;

namespace Explainer.Tests.Automatic;

/// <summary>
/// Over generated seeds (sentences with conversion errors, amounts, dates and names, hard-wrapped at
/// random): suggestions point at the seed's own words and never change a page's text, and the
/// automatic blocks keep the fidelity contract.
/// </summary>
public sealed class AutomaticPropertyTests
{
    private static readonly string[] Sentences =
    [
        "TBD Lab 的辦公區位於矽穀總部,此處四麵玻璃幕牆。", "他隻會優化產品,根本不在乎研發。", "這種爭論並非個案,派係鬥爭浮出水麵。",
        "公司承諾投入6000億美元建設數據中心。", "預算砍掉20億美元,轉到新部門。", "開出了價值數億美元的薪酬包。",
        "今年春天,團隊重組。", "一個月後,公司裁員600人。", "本周四,他將舉辦派對。", "6月,他投資了這家公司。",
        "Meta 發言人 Dave Arnold 否認衝突。", "捷運局長林志明表示,工程延宕。", "早上吃了麵包,後來乾杯。", "一隻貓在窗邊,係數不變,保持聯繫。",
        "總經費追加至新台幣1,450億元(約46億美元)。", "2021年10月動工,原訂2027年完工。",
    ];

    private static readonly Gen<string> Seeds =
        Gen.Int[0, Sentences.Length - 1].Array[2, 10].Select(Gen.Int[4, 30], (picks, wrap) =>
        {
            var body = string.Concat(picks.Select(i => Sentences[i] + (i % 3 == 0 ? "\n" : "")));
            var lines = body.Split('\n').SelectMany(line => Enumerable.Range(0, (line.Length + wrap - 1) / Math.Max(wrap, 1)).Select(k => line.Substring(k * wrap, Math.Min(wrap, line.Length - k * wrap))));
            return "測試標題\n" + string.Join("\n", lines);
        });

    [Fact]
    public void Suggestions_point_at_the_seeds_own_words_and_never_change_a_pages_text()
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var parser = new HtmlParser();
        Seeds.Sample(text =>
        {
            var seed = SeedParser.Parse("story.txt", text);
            if (seed.Sections.All(s => s.Paragraphs.IsEmpty))
            {
                return;
            }
            var explainer = ExplainerBuilder.Build(seed, "seeds/story.txt", "", SeedSettings.Default, CorrectionSet.Empty, false, new DiagnosticBag());
            var suggestions = SuggestionFinder.Find(explainer, "seeds/story.txt");
            foreach (var suggestion in suggestions)
            {
                var line = seed.Lines[suggestion.Line - 1];
                var atColumn = line[(suggestion.Column - 1)..];
                Assert.True(suggestion.Original.StartsWith(atColumn[..Math.Min(atColumn.Length, suggestion.Original.Length)], StringComparison.Ordinal),
                    $"{suggestion.Original} is not at {suggestion.Line}:{suggestion.Column} of '{line}'");
            }
            var data = AutomaticData.Complete(PlacedData.None, explainer, Explainer.Editorial.Data.ExplainerData.None, new AliasMatcher([]), "seeds/story.txt", new DiagnosticBag());
            foreach (var section in explainer.Sections)
            {
                var html = Markdig.Markdown.ToHtml(SectionMarkdownWriter.Write(explainer, section, false, ExplainerAnnotations.None, data), pipeline);
                var body = parser.ParseDocument($"<body><article>{html}</article></body>").QuerySelector("article")!; // just written
                Assert.Equal(CjkText.Fold(seed.TextOfLines(section.FirstLine, section.LastLine)), Fidelity.ArticleText(body));
            }
        }, iter: 300);
    }
}
