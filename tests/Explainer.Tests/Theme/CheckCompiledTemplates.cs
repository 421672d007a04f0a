using System.Runtime.CompilerServices;
using Explainer.Theme;

namespace Explainer.Tests.Theme;

/// <summary>
/// Every page any test renders is rendered twice, from the compiled template and by Scriban, and a
/// difference fails the test: the whole suite (goldens, the real seed, every edge case) is a
/// differential test of <see cref="CompiledTemplate"/>.
/// </summary>
internal static class CheckCompiledTemplates
{
    [ModuleInitializer]
    internal static void TurnOn() => ThemeTemplates.CheckCompiled = true;
}
