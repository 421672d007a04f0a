using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace Explainer.Bench;

/// <summary>An EventSource stand-in: timestamps each <c>reload</c> event the preview sends, as it arrives.</summary>
public sealed class ReloadListener : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(long At, List<string> Changed)> _reloads = Channel.CreateUnbounded<(long, List<string>)>();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private ReloadListener(Uri server)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        _reading = Task.Run(ReadAsync);
    }

    public static async Task<ReloadListener> OpenAsync(Uri server)
    {
        var listener = new ReloadListener(server);
        await listener._connected.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return listener;
    }

    /// <summary>Forgets events already received, so the next wait only sees what a new edit causes.</summary>
    public void Drain()
    {
        while (_reloads.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>The timestamp of the next reload event that names <paramref name="url"/>.</summary>
    public async Task<long> NextAsync(string url, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (at, changed) = await _reloads.Reader.ReadAsync(cancellationToken);
            if (changed.Contains(url))
            {
                return at;
            }
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var response = await _http.GetAsync("/_explainer/events", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            var reload = false;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var at = Stopwatch.GetTimestamp();
                _connected.TrySetResult();
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    reload = line == "event: reload";
                }
                else if (reload && line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    var changed = JsonDocument.Parse(line[6..]).RootElement.GetProperty("changed").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
                    _reloads.Writer.TryWrite((at, changed));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            _connected.TrySetException(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _http.Dispose();
        _stop.Dispose();
    }
}
