namespace Explainer.Theme;

/// <summary>A growing array of characters: appending copies once, and clearing keeps its size.</summary>
internal sealed class TextBuffer(int capacity)
{
    private char[] _chars = new char[capacity];
    private int _length;

    public int Capacity => _chars.Length;

    public void Append(string text) => Append(text.AsSpan());

    public void Append(TextBuffer other) => Append(other._chars.AsSpan(0, other._length));

    private void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - _length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
        }
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Clear() => _length = 0;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public override string ToString() => new(_chars, 0, _length);
}
