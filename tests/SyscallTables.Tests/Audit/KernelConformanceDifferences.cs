namespace SyscallTables.Tests.Audit;

/// <summary>
/// Why a field of a record the running kernel wrote may be printed differently by us and by <c>ausearch -i</c> in
/// <see cref="KernelConformanceTests"/>. Anything not recognised here fails the test.
/// </summary>
public enum KernelConformanceDifference
{
    /// <summary>
    /// We print the value as the line has it (or, for <c>a0</c>–<c>a3</c>, as plain <c>0x</c> hex) where ausearch
    /// decodes it: the decoder for that field has not been written yet. Allowed only for the field names in
    /// <see cref="KernelConformanceDifferences.NotYetInterpreted"/>, each of which must still show the gap.
    /// </summary>
    NotYetInterpreted,
}

/// <summary>Recognises the differences listed in <see cref="KernelConformanceDifference"/>, and nothing else.</summary>
internal static class KernelConformanceDifferences
{
    /// <summary>
    /// Fields of the child's records that ausearch interprets and the library does not yet. Empty: every field of
    /// both children's records agrees. A name listed here must still show the gap in the x86_64 child's records, or
    /// the test fails until it is removed, so the list only ever shrinks.
    /// </summary>
    public static IReadOnlySet<string> NotYetInterpreted { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Which listed difference explains <paramref name="ours"/> against <paramref name="theirs"/> for field
    /// <paramref name="name"/> whose value the line holds as <paramref name="raw"/> (quotes included), or null.
    /// </summary>
    public static KernelConformanceDifference? Classify(string name, string raw, string ours, string theirs)
    {
        bool oursIsUninterpreted = ours == raw || (name is "a0" or "a1" or "a2" or "a3" && ours == "0x" + raw);
        return oursIsUninterpreted && theirs != ours && NotYetInterpreted.Contains(name)
            ? KernelConformanceDifference.NotYetInterpreted
            : null;
    }
}
