using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SyscallTables.Generators.Emitting;

/// <summary>
/// Writes the three shapes of lookup every generated table needs, each chosen by measurement
/// (tests/SyscallTables.Benchmarks):
/// <list type="bullet">
/// <item>number to string: an array indexed by <c>number - min</c> where the numbers are dense (a bounds check
/// and a load, no indirect jump to mispredict); a switch where they are sparse;</item>
/// <item>number to UTF-8: one <c>u8</c> literal holding every name and a table of offsets into it, both
/// compiled into the assembly's data (no allocation, no type initialiser);</item>
/// <item>name to number: a switch on the length, then one small switch per length. One switch over hundreds of
/// strings compiles into a single huge method whose stack frame the JIT zeroes on every call (measured at
/// 35-80 ns); split by length, each method stays small and the lookup costs a few nanoseconds.</item>
/// </list>
/// </summary>
internal static class LookupWriter
{
    /// <summary>A table is dense enough for arrays when its number range is at most this many times its size.</summary>
    private const int DensityFactor = 4;

    public static bool IsDense<T>(IReadOnlyList<(int Number, T Value)> entries)
        => entries.Count > 0 && (long)entries[entries.Count - 1].Number - entries[0].Number + 1 <= ((long)entries.Count * DensityFactor) + 64;

    /// <summary>
    /// <c>{signature} =&gt; value of number, or null</c>. <paramref name="entries"/> are sorted by number;
    /// <paramref name="fieldName"/> names the array when one is used.
    /// </summary>
    public static void NumberToString(SourceWriter w, string signature, string fieldName, IReadOnlyList<(int Number, string Value)> entries)
    {
        if (!IsDense(entries))
        {
            StringSwitch(w, signature, entries, "null");
            return;
        }

        int min = entries[0].Number;
        w.Open(signature);
        w.Line($"string?[] values = {fieldName};");
        w.Line(IndexOf(min));
        w.Line("return index < (uint)values.Length ? values[index] : null;");
        w.Close();
        w.Line();
        w.Line($"private static readonly string?[] {fieldName} = new string?[]");
        w.Line("{");
        var byNumber = entries.ToDictionary(e => e.Number, e => e.Value);
        int max = entries[entries.Count - 1].Number;
        for (long n = min; n <= max; n++)
        {
            w.Line("    " + (byNumber.TryGetValue((int)n, out string? v) ? SourceWriter.Literal(v) : "null") + ",");
        }

        w.Line("};");
    }

    /// <summary><c>{signature} =&gt; UTF-8 of number's value, or an empty span</c>, over one byte blob and its offsets.</summary>
    public static void NumberToUtf8(SourceWriter w, string signature, string blobName, IReadOnlyList<(int Number, string Value)> entries)
    {
        if (!IsDense(entries))
        {
            Utf8Switch(w, signature, entries, "default");
            return;
        }

        int min = entries[0].Number;
        int max = entries[entries.Count - 1].Number;
        var byNumber = entries.ToDictionary(e => e.Number, e => e.Value);
        var blob = new StringBuilder();
        var starts = new List<int>();
        int bytes = 0;
        for (long n = min; n <= max; n++)
        {
            starts.Add(bytes);
            if (byNumber.TryGetValue((int)n, out string? v))
            {
                blob.Append(v);
                bytes += Encoding.UTF8.GetByteCount(v);
            }
        }

        starts.Add(bytes);
        string offsetType = starts[starts.Count - 1] <= ushort.MaxValue ? "ushort" : "int";

        w.Open(signature);
        w.Line($"{offsetType}[] starts = s_{Camel(blobName)}Starts;");
        w.Line(IndexOf(min));
        w.Open("if (index >= (uint)(starts.Length - 1))");
        w.Line("return default;");
        w.Close();
        w.Line();
        w.Line("int start = starts[index];");
        w.Line($"return {blobName}.Slice(start, starts[index + 1] - start);");
        w.Close();
        w.Line();
        w.Line($"// Every value back to back; s_{Camel(blobName)}Starts[i] is where the value of number {N(min)} + i begins.");
        w.Line($"private static global::System.ReadOnlySpan<byte> {blobName} => {SourceWriter.Literal(blob.ToString())}u8;");
        w.Line();
        // A static array, not a ReadOnlySpan<ushort> property over constants: without optimisation (Debug builds)
        // the compiler makes that property allocate a new array on every call.
        StaticArray(w, offsetType, $"s_{Camel(blobName)}Starts", starts);
    }

