using System.Collections.Frozen;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace SyscallTables.Benchmarks;

/// <summary>
/// x86_64 syscall name to number over a mixed stream: the 16 names of <see cref="AuditLogInputs.X86_64SyscallNumbers"/>
/// in turn, all hits, lengths 4 to 8, so that the lookups cannot lean on one well-predicted path. Figures are per lookup
/// (OperationsPerInvoke = 16) and include the loop. Inputs are made once in setup: strings, UTF-8 arrays, and pinned
/// NUL-terminated UTF-8 buffers for libaudit.
/// </summary>
[MemoryDiagnoser]
public unsafe class SyscallNameMixToNumberBenchmarks
{
    private const int Lookups = 16;

    private string[] _names = [];
    private byte[][] _utf8Names = [];
    private nint[] _cNames = [];
    private int _libauditMachine;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _frozenDictionary;

    [GlobalSetup]
    public void Setup()
    {
        _names = AuditLogInputs.X86_64SyscallNames();
        if (_names.Length != Lookups)
        {
            throw new InvalidOperationException($"OperationsPerInvoke is {Lookups} but there are {_names.Length} inputs");
        }

        _utf8Names = Array.ConvertAll(_names, Encoding.UTF8.GetBytes);
        Dictionary<string, int> numbersByName = AuditLogInputs.X86_64NumbersByName();
        _dictionary = numbersByName.GetAlternateLookup<ReadOnlySpan<char>>();
        _frozenDictionary = numbersByName.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [GlobalSetup(Targets = [nameof(Libaudit_SuppressGCTransition), nameof(Libaudit_PInvoke)])]
    public void SetupLibaudit()
    {
        Setup();
        Libaudit.EnsureAvailable();
        _libauditMachine = Libaudit.X86_64Machine();
        _cNames = Array.ConvertAll(_names, name => (nint)Libaudit.PinnedCString(name));
        for (int i = 0; i < _names.Length; i++)
        {
            int theirs = Libaudit.NameToSyscall((byte*)_cNames[i], _libauditMachine);
            if (theirs != AuditLogInputs.X86_64SyscallNumbers[i])
            {
                throw new InvalidOperationException($"libaudit maps '{_names[i]}' to {theirs}, not {AuditLogInputs.X86_64SyscallNumbers[i]}");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int Switch()
    {
        int total = 0;
        foreach (string name in _names)
        {
            X86_64Syscalls.TryGetNumber(name.AsSpan(), out int number);
            total += number;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int SwitchUtf8()
    {
        int total = 0;
        foreach (byte[] name in _utf8Names)
        {
            X86_64Syscalls.TryGetNumber(name.AsSpan(), out int number);
            total += number;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Dictionary()
    {
        int total = 0;
        var dictionary = _dictionary;
        foreach (string name in _names)
        {
            dictionary.TryGetValue(name.AsSpan(), out int number);
            total += number;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int FrozenDictionary()
    {
        int total = 0;
        var dictionary = _frozenDictionary;
        foreach (string name in _names)
        {
            dictionary.TryGetValue(name.AsSpan(), out int number);
            total += number;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Libaudit_SuppressGCTransition()
    {
        int total = 0;
        int machine = _libauditMachine;
        foreach (nint name in _cNames)
        {
            total += Libaudit.NameToSyscall((byte*)name, machine);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Libaudit_PInvoke()
    {
        int total = 0;
        int machine = _libauditMachine;
        foreach (nint name in _cNames)
        {
            total += Libaudit.NameToSyscallWithTransition((byte*)name, machine);
        }

        return total;
    }
}
