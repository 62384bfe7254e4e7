using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace SyscallTables.Benchmarks;

/// <summary>
/// x86_64 syscall number to name, cycling through <see cref="AuditLogInputs.X86_64SyscallNumbers"/>. Each invocation
/// looks up all 16 numbers, and BenchmarkDotNet divides by 16 (OperationsPerInvoke), so the figures are per lookup and
/// include the loop. Every result is consumed by one dependent memory read (a string's length, or the first byte of
/// libaudit's C string) so that no lookup can be dropped.
/// </summary>
[MemoryDiagnoser]
public unsafe class SyscallNumberToNameBenchmarks
{
    private const int Lookups = 16;

    private readonly int[] _numbers = [.. AuditLogInputs.X86_64SyscallNumbers];
    private Dictionary<int, string> _dictionary = null!;
    private FrozenDictionary<int, string> _frozenDictionary = null!;

    // A field, not a constant, so that the JIT cannot pick the x86_64 table at compile time.
    private AuditArch _arch;
    private int _libauditMachine;

    [GlobalSetup]
    public void Setup()
    {
        if (_numbers.Length != Lookups)
        {
            throw new InvalidOperationException($"OperationsPerInvoke is {Lookups} but there are {_numbers.Length} inputs");
        }

        _arch = AuditArch.X86_64;
        _dictionary = AuditLogInputs.X86_64NamesByNumber();
        _frozenDictionary = _dictionary.ToFrozenDictionary();
    }

    [GlobalSetup(Targets = [nameof(Libaudit_SuppressGCTransition), nameof(Libaudit_PInvoke)])]
    public void SetupLibaudit()
    {
        Setup();
        Libaudit.EnsureAvailable();
        _libauditMachine = Libaudit.X86_64Machine();
        foreach (int number in _numbers)
        {
            string? theirs = Libaudit.ToManaged(Libaudit.SyscallToName(number, _libauditMachine));
            if (theirs != X86_64Syscalls.GetAuditName(number))
            {
                throw new InvalidOperationException($"libaudit names syscall {number} '{theirs}', we name it '{X86_64Syscalls.GetAuditName(number)}'");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int Switch()
    {
        int total = 0;
        foreach (int number in _numbers)
        {
            total += X86_64Syscalls.GetName(number)!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int SwitchUtf8()
    {
        int total = 0;
        foreach (int number in _numbers)
        {
            ReadOnlySpan<byte> name = X86_64Syscalls.GetNameUtf8(number);
            total += name[0];
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int SwitchAuditName()
    {
        int total = 0;
        foreach (int number in _numbers)
        {
            total += X86_64Syscalls.GetAuditName(number)!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Dispatcher()
    {
        int total = 0;
        AuditArch arch = _arch;
        foreach (int number in _numbers)
        {
            total += Syscalls.GetName(arch, number)!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Dictionary()
    {
        int total = 0;
        Dictionary<int, string> dictionary = _dictionary;
        foreach (int number in _numbers)
        {
            dictionary.TryGetValue(number, out string? name);
            total += name!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int FrozenDictionary()
    {
        int total = 0;
        FrozenDictionary<int, string> dictionary = _frozenDictionary;
        foreach (int number in _numbers)
        {
            dictionary.TryGetValue(number, out string? name);
            total += name!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Libaudit_SuppressGCTransition()
    {
        int total = 0;
        int machine = _libauditMachine;
        foreach (int number in _numbers)
        {
            total += *Libaudit.SyscallToName(number, machine);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Libaudit_PInvoke()
    {
        int total = 0;
        int machine = _libauditMachine;
        foreach (int number in _numbers)
        {
            total += *Libaudit.SyscallToNameWithTransition(number, machine);
        }

        return total;
    }
}
