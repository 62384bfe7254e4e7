using System;
using System.Globalization;

namespace SyscallTables.Rules;

/// <summary>How serious a <see cref="RuleFinding"/> is.</summary>
public enum RuleFindingSeverity
{
    /// <summary>auditctl accepts the line, but it does not do what it seems to, or only works on some hosts or versions.</summary>
    Warning,

    /// <summary>auditctl rejects the line (and <c>auditctl -R</c> stops loading there unless <c>-c</c> or <c>-i</c> is given).</summary>
    Error,
}

/// <summary>One thing <see cref="RuleLinter"/> found on a line of an audit rules file.</summary>
public sealed class RuleFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="path">The rules file as the user named it.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="severity">Error when auditctl rejects the line.</param>
    /// <param name="message">What is wrong and what to write instead.</param>
    public RuleFinding(string path, int line, RuleFindingSeverity severity, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        Path = path;
        Line = line;
        Severity = severity;
        Message = message;
    }

    /// <summary>The rules file as the user named it.</summary>
    public string Path { get; }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    /// <summary>Error when auditctl rejects the line, warning otherwise.</summary>
    public RuleFindingSeverity Severity { get; }

    /// <summary>What is wrong and what to write instead.</summary>
    public string Message { get; }

    /// <summary>The compiler-style form <c>file:line: error|warning: message</c>.</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Path}:{Line}: {(Severity == RuleFindingSeverity.Error ? "error" : "warning")}: {Message}");
}
