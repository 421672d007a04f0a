using System.Diagnostics;
using System.Text.Json;

namespace Explainer.Bench;

/// <summary>
/// <c>hugo -w</c> on the equivalent Markdown: the section files the explainer itself publishes
/// (/&lt;slug&gt;/&lt;section&gt;.md, with their front matter) as Hugo content under a minimal layout, edited
/// the same way (a new closing paragraph in the last section).
/// </summary>
public static class HugoRun
{
    private const string Page = "<!doctype html><html lang=\"zh-Hant\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><article>{{ .Content }}</article></body></html>\n";
    private const string List = "<!doctype html><html lang=\"zh-Hant\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n";

    public static string? Executable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "hugo")).FirstOrDefault(File.Exists);

    public static async Task<Latencies> MeasureAsync(BenchOptions options, string explainerOutput, string work)
    {
        var hugo = Executable() ?? throw new InvalidOperationException("hugo is not on PATH (apt-get install hugo)");
        var url = JsonDocument.Parse(File.ReadAllText(Path.Combine(explainerOutput, "index.json"))).RootElement
            .GetProperty("explainers")[0].GetProperty("url").GetString()!.Trim('/'); // the index always lists the explainer's url
        var content = Path.Combine(work, "content", url);
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "_index.md"), "---\ntitle: explainer\n---\n");
        var sections = Directory.GetFiles(Path.Combine(explainerOutput, url), "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var section in sections)
        {
            File.Copy(section, Path.Combine(content, Path.GetFileName(section)));
        }
        Directory.CreateDirectory(Path.Combine(work, "layouts", "_default"));
        File.WriteAllText(Path.Combine(work, "layouts", "_default", "single.html"), Page);
        File.WriteAllText(Path.Combine(work, "layouts", "_default", "list.html"), List);
        File.WriteAllText(Path.Combine(work, "hugo.toml"),
            "baseURL = \"http://127.0.0.1/\"\nlanguageCode = \"zh-Hant\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\"]\n[markup.goldmark.parser.attribute]\n  block = true\n  title = true\n");

        var edited = sections.Last(); // the same closing paragraph the seed edit adds lands in the last section
        var target = Path.Combine(content, Path.GetFileName(edited));
        var original = File.ReadAllText(target).TrimEnd();
        var slug = Path.GetFileNameWithoutExtension(edited);
        var public_ = Path.Combine(work, "public");
        using var arrival = new FileArrival(public_, Path.Combine(url, slug, "index.html"));
        using var process = await StartWatchingAsync(hugo, work, public_);
        try
        {
            var written = new Latencies("hugo -w: edit → file written");
            for (var i = 0; i < options.WarmUp + options.Edits; i++)
            {
                var marker = Edits.Marker(i);
                var fileTask = arrival.WaitForAsync(marker);
                var start = Stopwatch.GetTimestamp();
                File.WriteAllText(target, original + "\n\n" + marker + "\n");
                var fileAt = await fileTask.WaitAsync(TimeSpan.FromSeconds(20));
                if (i >= options.WarmUp)
                {
                    written.Add(Stopwatch.GetElapsedTime(start, fileAt));
                }
                await Task.Delay(Edits.Pause);
            }
            return written;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts <c>hugo -w</c> and returns once it has built and says it is watching.</summary>
    private static async Task<Process> StartWatchingAsync(string hugo, string source, string destination)
    {
        var start = new ProcessStartInfo(hugo) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = source };
        foreach (var argument in new[] { "-w", "--source", source, "--destination", destination })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!; // Start returns null only for shell-executed documents
        var watching = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Watching for changes", StringComparison.Ordinal) == true || e.Data?.Contains("Press Ctrl+C", StringComparison.Ordinal) == true)
            {
                watching.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await watching.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return process;
    }
}
