using System;
using System.Collections.Generic;
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
        : this(path, line, severity, severity == RuleFindingSeverity.Error ? RuleFindingIds.Syntax : RuleFindingIds.Reading, message, [])
    {
    }

    /// <summary>Creates a finding of a given check.</summary>
    /// <param name="path">The rules file as the user named it.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="severity">Error when auditctl rejects the line.</param>
    /// <param name="id">Which check found it (<see cref="RuleFindingIds"/>).</param>
    /// <param name="message">What is wrong and what to write instead.</param>
    /// <param name="values">The values the message names, in the order <see cref="RuleFindingIds"/> gives for <paramref name="id"/>.</param>
    public RuleFinding(string path, int line, RuleFindingSeverity severity, string id, string message, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(values);
        Path = path;
        Line = line;
        Severity = severity;
        Id = id;
        Message = message;
        Values = values;
    }

    /// <summary>The rules file as the user named it.</summary>
    public string Path { get; }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    /// <summary>Error when auditctl rejects the line, warning otherwise.</summary>
    public RuleFindingSeverity Severity { get; }

    /// <summary>Which check found it: one of <see cref="RuleFindingIds"/>.</summary>
    public string Id { get; }

    /// <summary>What is wrong and what to write instead.</summary>
    public string Message { get; }

    /// <summary>The values the message names, for a caller that words its own hint (see <see cref="RuleFindingIds"/>).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The compiler-style form <c>file:line: error|warning: message</c>.</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Path}:{Line}: {(Severity == RuleFindingSeverity.Error ? "error" : "warning")}: {Message}");
}
