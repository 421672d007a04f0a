using Explainer.Engine;
using Explainer.Site.Annotations;
using static Explainer.Tests.Site.Annotations.AnnotationFixtures;

namespace Explainer.Tests.Site.Annotations;

public class AnnotationPlannerTests
{
    private const string Seed = "標題\n紮克伯格挖來了 Wang。Wang 很年輕。\n紮克伯格很高興。\n小標\nWang 拒絕了 Cox。\nCox 不滿。\n";

    private static readonly Explainer.Editorial.Profile[] People =
        [Profile("zuck", "紮克伯格"), Profile("wang", "Wang"), Profile("cox", "Cox")];

    [Fact]
    public void The_first_mention_in_each_section_links_and_brings_its_card_in_order_of_appearance()
    {
        var explainer = Build(Seed);
        var paragraphs = Paragraphs(explainer);

        var plan = AnnotationPlanner.Plan(explainer, People, [], lenient: false, new DiagnosticBag());

        Assert.Equal(["zuck", "wang"], plan.For(paragraphs[0].Id).Cards.Select(p => p.Id));
        Assert.Equal([0, 8], plan.For(paragraphs[0].Id).LinkedMentions.Select(m => m.Mention.Start));
        Assert.Empty(plan.For(paragraphs[1].Id).Cards);
        Assert.Equal(["wang", "cox"], plan.For(paragraphs[2].Id).Cards.Select(p => p.Id));
        Assert.Empty(plan.For(paragraphs[3].Id).LinkedMentions);
    }

    [Fact]
    public void Every_paragraph_that_names_a_profile_is_recorded()
    {
        var explainer = Build(Seed);
        var paragraphs = Paragraphs(explainer);

        var plan = AnnotationPlanner.Plan(explainer, People, [], lenient: false, new DiagnosticBag());

        Assert.Equal([paragraphs[2].Id, paragraphs[3].Id], plan.ParagraphsByProfile["cox"]);
        Assert.Equal([paragraphs[0].Id, paragraphs[1].Id], plan.ParagraphsByProfile["zuck"]);
    }

    [Fact]
    public void A_mention_inside_a_correction_is_not_linked_and_the_next_one_is()
    {
        var explainer = Build("標題\n首席技術官 AndrewBosworth 說。\nBosworth 又說。\n", Corrections(("AndrewBosworth", "Andrew Bosworth")));
        var paragraphs = Paragraphs(explainer);

        var plan = AnnotationPlanner.Plan(explainer, [Profile("boz", "AndrewBosworth", "Bosworth")], [], false, new DiagnosticBag());

        Assert.Empty(plan.For(paragraphs[0].Id).LinkedMentions);
        Assert.Equal("boz", Assert.Single(plan.For(paragraphs[1].Id).Cards).Id);
    }

    [Fact]
    public void A_note_is_placed_after_its_quote_and_numbered_in_reading_order()
    {
        var explainer = Build(Seed);
        var paragraphs = Paragraphs(explainer);

        var plan = AnnotationPlanner.Plan(explainer, [], [Note("late", "Cox 不滿"), Note("early", "很年輕")], false, new DiagnosticBag());

        var early = Assert.Single(plan.For(paragraphs[0].Id).Notes);
        Assert.Equal((1, "early"), (early.Number, early.Note.Id));
        Assert.Equal(paragraphs[0].Source.Text.IndexOf("很年輕", StringComparison.Ordinal) + 3, early.Position);
        Assert.Equal(2, Assert.Single(plan.For(paragraphs[3].Id).Notes).Number);
    }

    [Fact]
    public void A_missing_quote_is_an_error_naming_the_note_file_line_and_quote()
    {
        var diagnostics = new DiagnosticBag();

        AnnotationPlanner.Plan(Build(Seed), [], [Note("gone", "不在文中")], false, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal("input/t/notes/gone.md(3,8): error: note 'gone' quotes text the seed does not have: '不在文中'", error.ToString());
    }

    [Fact]
    public void An_ambiguous_quote_is_an_error_until_a_prefix_or_suffix_chooses()
    {
        var ambiguous = new DiagnosticBag();
        AnnotationPlanner.Plan(Build(Seed), [], [Note("n", "紮克伯格")], false, ambiguous);
        Assert.Contains("found 2 times", Assert.Single(ambiguous.ToSortedArray()).Message);

        var chosen = new DiagnosticBag();
        var explainer = Build(Seed);
        var plan = AnnotationPlanner.Plan(explainer, [], [Note("n", "紮克伯格", suffix: "很高興")], false, chosen);
        Assert.Empty(chosen.ToSortedArray());
        Assert.Single(plan.For(Paragraphs(explainer)[1].Id).Notes);
    }

    [Fact]
    public void Lenient_turns_an_unplaceable_note_into_a_warning_and_leaves_it_out()
    {
        var diagnostics = new DiagnosticBag();

        var plan = AnnotationPlanner.Plan(Build(Seed), [], [Note("gone", "不在文中")], lenient: true, diagnostics);

        Assert.Equal(Severity.Warning, Assert.Single(diagnostics.ToSortedArray()).Severity);
        Assert.Equal("gone", Assert.Single(plan.Unplaced).Id);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Editing_unrelated_seed_text_does_not_move_or_lose_a_note()
    {
        var notes = new[] { Note("young", "很年輕") };
        var before = Build(Seed);
        var after = Build(Seed.Replace("Cox 不滿。", "Cox 非常不滿,並且公開抱怨。", StringComparison.Ordinal).Replace("標題\n", "標題\n新加的第一段。\n", StringComparison.Ordinal));

        var placedBefore = AnnotationPlanner.Plan(before, [], notes, false, new DiagnosticBag()).Paragraphs.Values.SelectMany(p => p.Notes).Single();
        var placedAfter = AnnotationPlanner.Plan(after, [], notes, false, new DiagnosticBag()).Paragraphs.Values.SelectMany(p => p.Notes).Single();

        Assert.Equal(placedBefore.ParagraphId, placedAfter.ParagraphId);
        Assert.Equal(placedBefore.Position, placedAfter.Position);
    }

    [Fact]
    public void An_organisation_links_to_its_profile_page_and_has_no_card_in_the_margin()
    {
        var explainer = Build("標題\nMeta 挖來了 Wang。\n");
        var meta = Profile("meta", "Meta") with { Kind = Explainer.Editorial.ProfileKind.Organisation };

        var plan = AnnotationPlanner.Plan(explainer, [meta, Profile("wang", "Wang")], [], false, new DiagnosticBag());

        var paragraph = plan.For(Paragraphs(explainer)[0].Id);
        Assert.Equal(["/profiles/meta/", "#card-lead-wang"], paragraph.LinkedMentions.Select(m => m.Href));
        Assert.Equal("wang", Assert.Single(paragraph.Cards).Id);
    }
}
