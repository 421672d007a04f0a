using System.Diagnostics;
using Explainer.Analysis;
using Explainer.Chinese;

namespace Explainer.Site.Automatic;

/// <summary>
/// Loads OpenCC's dictionaries and readies the finders on the thread pool as a build starts, so that
/// this one-time cost (about a tenth of a second) overlaps reading the inputs and compiling the theme
/// instead of standing between parsing the seeds and planning them. Idempotent: the dictionaries load
/// once per process, whoever asks first.
/// </summary>
public static class WarmUp
{
    private static int _started;

    private static long _dictionariesLoaded;
    private static long _findersReady;

    /// <summary>How long the OpenCC dictionaries took to load, once they have (<c>--log-level debug</c> prints it).</summary>
    public static TimeSpan? DictionariesLoaded => Elapsed(ref _dictionariesLoaded);

    /// <summary>How long the dictionaries and the finders' first calls took together, once they have.</summary>
    public static TimeSpan? FindersReady => Elapsed(ref _findersReady);

    private static TimeSpan? Elapsed(ref long ticks) => Volatile.Read(ref ticks) is var t and > 0 ? TimeSpan.FromTicks(t) : null;

    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(() =>
            {
                var start = Stopwatch.GetTimestamp();
                ConversionChecker.LoadDictionaries();
                Volatile.Write(ref _dictionariesLoaded, Stopwatch.GetElapsedTime(start).Ticks);
                ConversionChecker.Find("四麵");
                AmountFinder.Find("6000億美元");
                DateFinder.Find("今年春天");
                NameFinder.Find("發言人 Dave Arnold 表示");
                Volatile.Write(ref _findersReady, Stopwatch.GetElapsedTime(start).Ticks);
                SimplifiedConversion.Plain.Convert("執行長"); // the Simplified edition's one dictionary more (TWPhrasesRev)
            });
        }
    }
}
