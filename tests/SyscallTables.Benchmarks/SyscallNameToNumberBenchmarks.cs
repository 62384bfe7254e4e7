using System.Collections.Frozen;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace SyscallTables.Benchmarks;

/// <summary>
/// x86_64 syscall name to number, one name per case: a short hit, the longest kernel name, a miss, and an
/// audit-userspace alias. The same name reaches every implementation: as a span of the same string, as UTF-8 bytes made
/// once in setup, or (for libaudit) as a pinned NUL-terminated UTF-8 buffer made once in setup. One call per
/// invocation, so branch prediction is at its best; <see cref="SyscallNameMixToNumberBenchmarks"/> shows a mixed stream.
/// The Search cases look the same names up in ppc64, whose table is searched rather than switched.
/// </summary>
[MemoryDiagnoser]
public unsafe class SyscallNameToNumberBenchmarks
{
    [Params("read", "sched_get_priority_max", "nosuchcall", "pread")]
    public string Name { get; set; } = "read";

    private byte[] _utf8Name = [];
    private byte* _cName;
    private AuditArch _arch;
    private int _libauditMachine;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _frozenDictionary;

    [GlobalSetup]
    public void Setup()
    {
        _arch = AuditArch.X86_64;
        _utf8Name = Encoding.UTF8.GetBytes(Name);
        Dictionary<string, int> numbersByName = AuditLogInputs.X86_64NumbersByName();
        _dictionary = numbersByName.GetAlternateLookup<ReadOnlySpan<char>>();
        _frozenDictionary = numbersByName.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [GlobalSetup(Target = nameof(Libaudit_SuppressGCTransition))]
    public void SetupLibaudit()
    {
        Setup();
        Libaudit.EnsureAvailable();
        _libauditMachine = Libaudit.X86_64Machine();
        _cName = Libaudit.PinnedCString(Name);
        int theirs = Libaudit.NameToSyscall(_cName, _libauditMachine);
        int ours = X86_64Syscalls.TryGetNumber(Name, out int number) ? number : -1;
        if (theirs != ours)
        {
            throw new InvalidOperationException($"libaudit maps '{Name}' to {theirs}, we map it to {ours}");
        }
    }

    [Benchmark(Baseline = true)]
    public int Switch() => X86_64Syscalls.TryGetNumber(Name.AsSpan(), out int number) ? number : -1;

    [Benchmark]
    public int SwitchUtf8() => X86_64Syscalls.TryGetNumber(_utf8Name.AsSpan(), out int number) ? number : -1;

    // The same names in a table built with NameLookup="Search" (a binary search over a sorted UTF-8 index): what the
    // smaller binary costs per lookup. ppc64 has read, sched_get_priority_max and pread too.
    [Benchmark]
    public int SearchPpc64() => Ppc64Syscalls.TryGetNumber(Name.AsSpan(), out int number) ? number : -1;

    [Benchmark]
    public int SearchPpc64Utf8() => Ppc64Syscalls.TryGetNumber(_utf8Name.AsSpan(), out int number) ? number : -1;

    [Benchmark]
    public int Dispatcher() => Syscalls.TryGetNumber(_arch, Name.AsSpan(), out int number) ? number : -1;

    [Benchmark]
    public int Dictionary() => _dictionary.TryGetValue(Name.AsSpan(), out int number) ? number : -1;

    [Benchmark]
    public int FrozenDictionary() => _frozenDictionary.TryGetValue(Name.AsSpan(), out int number) ? number : -1;

    [Benchmark]
    public int Libaudit_SuppressGCTransition() => Libaudit.NameToSyscall(_cName, _libauditMachine);
}
