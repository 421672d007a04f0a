using System.Diagnostics;
using System.Text.Json;

namespace Explainer.Tests.Harness;

/// <summary>One message of the Nu Html Checker, with the file made relative to the checked folder.</summary>
public sealed record VnuMessage(string Type, string File, int Line, int Column, string Message, string Extract)
{
    /// <summary>Compiler-style, so a failing test reads like a build log.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Type}: {Message}  [{Extract.ReplaceLineEndings(" ")}]";
}

/// <summary>
/// Runs the Nu Html Checker (vnu.jar, pinned in package.json) on files or folders. One JVM for the whole
/// site: starting Java per page would cost seconds each.
/// </summary>
public static class Vnu
{
    public static async Task<IReadOnlyList<VnuMessage>> CheckAsync(
        string relativeTo, IEnumerable<string> filesOrFolders, CancellationToken cancellationToken)
    {
        var java = RequireJava();
        var jar = RepoPaths.VnuJar;
        if (!File.Exists(jar))
        {
            RequiredTool.Missing($"vnu.jar not found at {jar} (run `npm ci` in {RepoPaths.Root})", "HTML validation");
        }

        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-jar", jar, "--format", "json", "--skip-non-html"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var path in filesOrFolders)
        {
            start.ArgumentList.Add(path);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {java}");
        // Read both pipes concurrently: a full, unread pipe would block the checker forever.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);

        // With --format json the report goes to stderr; exit code 1 just means "found errors".
        var report = await stderr.ConfigureAwait(false);
        var other = await stdout.ConfigureAwait(false);
        return Parse(report, relativeTo, $"exit code {process.ExitCode}; stdout: {other}");
    }

    public static IReadOnlyList<VnuMessage> Parse(string jsonReport, string relativeTo, string context = "")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jsonReport);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"vnu did not print a JSON report ({e.Message}; {context}):\n{jsonReport}", e);
        }

        using (document)
        {
            return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => ToMessage(m, relativeTo))];
        }
    }

    private static VnuMessage ToMessage(JsonElement message, string relativeTo)
    {
        var type = Text(message, "type");
        // "info" with subType "warning" is a warning; "non-document-error" is vnu failing to read a file.
        if (type == "info" && Text(message, "subType") == "warning")
        {
            type = "warning";
        }

        var url = Text(message, "url");
        // vnu writes "file:/abs/path" (one slash), which System.Uri refuses to parse.
        var file = url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(relativeTo, Uri.UnescapeDataString("/" + url["file:".Length..].TrimStart('/')))
            : url;
        var line = Number(message, "firstLine") ?? Number(message, "lastLine") ?? 0;
        var column = Number(message, "firstColumn") ?? Number(message, "lastColumn") ?? 0;
        return new VnuMessage(type, file, line, column, Text(message, "message"), Text(message, "extract"));
    }

    private static string RequireJava()
    {
        var fromHome = Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home
            ? Path.Combine(home, "bin", "java")
            : null;
        var java = fromHome is not null && File.Exists(fromHome) ? fromHome : RequiredTool.FindOnPath("java");
        if (java is null)
        {
            RequiredTool.Missing("java not found (JAVA_HOME or PATH)", "HTML validation");
        }

        return java;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
