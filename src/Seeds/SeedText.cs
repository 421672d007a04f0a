using System.Text;

namespace Explainer.Seeds;

/// <summary>
/// Turns a seed file's bytes into text. Seeds are UTF-8 (with or without a BOM). A UTF-16 file with its
/// BOM is unambiguous and read as such. Bytes that are not UTF-8 but are valid Big5 — Traditional Chinese
/// from older newsroom systems, which no UTF-8 text ever is — are read as Big5 with a warning saying to
/// save the file as UTF-8. Anything else that is not UTF-8 (a binary file, another encoding) is refused,
/// naming the first bad byte's line and column, because guessing further would put wrong words on a page.
/// </summary>
public static class SeedText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedSeed Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes);
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            return new DecodedSeed(null, true, line, column,
                "this is a binary file, not text (it has a NUL byte here): a seed is a plain-text .txt file saved as UTF-8");
        }
        try
        {
            return new DecodedSeed(StrictUtf8.GetString(bytes), false, 0, 0, null);
        }
        catch (DecoderFallbackException e)
        {
            if (TryBig5(bytes) is { } big5)
            {
                return new DecodedSeed(big5, false, 1, 1,
                    "the seed is not UTF-8 but reads as Big5 (Traditional Chinese), so it was read as Big5: save it as UTF-8 to be sure of every character");
            }
            var index = Math.Clamp(e.Index, 0, bytes.Length - 1);
            var (line, column) = Position(bytes, index);
            return new DecodedSeed(null, true, line, column,
                $"the seed is not valid UTF-8 (byte 0x{bytes[index]:X2} here) and not Big5 either: save it as UTF-8 text");
        }
    }

    /// <summary>The line and column of the first byte that is not UTF-8; null when all of it is.</summary>
    public static (int Line, int Column)? FirstInvalidUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            return Position(bytes, Math.Clamp(e.Index, 0, bytes.Length - 1));
        }
    }

    private static DecodedSeed DecodeUtf16(byte[] bytes)
    {
        var encoding = bytes[0] == 0xFF
            ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
            : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
        try
        {
            return new DecodedSeed(encoding.GetString(bytes, 2, bytes.Length - 2), false, 0, 0, null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedSeed(null, true, 1, 1, "the seed starts with a UTF-16 byte-order mark but is not valid UTF-16: save it as UTF-8 text");
        }
    }

    /// <summary>Big5 only when every byte decodes and the text has Chinese in it and no control characters.</summary>
    private static string? TryBig5(byte[] bytes)
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var big5 = Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = big5.GetString(bytes);
            return CjkText.ContainsCjk(text) && !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>1-based line, and column in characters of the valid UTF-8 before the byte.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(index - 1, 0)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }
        var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
        var column = 1 + new UTF8Encoding(false, false).GetCharCount(bytes, lineStart, index - lineStart);
        return (line, column);
    }
}
