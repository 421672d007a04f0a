using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Expression = System.Func<Explainer.Theme.CompiledRender, object?>;
using Statement = System.Action<Explainer.Theme.CompiledRender>;

namespace Explainer.Theme;

/// <summary>
/// A theme template turned, once, from Scriban's syntax tree into a tree of delegates that writes a page
/// straight into a string builder. Scriban parses every template and stays the language; this renders
/// the part of it a theme uses (text, <c>{{ value }}</c>, <c>| html.escape</c>, members, <c>[ ]</c>,
/// <c>if</c>/<c>else</c>, <c>for</c> with <c>for.first</c>/<c>last</c>/<c>index</c>, <c>capture</c>,
/// assignments, comparisons, <c>&amp;&amp;</c>/<c>||</c>/<c>!</c>, string <c>+</c> and
/// <c>include</c>) with Scriban's own rules for each, without interpreting the tree node by node.
/// </summary>
/// <remarks>
/// <para>Anything else makes a template not compiled (<see cref="TryCompile"/> says why), and its pages
/// are rendered by Scriban. Anything unusual at run time (a missing variable or field, a value of a type
/// these rules do not cover, an include of a template not compiled) throws
/// <see cref="NotCompiled"/>: the page is then rendered again by Scriban from the start, which gives
/// the same page or the error, with its file, line and column, that Scriban gives.</para>
/// <para>Scriban's interpreter was a third of a large build's CPU: it looks up every name through its
/// stacks of scopes, converts every value to write it, and makes an argument list for every
/// function call. ThemeTemplatesTests and the site tests render every page both ways and compare.</para>
/// </remarks>
internal sealed class CompiledTemplate
{
    private readonly Statement _body;

    private CompiledTemplate(Statement body) => _body = body;

    /// <summary>The template compiled, or null with the construct that kept it from being compiled.</summary>
    public static CompiledTemplate? TryCompile(Template template, out string? whyNot)
    {
        whyNot = null;
        if (template.HasErrors || template.Page is not { } page || page.FrontMatter is not null || page.Body is null)
        {
            whyNot = "the template has errors or front matter";
            return null;
        }
        try
        {
            return new CompiledTemplate(Compiler.Block(page.Body));
        }
        catch (CannotCompile e)
        {
            whyNot = e.Message;
            return null;
        }
    }

    public void Render(CompiledRender render) => _body(render);

    private sealed class CannotCompile(ScriptNode node, string what)
        : Exception($"{what} at {node.Span.FileName}({node.Span.Start.Line + 1},{node.Span.Start.Column + 1})");

    private static class Compiler
    {
        public static Statement Block(ScriptBlockStatement block)
        {
            var statements = new List<Statement>(block.Statements.Count);
            foreach (var statement in block.Statements)
            {
                if (statement.CanSkipEvaluation)
                {
                    continue;
                }
                if (Compile(statement) is { } compiled)
                {
                    statements.Add(compiled);
                }
            }
            var all = statements.ToArray();
            return all.Length switch
            {
                0 => static _ => { },
                1 => all[0],
                _ => render =>
                {
                    foreach (var statement in all)
                    {
                        statement(render);
                    }
                },
            };
        }

        private static Statement? Compile(ScriptStatement statement)
        {
            switch (statement)
            {
                case ScriptRawStatement raw:
                    if (raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText))
                    {
                        return null;
                    }
                    var text = raw.Text.ToString();
                    return render => render.Output.Append(text);
                case ScriptNopStatement:
                    return null;
                case ScriptExpressionStatement { Expression: ScriptAssignExpression assign }:
                    return Assign(assign);
                case ScriptExpressionStatement { Expression: ScriptFunctionCall call } when IsInclude(call):
                    return Include(call);
                case ScriptExpressionStatement { Expression: { } expression }:
                    var value = Compile(expression);
                    return render => render.Write(value(render));
                case ScriptIfStatement condition:
                    return If(condition);
                case ScriptForStatement loop:
                    return For(loop);
                case ScriptCaptureStatement { Target: ScriptVariableGlobal target, Body: { } body }:
                    var captured = Block(body);
                    var name = target.Name;
                    return render => render.Assign(name, render.Capture(captured));
                default:
                    throw new CannotCompile(statement, $"a {statement.GetType().Name}");
            }
        }

        private static Statement Assign(ScriptAssignExpression assign)
        {
            if (assign.Target is not ScriptVariableGlobal target || assign.Value is null || assign.EqualToken.TokenType != TokenType.Equal)
            {
                throw new CannotCompile(assign, "an assignment other than 'name = value'");
            }
            var value = Compile(assign.Value);
            var name = target.Name;
            return render => render.Assign(name, value(render));
        }

        private static bool IsInclude(ScriptFunctionCall call) =>
            call.Target is ScriptVariableGlobal { Name: "include" };

