using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// The theme's <c>include</c>: renders the named template straight into the output of the template that
/// includes it, as Hugo's partials and Go's templates do, instead of into a string of its own that is
/// then copied into its caller.
/// </summary>
/// <remarks>
/// Scriban's own include renders into a new string builder, turns it into a string, and then resets the
/// builder, which with a large output keeps (allocates) a buffer of 1.2 times its size: per page, with
/// a card inside a margin inside a section inside the page, the site allocated about fifteen times the
/// HTML it produced, and garbage collection stopped both cores for a quarter of a 1,000-article build.
/// Here an include that is a statement of its own is evaluated in place (one used as a value still
/// returns its text): it sees its caller's variables and
/// <c>$0</c>…<c>$n</c> (<c>$0</c> the name) and named arguments as locals, exactly as with Scriban's; a
/// <c>ret</c> in it ends only it. Output is not re-indented (<see cref="TemplateContext.AutoIndent"/> is
/// off): a template's whitespace comes out as it is written.
/// </remarks>
internal sealed class ThemeInclude : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? context.CurrentNode;
        var span = caller?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(span, "include needs the name of the template to include");
        }
        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(span, "include needs the name of the template to include, and it is empty");
        }
        var path = context.GetTemplatePathFromName(name, caller);
        if (path is null)
        {
            return null;
        }
        var template = context.GetOrCreateTemplate(path, caller);
        // Named arguments are evaluated in the caller's scope, before the included template's begins.
        var named = NamedArguments(context, caller);
        // A statement of its own ({{ include 'x' }}) renders in place; an include used as a value
        // ({{ x = include 'y' }}, {{ include 'y' | string.upcase }}) returns its text, as Scriban's does.
        var inPlace = caller?.Parent is ScriptExpressionStatement;
        if (!inPlace)
        {
            context.PushOutput();
        }
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            foreach (var (variable, value) in named)
            {
                context.SetValue(ScriptVariable.Create(variable, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
            }
            if (template.SourceFilePath is { } source)
            {
                context.PushSourceFile(source);
            }
            try
            {
                // The page writes into the current output; what it returns (a last expression) too.
                if (template.Page is { } page && context.Evaluate(page) is { } result && context.EnableOutput)
                {
                    context.Write(page.Span, result);
                }
            }
            finally
            {
                if (template.SourceFilePath is not null)
                {
                    context.PopSourceFile();
                }
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }
        return inPlace ? null : context.PopOutput().ToString();
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static List<(string Name, object? Value)> NamedArguments(TemplateContext context, ScriptNode? caller)
    {
        var named = new List<(string, object?)>();
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } variable, Value: { } value })
                {
                    named.Add((variable, context.Evaluate(value)));
                }
            }
        }
        return named;
    }
}
