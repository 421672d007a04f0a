using System.Text.Json;
using System.Threading.Channels;

namespace Explainer.Tests.Preview;

/// <summary>One Server-Sent Event as a page receives it.</summary>
public sealed record ServerEvent(string Name, JsonElement Data);

/// <summary>Listens to /_explainer/events like a page's EventSource does, and hands over events in order.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<ServerEvent> _events = Channel.CreateUnbounded<ServerEvent>();
    private readonly Task _reading;
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EventStream(Uri server)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Connected: the server has sent its first line, so later builds reach this stream.</summary>
    public static async Task<EventStream> OpenAsync(Uri server)
    {
        var stream = new EventStream(server);
        await stream._connected.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        return stream;
    }

    /// <summary>The next event with this name (others before it are skipped); fails after a generous wait.</summary>
    public async Task<ServerEvent> NextAsync(string name)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        while (true)
        {
            ServerEvent next;
            try
            {
                next = await _events.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"no '{name}' event within {Patience.TotalSeconds} s");
            }
            if (next.Name == name)
            {
                return next;
            }
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var response = await _http.GetAsync("/_explainer/events", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            string? name = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                _connected.TrySetResult();
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
                {
                    _events.Writer.TryWrite(new ServerEvent(name, JsonDocument.Parse(line[6..]).RootElement.Clone()));
                    name = null;
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
