using System;
using System.Runtime.CompilerServices;
#if !NET
using System.Text;
#endif

namespace FactBase.Checking.Rules;

/// <summary>
/// The message of a supported verdict, written as an interpolated string and formatted only when its
/// <see cref="VerificationContext"/> asks for supported messages.
/// </summary>
[InterpolatedStringHandler]
public ref struct SupportedMessage
{
    private readonly bool _wanted;
#if NET
    private DefaultInterpolatedStringHandler _text;
#else
    private readonly StringBuilder? _text;
#endif

    /// <summary>Starts a message; the compiler calls this for an interpolated string argument.</summary>
    /// <param name="literalLength">The length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="context">The context whose <see cref="VerificationContext.SupportedMessages"/> decides.</param>
    /// <param name="shouldAppend">Whether the parts are appended (and the holes evaluated) at all.</param>
    public SupportedMessage(int literalLength, int formattedCount, VerificationContext context, out bool shouldAppend)
    {
        _wanted = shouldAppend = context.SupportedMessages;
#if NET
        _text = _wanted ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
#else
        _text = _wanted ? new StringBuilder(literalLength + (formattedCount * 8)) : null;
#endif
    }

    /// <summary>Appends a literal part.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value)
    {
#if NET
        _text.AppendLiteral(value);
#else
        _text!.Append(value);
#endif
    }

    /// <summary>Appends a hole, formatted as string interpolation formats it.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value)
    {
#if NET
        _text.AppendFormatted(value);
#else
        _text!.Append(value is IFormattable formattable ? formattable.ToString(null, null) : value?.ToString());
#endif
    }

    /// <summary>The message, or the empty string when supported messages are not wanted.</summary>
    /// <returns>The text.</returns>
    internal string ToStringAndClear()
    {
        if (!_wanted)
        {
            return string.Empty;
        }

#if NET
        return _text.ToStringAndClear();
#else
        return _text!.ToString();
#endif
    }
}
