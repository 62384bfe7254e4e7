using System;
using System.Collections.Generic;
using System.Globalization;

namespace SyscallTables.Generators.Parsing;

/// <summary>
/// Evaluates the integer constant expressions kernel headers use for their defines
/// (<c>(EM_X86_64|__AUDIT_ARCH_64BIT|__AUDIT_ARCH_LE)</c>, <c>0x40000000</c>, <c>(1 &lt;&lt; 3)</c>):
/// decimal, hex and octal literals with optional U/L suffixes, names of other defines, parentheses, and the
/// operators <c>~ - | ^ &amp; &lt;&lt; &gt;&gt; + -</c>. Anything else is an error with a reason, never an exception.
/// </summary>
internal sealed class ConstantExpression
{
    private readonly Func<string, (ulong Value, string? Error)> _resolve;
    private readonly string _text;
    private int _pos;

    private ConstantExpression(string text, Func<string, (ulong Value, string? Error)> resolve)
    {
        _text = text;
        _resolve = resolve;
    }

    /// <summary>Evaluates <paramref name="text"/>; <paramref name="resolve"/> gives the value of a name.</summary>
    public static (ulong Value, string? Error) Evaluate(string text, Func<string, (ulong Value, string? Error)> resolve)
    {
        var e = new ConstantExpression(text, resolve);
        try
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return (0, "the define has no value");
            }

            ulong value = e.Or();
            e.SkipBlanks();
            return e._pos == e._text.Length ? (value, null) : (0, $"unexpected '{e._text.Substring(e._pos)}'");
        }
        catch (FormatException ex)
        {
            return (0, ex.Message);
        }
    }

    /// <summary>Resolves names against a set of defines, detecting cycles.</summary>
    public static Func<string, (ulong Value, string? Error)> Resolver(IReadOnlyDictionary<string, string> defines)
    {
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        (ulong, string?) Resolve(string name)
        {
            if (!defines.TryGetValue(name, out string? value))
            {
                return (0, $"'{name}' is not defined");
            }

            if (!visiting.Add(name))
            {
                return (0, $"'{name}' is defined in terms of itself");
            }

            (ulong v, string? error) = Evaluate(value, Resolve);
            visiting.Remove(name);
            return (v, error is null ? null : $"{name}: {error}");
        }

        return Resolve;
    }

    private ulong Or()
    {
        ulong v = Xor();
        while (Accept("|"))
        {
            v |= Xor();
        }

        return v;
    }

    private ulong Xor()
    {
        ulong v = And();
        while (Accept("^"))
        {
            v ^= And();
        }

        return v;
    }

    private ulong And()
    {
        ulong v = Shift();
        while (Peek("&") && !Peek("&&") && Accept("&"))
        {
            v &= Shift();
        }

        return v;
    }

    private ulong Shift()
    {
        ulong v = Additive();
        while (true)
        {
            if (Accept("<<"))
            {
                v <<= (int)Additive();
            }
            else if (Accept(">>"))
            {
                v >>= (int)Additive();
            }
            else
            {
                return v;
            }
        }
    }

    private ulong Additive()
    {
        ulong v = Unary();
        while (true)
        {
            if (Accept("+"))
            {
                v = unchecked(v + Unary());
            }
            else if (Accept("-"))
            {
                v = unchecked(v - Unary());
            }
            else
            {
                return v;
            }
        }
    }

    private ulong Unary()
    {
        if (Accept("~"))
        {
            return ~Unary();
        }

        if (Accept("-"))
        {
            return unchecked(0 - Unary());
        }

        if (Accept("("))
        {
            ulong v = Or();
            if (!Accept(")"))
            {
                throw new FormatException("missing ')'");
            }

            return v;
        }

        return Primary();
    }

    private ulong Primary()
    {
        SkipBlanks();
        int start = _pos;
        if (_pos < _text.Length && Chars.IsAsciiDigit(_text[_pos]))
        {
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            string literal = _text.Substring(start, _pos - start).TrimEnd('u', 'U', 'l', 'L');
            bool ok;
            ulong value;
            if (literal.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                ok = ulong.TryParse(literal.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
            }
            else if (literal.Length > 1 && literal[0] == '0')
            {
                ok = TryParseOctal(literal.Substring(1), out value);
            }
            else
            {
                ok = ulong.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            }

            return ok ? value : throw new FormatException($"'{_text.Substring(start, _pos - start)}' is not a number");
        }

        while (_pos < _text.Length && (Chars.IsAsciiLetter(_text[_pos]) || Chars.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw new FormatException(_pos < _text.Length ? $"unexpected '{_text[_pos]}'" : "the expression ends too early");
        }

        (ulong v, string? error) = _resolve(_text.Substring(start, _pos - start));
        return error is null ? v : throw new FormatException(error);
    }

    private static bool TryParseOctal(string digits, out ulong value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '7')
            {
                return false;
            }

            value = (value * 8) + (ulong)(c - '0');
        }

        return true;
    }

    private bool Peek(string token)
    {
        SkipBlanks();
        return string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0;
    }

    private bool Accept(string token)
    {
        if (!Peek(token))
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private void SkipBlanks()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}
