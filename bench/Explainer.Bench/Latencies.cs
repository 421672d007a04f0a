using System.Globalization;

namespace Explainer.Bench;

/// <summary>Measured latencies of one kind, in milliseconds.</summary>
public sealed class Latencies(string name)
{
    private readonly List<double> _values = [];

    public string Name { get; } = name;

    public int Count => _values.Count;

    public void Add(TimeSpan elapsed) => _values.Add(elapsed.TotalMilliseconds);

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (_values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = _values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-34} {Percentile(50),8:0.0} {Percentile(95),8:0.0} {_values.DefaultIfEmpty(double.NaN).Min(),8:0.0} {_values.DefaultIfEmpty(double.NaN).Max(),8:0.0} {Count,6}");
}
