using Explainer.Analysis;

namespace Explainer.Tests.Analysis;

public class DateFinderTests
{
    private static readonly DateOnly Published = new(2025, 12, 10); // a Wednesday

    [Fact]
    public void A_month_later_follows_the_previous_event()
    {
        var july = DateFinder.Resolve(Assert.Single(DateFinder.Find("新人於7月抵達")), Published, null);

        var later = DateFinder.Resolve(Assert.Single(DateFinder.Find("一個月後,Meta 重組")), Published, july);

        Assert.Equal(new DateOnly(2025, 8, 1), later?.Start);
    }

    [Fact]
    public void An_absolute_date_needs_no_publication_date()
    {
        var date = Assert.Single(DateFinder.Find("公司於1984年5月14日成立"));

        Assert.Equal((DateKind.Absolute, new DateOnly(1984, 5, 14)), (date.Kind, DateFinder.Resolve(date, null, null)?.Start));
    }

    [Fact]
    public void A_relative_date_without_a_publication_date_is_found_but_unresolved()
    {
        var date = Assert.Single(DateFinder.Find("本周四,Wang將在舊金山舉辦派對"));

        Assert.Null(DateFinder.Resolve(date, null, null));
        Assert.Equal(new DateOnly(2025, 12, 11), DateFinder.Resolve(date, Published, null)?.Start);
    }

    [Theory]
    [InlineData("五個月過去了")]
    [InlineData("他們重組為四個小組")]
    [InlineData("13月")]
    public void Durations_and_non_dates_are_not_dates(string text)
    {
        Assert.Empty(DateFinder.Find(text));
    }
}