    /// <summary>
    /// <c>{signature} =&gt; the value of number where <paramref name="overrides"/> has one, else <paramref name="fallback"/></c>:
    /// for a second name that differs from the first for a handful of numbers (audit-userspace's names), a switch
    /// over those few instead of a second copy of the whole table.
    /// </summary>
    public static void NumberToStringOverrides(SourceWriter w, string signature, IReadOnlyList<(int Number, string Value)> overrides, string fallback)
        => StringSwitch(w, signature, overrides, fallback);

    /// <summary>The UTF-8 form of <see cref="NumberToStringOverrides"/>.</summary>
    public static void NumberToUtf8Overrides(SourceWriter w, string signature, IReadOnlyList<(int Number, string Value)> overrides, string fallback)
        => Utf8Switch(w, signature, overrides, fallback);

    /// <summary>
    /// The body of a name lookup: assigns <c>number</c> from <paramref name="parameter"/>, or <paramref name="miss"/>,
    /// through a switch on the length and one helper method per length (written by <see cref="NameToNumberHelpers"/>).
    /// </summary>
    public static void NameToNumberBody(SourceWriter w, string parameter, string helperPrefix, IReadOnlyList<(string Name, int Number)> entries, int miss)
    {
        w.Line($"number = {parameter}.Length switch");
        w.Line("{");
        foreach (int length in entries.Select(e => e.Name.Length).Distinct().OrderBy(l => l))
        {
            w.Line($"    {N(length)} => {helperPrefix}{N(length)}({parameter}),");
        }

        w.Line($"    _ => {N(miss)},");
        w.Line("};");
    }

    /// <summary>The per-length helpers <see cref="NameToNumberBody"/> calls.</summary>
    public static void NameToNumberHelpers(SourceWriter w, string helperPrefix, IReadOnlyList<(string Name, int Number)> entries, int miss)
    {
        foreach (var group in entries.GroupBy(e => e.Name.Length).OrderBy(g => g.Key))
        {
            w.Line();
            w.Line($"private static int {helperPrefix}{N(group.Key)}(global::System.ReadOnlySpan<char> name) => name switch");
            w.Line("{");
            foreach (var (name, number) in group.OrderBy(e => e.Name, System.StringComparer.Ordinal))
            {
                w.Line($"    {SourceWriter.Literal(name)} => {N(number)},");
            }

            w.Line($"    _ => {N(miss)},");
            w.Line("};");
        }
    }

