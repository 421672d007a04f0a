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

    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(() =>
            {
                ConversionChecker.Find("四麵");
                AmountFinder.Find("6000億美元");
                DateFinder.Find("今年春天");
                NameFinder.Find("發言人 Dave Arnold 表示");
            });
        }
    }
}
