using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;

namespace Explainer.Preview;

/// <summary>
/// Tells open pages about builds, as Server-Sent Events: <c>reload</c> (the build passed; data: the
/// changed URLs) and <c>problems</c> (it failed; data: the diagnostics, while the last good site stays
/// served). A page that connects while the build is broken is told at once. The number of listeners
/// and of events waiting for a slow one are bounded.
/// </summary>
public sealed class BuildEvents
{
    public const int MaxListeners = 32;
    private const int MaxWaiting = 8;

    private readonly ConcurrentDictionary<Channel<string>, byte> _listeners = new();
    private string? _standing;

    public int ListenerCount => _listeners.Count;

    /// <summary>Null when <see cref="MaxListeners"/> pages already listen.</summary>
    public ChannelReader<string>? Listen()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(MaxWaiting) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_listeners)
        {
            if (_listeners.Count >= MaxListeners)
            {
                return null;
            }
            _listeners[channel] = 0;
            if (Volatile.Read(ref _standing) is { } standing)
            {
                channel.Writer.TryWrite(standing);
            }
        }
        return channel.Reader;
    }

    public void Leave(ChannelReader<string> reader)
    {
        foreach (var channel in _listeners.Keys.Where(c => c.Reader == reader))
        {
            _listeners.TryRemove(channel, out _);
        }
    }

    public void Reload(IEnumerable<string> changedUrls)
    {
        Volatile.Write(ref _standing, null);
        Send(Format("reload", new ReloadEvent(changedUrls.ToList()), BuildEventsJson.Default.ReloadEvent));
    }

    public void Problems(IEnumerable<Engine.Diagnostic> diagnostics, string reportUrl)
    {
        var message = Format("problems", new ProblemsEvent(
            [.. diagnostics.Select(d => new ProblemsEvent.Problem(d.Severity.ToString().ToLowerInvariant(), d.File, d.Line, d.Column, d.Message, d.ToString()))],
            reportUrl), BuildEventsJson.Default.ProblemsEvent);
        Volatile.Write(ref _standing, message);
        Send(message);
    }

    /// <summary>One event in the text/event-stream format (JSON has no raw newlines, so one data line).</summary>
    private static string Format<T>(string name, T data, JsonTypeInfo<T> type) => $"event: {name}\ndata: {JsonSerializer.Serialize(data, type)}\n\n";

    private void Send(string message)
    {
        lock (_listeners)
        {
            foreach (var channel in _listeners.Keys)
            {
                channel.Writer.TryWrite(message);
            }
        }
    }
}

/// <summary>The data of a <c>reload</c> event.</summary>
public sealed record ReloadEvent(List<string> Changed);

/// <summary>The data of a <c>problems</c> event.</summary>
public sealed record ProblemsEvent(List<ProblemsEvent.Problem> Diagnostics, string Report)
{
    public sealed record Problem(string Severity, string File, int Line, int Column, string Message, string Text);
}

/// <summary>Events are JSON on one line, snake_case, with the default (HTML-safe) escaping.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ReloadEvent))]
[JsonSerializable(typeof(ProblemsEvent))]
internal sealed partial class BuildEventsJson : JsonSerializerContext;
