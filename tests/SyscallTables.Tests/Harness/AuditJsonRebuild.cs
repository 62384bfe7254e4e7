using System.Text;
using System.Text.Json;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// The input rebuilt from <c>interpret --json</c> output exactly as AuditJsonWriter documents it: every record and every
/// other line object in <c>lineNumber</c> order, each as the bytes of <c>lineBase64</c> when present and of
/// <c>line</c> otherwise, followed by a newline unless it is <c>partial</c>. (Also compiled into the CLI tests.)
/// </summary>
internal static class AuditJsonRebuild
{
    /// <summary>Rebuilds the input from JSON Lines; fails when the line numbers are not 1 to N, each once.</summary>
    public static byte[] Input(string jsonLines)
    {
        var lines = new List<(long Number, byte[] Bytes, bool Partial)>();
        foreach (string json in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.TryGetProperty("records", out JsonElement records))
            {
                foreach (JsonElement record in records.EnumerateArray())
                {
                    lines.Add(Line(record));
                }
            }
            else
            {
                lines.Add(Line(root));
            }
        }

        lines.Sort((a, b) => a.Number.CompareTo(b.Number));
        Assert.Equal(Enumerable.Range(1, lines.Count).Select(n => (long)n), lines.Select(l => l.Number));
        var input = new List<byte>();
        foreach ((_, byte[] bytes, bool partial) in lines)
        {
            input.AddRange(bytes);
            if (!partial)
            {
                input.Add((byte)'\n');
            }
        }

        return [.. input];
    }

    /// <summary>The exact bytes of a member that may be invalid UTF-8: <c>NAMEBase64</c> when present, else <c>NAME</c>.</summary>
    public static byte[] Bytes(JsonElement element, string name) =>
        element.TryGetProperty(name + "Base64", out JsonElement base64)
            ? base64.GetBytesFromBase64()
            : Encoding.UTF8.GetBytes(element.GetProperty(name).GetString()!);

    private static (long Number, byte[] Bytes, bool Partial) Line(JsonElement element) =>
        (element.GetProperty("lineNumber").GetInt64(), Bytes(element, "line"),
            element.TryGetProperty("partial", out JsonElement partial) && partial.GetBoolean());
}
