namespace Explainer.Engine;

/// <summary>One message for the user about their input, printed compiler-style.</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) =>
        new(Severity.Error, file, line, column, message);

    public static Diagnostic Info(string file, int line, int column, string message) =>
        new(Severity.Info, file, line, column, message);

    public static Diagnostic Warning(string file, int line, int column, string message) =>
        new(Severity.Warning, file, line, column, message);

    public static Diagnostic Suggestion(string file, int line, int column, string message) =>
        new(Severity.Suggestion, file, line, column, message);

    /// <summary><c>file(line,col): error: message</c>, the form editors and CI logs recognise.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        return $"{File}{position}: {Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
