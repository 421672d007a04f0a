namespace Explainer.Cli;

public enum LogLevel
{
    Error,
    Warning,
    Info,
    Debug,
}
