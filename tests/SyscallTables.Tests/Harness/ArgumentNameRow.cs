namespace SyscallTables.Tests.Harness;

/// <summary>
/// A row of tables/argument-names.txt: the decoder group, the kernel macro, and its position in the group (the
/// index the generated <c>ArgumentConstants.&lt;Group&gt;.Values(arch)</c> holds its value at).
/// </summary>
internal sealed record ArgumentNameRow(string Group, string Macro, int Index, int Line)
{
    public static IReadOnlyList<ArgumentNameRow> All { get; } = Read(RepositoryLayout.Table("argument-names.txt"));

    private static List<ArgumentNameRow> Read(string path)
    {
        var rows = new List<ArgumentNameRow>();
        var groupSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string[] fields = (hash < 0 ? line : line[..hash]).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            groupSizes.TryGetValue(fields[0], out int index);
            groupSizes[fields[0]] = index + 1;
            rows.Add(new ArgumentNameRow(fields[0], fields[1], index, lineNumber));
        }

        return rows;
    }
}
