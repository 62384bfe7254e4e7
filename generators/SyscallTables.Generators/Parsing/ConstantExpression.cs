using System;
using System.Collections.Generic;
using System.Globalization;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>
/// Evaluates the integer constant expressions kernel headers use for their defines
/// (<c>(EM_X86_64|__AUDIT_ARCH_64BIT|__AUDIT_ARCH_LE)</c>, <c>0x40000000</c>, <c>(1 &lt;&lt; 3)</c>):
/// decimal, hex, octal and character literals with optional U/L suffixes, names of other defines, calls of
/// function-like macros (<c>_IOR('t', 19, int)</c>, expanded as the preprocessor would), <c>sizeof</c> of the basic
/// types whose size every Linux ABI agrees on (<c>int</c> is 4 bytes, <c>char</c> 1) and of other types through a
/// <c>__SIZEOF_STRUCT_TERMIOS__</c>-style define, parentheses, and the operators <c>~ - | ^ &amp; &lt;&lt; &gt;&gt; + -</c>.
/// Anything else is an error with a reason, never an exception.
/// </summary>
internal sealed class ConstantExpression
{
    // Macro calls nest a few levels in the kernel's headers (_IOR -> _IOC, _IOC_TYPECHECK); a deeper nesting is a cycle.
    private const int MaxMacroDepth = 16;

    private readonly Func<string, (ulong Value, string? Error)> _resolve;
    private readonly Func<string, FunctionMacro?> _macro;
    private readonly int _depth;
    private readonly string _text;
    private int _pos;

    private ConstantExpression(string text, Func<string, (ulong Value, string? Error)> resolve, Func<string, FunctionMacro?> macro, int depth)
    {
        _text = text;
        _resolve = resolve;
        _macro = macro;
        _depth = depth;
    }

    /// <summary>
    /// Evaluates <paramref name="text"/>; <paramref name="resolve"/> gives the value of a name, <paramref name="macro"/>
    /// a function-like macro by name (none when omitted).
    /// </summary>
    public static (ulong Value, string? Error) Evaluate(string text, Func<string, (ulong Value, string? Error)> resolve, Func<string, FunctionMacro?>? macro = null)
        => Evaluate(text, resolve, macro ?? (_ => null), 0);