        private static Statement Include(ScriptFunctionCall call)
        {
            if (call.Arguments.Count != 1 || call.Arguments[0] is ScriptNamedArgument)
            {
                throw new CannotCompile(call, "an include with arguments");
            }
            var name = Compile(call.Arguments[0]);
            return render => render.Include(name(render));
        }

        private static Statement If(ScriptIfStatement statement)
        {
            if (statement.Condition is null)
            {
                throw new CannotCompile(statement, "an if without a condition");
            }
            var condition = Compile(statement.Condition);
            var then = statement.Then is null ? static _ => { } : Block(statement.Then);
            Statement otherwise = statement.Else switch
            {
                null => static _ => { },
                ScriptIfStatement elseIf => If(elseIf),
                ScriptElseStatement { Body: { } body } => Block(body),
                ScriptElseStatement => static _ => { },
                var other => throw new CannotCompile(other, $"a {other.GetType().Name}"),
            };
            return render =>
            {
                if (CompiledOperators.ToBool(condition(render)))
                {
                    then(render);
                }
                else
                {
                    otherwise(render);
                }
            };
        }

        private static Statement For(ScriptForStatement loop)
        {
            if (loop.Variable is not ScriptVariableGlobal variable || loop.Iterator is null || loop.Body is null
                || loop.NamedArguments is { Count: > 0 } || loop.SetContinue)
            {
                throw new CannotCompile(loop, "a for loop other than 'for x in list'");
            }
            var name = variable.Name;
            var items = Compile(loop.Iterator);
            var body = Block(loop.Body);
            Statement? otherwise = loop.Else switch
            {
                null => null,
                { Body: { } elseBody } => Block(elseBody),
                _ => null,
            };
            return render =>
            {
                switch (items(render))
                {
                    case null:
                        return; // Scriban: no loop, and no else either
                    case IList list:
                        if (list.Count == 0)
                        {
                            otherwise?.Invoke(render);
                            return;
                        }
                        render.Loop(name, list, body);
                        return;
                    default:
                        throw new NotCompiled();
                }
            };
        }

        private static Expression Compile(ScriptExpression expression)
        {
            switch (expression)
            {
                case ScriptLiteral literal:
                    var constant = literal.Value;
                    return constant is null or string or bool or int
                        ? _ => constant
                        : throw new CannotCompile(literal, $"a literal of type {constant.GetType().Name}");
                case ScriptVariableGlobal variable:
                    var name = variable.Name;
                    return render => render.Variable(name);
                case ScriptMemberExpression { Target: { } target, Member: ScriptVariable member }:
                    var of = Compile(target);
                    var memberName = member.Name;
                    return render => CompiledOperators.Member(of(render), memberName);
                case ScriptIndexerExpression { Target: { } target, Index: ScriptLiteral { Value: string key } }:
                    var from = Compile(target);
                    return render => CompiledOperators.Member(from(render), key);
                case ScriptNestedExpression { Expression: { } inner }:
                    return Compile(inner);
                case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } right }:
                    var operand = Compile(right);
                    return render => !CompiledOperators.ToBool(operand(render));
                case ScriptBinaryExpression binary:
                    return Binary(binary);
                case ScriptPipeCall { From: { } input, To: { } to } when IsHtmlEscape(to):
                    var escaped = Compile(input);
                    return render => render.HtmlEscape(escaped(render));
                default:
                    throw new CannotCompile(expression, $"a {expression.GetType().Name}");
            }
        }

        /// <summary><c>html.escape</c>, as the function a value is piped to (<c>value | html.escape</c>).</summary>
        private static bool IsHtmlEscape(ScriptExpression to) => to switch
        {
            ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "html" }, Member.Name: "escape" } => true,
            ScriptFunctionCall { Arguments.Count: 0, Target: { } target } => IsHtmlEscape(target),
            _ => throw new CannotCompile(to, $"a pipe into a {to.GetType().Name} ({to})"),
        };

        private static Expression Binary(ScriptBinaryExpression binary)
        {
            if (binary.Left is null || binary.Right is null)
            {
                throw new CannotCompile(binary, "a binary expression without its operands");
            }
            var left = Compile(binary.Left);
            var right = Compile(binary.Right);
            var op = binary.Operator;
            return op switch
            {
                ScriptBinaryOperator.And => render => CompiledOperators.ToBool(left(render)) && CompiledOperators.ToBool(right(render)),
                ScriptBinaryOperator.Or => render => CompiledOperators.ToBool(left(render)) || CompiledOperators.ToBool(right(render)),
                ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual
                    or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
                    or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual
                    or ScriptBinaryOperator.Add => render => CompiledOperators.Binary(op, left(render), right(render)),
                _ => throw new CannotCompile(binary, $"the operator {op}"),
            };
        }
    }
}
