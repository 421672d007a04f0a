using Explainer.Engine;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// Rendering by Scriban's interpreter: the templates and pages compiled templates leave to it, its
/// shared read-only built-ins, and its errors in the site's terms.
/// </summary>
public sealed partial class ThemeTemplates
{
    private string Interpret(Template template, ScriptObject model, DiagnosticBag diagnostics, Action<string>? used)
    {
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            AutoIndent = false, // a template's whitespace comes out as written, as CompiledTemplate writes it
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new ThemeTemplateLoader(_root, _sources, used is null ? null : path => used(RelativeName(path))),
            MemberRenamer = member => ScriptModel.SnakeCase(member.Name),
            // Off: Scriban's limits are for untrusted templates. The theme is the site's own code and the
            // seed's size, not the theme, bounds its loops and its output. With the defaults a page
            // over a million characters was silently cut short (a long seed's explainer page came out
            // empty), and any limit reached throws rather than truncates.
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        foreach (var (path, parsed) in _templates)
        {
            context.CachedTemplates[path] = parsed;
        }
        context.PushGlobal(_globals);
        context.PushGlobal(model);
        // The page's own output: Scriban's resets its builder after use, which costs a copy of the page.
        context.PushOutput(new PageOutput());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(ToDiagnostic(Severity.Error, e.Span, Explain(e.OriginalMessage)));
            return "";
        }
    }

    /// <summary>
    /// Scriban's built-in functions (<c>html.escape</c>, <c>string.*</c>, …), made once and shared by every
    /// render on every core, read-only: a page cannot change what the next one sees. Making them for
    /// each page cost more than rendering a small one (about 25 µs and 33 KB a time).
    /// </summary>
    internal static readonly ScriptObject Builtins = ReadOnly(TemplateContext.GetDefaultBuiltinObject());

    /// <summary>A page's output: a string builder that is turned into a string once, and dropped.</summary>
    private sealed class PageOutput : IScriptOutput
    {
        private readonly System.Text.StringBuilder _builder = new(1 << 14);

        public void Write(string text, int offset, int count) => _builder.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => _builder.ToString();
    }

    private static ScriptObject ReadOnly(ScriptObject builtins)
    {
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject inner)
            {
                ReadOnly(inner);
            }
        }
        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>Scriban's messages for the mistakes a theme author makes most, in the site's terms.</summary>
    private static string Explain(string message)
    {
        var member = System.Text.RegularExpressions.Regex.Match(message, "^Cannot get member with name (.+)\\.$");
        if (member.Success)
        {
            return $"unknown field '{member.Groups[1].Value}': the page's model has no such field (see src/Site/Pages/PageModels.cs for what templates receive)";
        }
        var variable = System.Text.RegularExpressions.Regex.Match(message, "^The variable or function `(.+)` was not found$");
        if (variable.Success)
        {
            return $"unknown variable '{variable.Groups[1].Value}': the page's model has no such variable and the template does not set it (see src/Site/Modules/RenderPages.cs for what each page receives)";
        }
        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return "a template includes itself, directly or through others, without end: " + message;
        }
        return message;
    }
}