    private static (ulong Value, string? Error) Evaluate(string text, Func<string, (ulong Value, string? Error)> resolve, Func<string, FunctionMacro?> macro, int depth)
    {
        var e = new ConstantExpression(text, resolve, macro, depth);
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

    /// <summary>Resolves names against a set of defines (and function-like <paramref name="macros"/>), detecting cycles.</summary>
    public static Func<string, (ulong Value, string? Error)> Resolver(IReadOnlyDictionary<string, string> defines, IReadOnlyDictionary<string, FunctionMacro>? macros = null)
    {
        Func<string, FunctionMacro?> macro = name => macros is not null && macros.TryGetValue(name, out FunctionMacro? m) ? m : null;
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

            (ulong v, string? error) = Evaluate(value, Resolve, macro);
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

        if (_pos < _text.Length && _text[_pos] == '\'')
        {
            return CharacterLiteral();
        }

        while (_pos < _text.Length && (Chars.IsAsciiLetter(_text[_pos]) || Chars.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw new FormatException(_pos < _text.Length ? $"unexpected '{_text[_pos]}'" : "the expression ends too early");
        }

        string name = _text.Substring(start, _pos - start);
        if (name == "sizeof")
        {
            return SizeOf(ParenthesizedArguments()[0]);
        }

        if (_macro(name) is { } macro && Peek("("))
        {
            return Expand(macro, ParenthesizedArguments());
        }

        (ulong v, string? error) = _resolve(name);
        return error is null ? v : throw new FormatException(error);
    }

    // 't' (the ioctl type letters); the escapes a header might use for one byte.
    private ulong CharacterLiteral()
    {
        int end = _text.IndexOf('\'', _pos + 1);
        string body = end > _pos ? _text.Substring(_pos + 1, end - _pos - 1) : string.Empty;
        ulong? value = body.Length == 1 && body[0] < 128 ? body[0]
            : body switch { "\\\\" => '\\', "\\0" => 0, "\\n" => '\n', "\\t" => '\t', _ => null };
        if (value is null)
        {
            throw new FormatException($"'{(end > _pos ? _text.Substring(_pos, end - _pos + 1) : _text.Substring(_pos))}' is not a character constant this evaluator reads");
        }

        _pos = end + 1;
        return value.Value;
    }

    // Sizes every Linux ABI agrees on. Any other type's size is the arch's own: the generator does not lay out structs,
    // so it takes __SIZEOF_STRUCT_TERMIOS__ and the like (GCC's spelling for __SIZEOF_INT__) from the arch's headers.
    private ulong SizeOf(string type)
    {
        string normalized = string.Join(" ", type.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        switch (normalized)
        {
            case "char" or "unsigned char" or "signed char" or "__u8":
                return 1;
            case "short" or "unsigned short" or "__u16":
                return 2;
            case "int" or "unsigned int" or "unsigned" or "__u32" or "__s32":
                return 4;
            case "__u64" or "__s64" or "long long" or "unsigned long long":
                return 8;
            case "struct winsize":
                return 8; // four unsigned shorts on every arch (asm-generic/termios.h and each arch's own termios.h)
        }

        string name = "__SIZEOF_" + normalized.ToUpperInvariant().Replace(' ', '_') + "__";
        (ulong size, string? error) = _resolve(name);
        return error is null ? size
            : throw new FormatException($"sizeof({normalized}) is not known (the generator knows C's basic types; define {name} in the arch's argument headers)");
    }

    // The text between the parentheses that follow, split at its top-level commas.
    private List<string> ParenthesizedArguments()
    {
        if (!Accept("("))
        {
            throw new FormatException("missing '('");
        }

        var arguments = new List<string>();
        int depth = 0, from = _pos;
        for (; _pos < _text.Length; _pos++)
        {
            char c = _text[_pos];
            if (c == '\'')
            {
                int end = _text.IndexOf('\'', _pos + 1);
                _pos = end < 0 ? _text.Length - 1 : end;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == ')' || (c == ',' && depth == 0))
            {
                arguments.Add(_text.Substring(from, _pos - from).Trim());
                from = _pos + 1;
                if (c == ')')
                {
                    _pos++;
                    return arguments;
                }
            }
        }

        throw new FormatException("missing ')'");
    }

    // Substitutes the arguments for the parameters in the body, token by token, and evaluates the result.
    private ulong Expand(FunctionMacro macro, List<string> arguments)
    {
        if (arguments.Count != macro.Parameters.Count && !(macro.Parameters.Count == 0 && arguments is [""]))
        {
            throw new FormatException($"{macro.Name} takes {macro.Parameters.Count} arguments, not {arguments.Count}");
        }

        if (_depth >= MaxMacroDepth)
        {
            throw new FormatException($"{macro.Name} expands too deeply");
        }

        var body = new System.Text.StringBuilder(macro.Body.Length * 2);
        for (int i = 0; i < macro.Body.Length;)
        {
            char c = macro.Body[i];
            if (Chars.IsAsciiLetter(c) || c == '_')
            {
                int start = i;
                while (i < macro.Body.Length && (Chars.IsAsciiLetter(macro.Body[i]) || Chars.IsAsciiDigit(macro.Body[i]) || macro.Body[i] == '_'))
                {
                    i++;
                }

                string token = macro.Body.Substring(start, i - start);
                int parameter = macro.Parameters.AsImmutableArray().IndexOf(token);
                body.Append(parameter >= 0 ? arguments[parameter] : token);
            }
            else
            {
                body.Append(c);
                i++;
            }
        }

        (ulong value, string? error) = Evaluate(body.ToString(), _resolve, _macro, _depth + 1);
        return error is null ? value : throw new FormatException($"{macro.Name}(...): {error}");
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
