using System.Buffers;

namespace Clout.Core.Comments;

/// <summary>A growable char buffer from the shared pool, for the text with emoji replaced by their names.</summary>
internal struct TextBuffer(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(capacity);
    private int _length;

    public readonly ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public void Append(char c)
    {
        Ensure(1);
        _chars[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Dispose() => ArrayPool<char>.Shared.Return(_chars);

    private void Ensure(int more)
    {
        if (_length + more <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
