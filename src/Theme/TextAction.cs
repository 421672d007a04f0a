namespace Explainer.Theme;

/// <summary>Given a text that lives only for the call (a render's buffer, a pooled copy): read it, or copy it.</summary>
public delegate void TextAction(ReadOnlySpan<char> text);
