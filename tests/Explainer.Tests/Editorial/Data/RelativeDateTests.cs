using Explainer.Editorial.Data;

namespace Explainer.Tests.Editorial.Data;

public class RelativeDateTests
{
    private static readonly DateOnly Published = new(2025, 12, 10); // a Wednesday

    [Theory]
    [InlineData("今年春天", "2025-03-01", "2025-05-31")]
    [InlineData("今年秋季", "2025-09-01", "2025-11-30")]
    [InlineData("6月", "2025-06-01", "2025-06-30")]
    [InlineData("11月15日", "2025-11-15", "2025-11-15")]
    [InlineData("本周四", "2025-12-11", "2025-12-11")]
    [InlineData("本週一", "2025-12-08", "2025-12-08")]
    [InlineData("本周日", "2025-12-14", "2025-12-14")]
    public void Resolves_against_the_publication_date(string expression, string start, string end)
    {
        var date = RelativeDate.Resolve(expression, Published, previous: null);

        Assert.NotNull(date);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (date.Start, date.End));
        Assert.Contains("2025", date.Derivation);
    }

    [Fact]
    public void A_month_later_counts_from_the_previous_event()
    {
        var july = RelativeDate.Resolve("7月", Published, null);

        var later = RelativeDate.Resolve("一個月後", Published, july);

        Assert.NotNull(later);
        Assert.Equal(new DateOnly(2025, 8, 1), later.Start);
        Assert.Contains("2025 年 7 月", later.Derivation);
    }

    [Theory]
    [InlineData("去年")]
    [InlineData("13月")]
    [InlineData("2月30日")]
    [InlineData("一個月後")]
    public void What_it_cannot_check_it_does_not_guess(string expression)
    {
        Assert.Null(RelativeDate.Resolve(expression, Published, previous: null));
    }
}