    /// <summary>
    /// Name to number as data: <paramref name="entries"/> sorted ordinally into one UTF-8 blob with its offsets and
    /// numbers, and <c>{prefix}(ReadOnlySpan&lt;char&gt;)</c> / <c>{prefix}(ReadOnlySpan&lt;byte&gt;)</c> that binary-search it
    /// and return the number or <paramref name="miss"/>. Names are ASCII, so ordinal order is the same over chars and
    /// bytes, and a char is compared with a byte by value: no transcoding, no allocation. A char above 0x7F sorts
    /// after every name byte and so can only miss.
    /// </summary>
    public static void NameSearch(SourceWriter w, string prefix, IReadOnlyList<(string Name, int Number)> entries, int miss, bool utf8 = true)
    {
        var sorted = entries.OrderBy(e => e.Name, System.StringComparer.Ordinal).ToList();
        var starts = new List<int>();
        int bytes = 0;
        foreach (var (name, _) in sorted)
        {
            starts.Add(bytes);
            bytes += Encoding.UTF8.GetByteCount(name);
        }

        starts.Add(bytes);
        string offsetType = bytes <= ushort.MaxValue ? "ushort" : "int";
        string blob = prefix + "SortedNames";
        string startsField = $"s_{Camel(prefix)}SortedStarts";
        string numbersField = $"s_{Camel(prefix)}SortedNumbers";
        string[] nameTypes = utf8 ? ["char", "byte"] : ["char"];

        foreach (string nameType in nameTypes)
        {
            w.Line();
            w.Open($"private static int {prefix}(global::System.ReadOnlySpan<{nameType}> name)");
            w.Line($"{offsetType}[] starts = {startsField};");
            w.Line("int low = 0;");
            w.Line($"int high = {numbersField}.Length - 1;");
            w.Open("while (low <= high)");
            w.Line("int middle = (int)((uint)(low + high) >> 1);");
            w.Line("int start = starts[middle];");
            w.Line($"int order = {prefix}Compare(name, {blob}.Slice(start, starts[middle + 1] - start));");
            w.Open("if (order == 0)");
            w.Line($"return {numbersField}[middle];");
            w.Close();
            w.Line();
            w.Open("if (order < 0)");
            w.Line("high = middle - 1;");
            w.Close();
            w.Open("else");
            w.Line("low = middle + 1;");
            w.Close();
            w.Close();
            w.Line();
            w.Line($"return {N(miss)};");
            w.Close();
        }

        // A loop rather than SequenceCompareTo for the bytes too: names are short, and the call and its vector set-up
        // cost more per probe than the loop (measured: 20 ns against 11-14 ns a lookup).
        foreach (string nameType in nameTypes)
        {
            w.Line();
            w.Open($"private static int {prefix}Compare(global::System.ReadOnlySpan<{nameType}> name, global::System.ReadOnlySpan<byte> key)");
            w.Line("int common = name.Length < key.Length ? name.Length : key.Length;");
            w.Open("for (int i = 0; i < common; i++)");
            w.Line("int difference = name[i] - key[i];");
            w.Open("if (difference != 0)");
            w.Line("return difference;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return name.Length - key.Length;");
            w.Close();
        }

        w.Line();
        w.Line($"// Every name, sorted ordinally, back to back; {startsField}[i] is where the i-th begins, {numbersField}[i] its number.");
        w.Line($"private static global::System.ReadOnlySpan<byte> {blob} => {SourceWriter.Literal(string.Concat(sorted.Select(e => e.Name)))}u8;");
        w.Line();
        StaticArray(w, offsetType, startsField, starts);
        w.Line();
        StaticArray(w, "int", numbersField, sorted.Select(e => e.Number));
    }

    /// <summary>A public <c>Numbers</c> span over a static array of <paramref name="numbers"/>.</summary>
    public static void Numbers(SourceWriter w, string summary, IEnumerable<int> numbers)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.Line("public static global::System.ReadOnlySpan<int> Numbers => s_numbers;");
        w.Line();
        w.Line("// A static array: a span property over constants would allocate on every call in Debug builds.");
        StaticArray(w, "int", "s_numbers", numbers);
    }

    private static void StringSwitch(SourceWriter w, string signature, IReadOnlyList<(int Number, string Value)> entries, string fallback)
    {
        w.Line($"{signature} => number switch");
        w.Line("{");
        foreach (var (number, value) in entries)
        {
            w.Line($"    {N(number)} => {SourceWriter.Literal(value)},");
        }

        w.Line($"    _ => {fallback},");
        w.Line("};");
    }

    private static void Utf8Switch(SourceWriter w, string signature, IReadOnlyList<(int Number, string Value)> entries, string fallback)
    {
        w.Open(signature);
        w.Open("switch (number)");
        foreach (var (number, value) in entries)
        {
            w.Line($"case {N(number)}: return {SourceWriter.Literal(value)}u8;");
        }

        w.Line($"default: return {fallback};");
        w.Close();
        w.Close();
    }

    /// <summary><c>private static readonly {type}[] {field}</c> holding <paramref name="values"/>, sixteen to a line.</summary>
    public static void StaticArray(SourceWriter w, string type, string field, IEnumerable<int> values)
    {
        w.Line($"private static readonly {type}[] {field} = new {type}[]");
        w.Line("{");
        foreach (var chunk in values.Select((v, i) => (v, i)).GroupBy(x => x.i / 16))
        {
            w.Line("    " + string.Join(", ", chunk.Select(x => N(x.v))) + ",");
        }

        w.Line("};");
    }

    private static string IndexOf(int min)
        => min == 0 ? "uint index = unchecked((uint)number);" : $"uint index = unchecked((uint)(number - {N(min)}));";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
