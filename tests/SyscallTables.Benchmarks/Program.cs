using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using SyscallTables.Benchmarks;

IConfig config = DefaultConfig.Instance;
if (Libaudit.UnavailableReason is { } reason)
{
    // The comparison with libaudit is the point of several tables, so say loudly that it is missing rather than
    // letting the run fail or quietly show only our side.
    Console.WriteLine($"SKIPPING the libaudit benchmarks: {reason}.");
    config = config.AddFilter(new SimpleFilter(benchmark =>
        !benchmark.Descriptor.WorkloadMethod.Name.Contains("Libaudit", StringComparison.Ordinal)));
}

if (AuditCorpusRecords.UnavailableReason is { } corpusReason)
{
    Console.WriteLine($"SKIPPING the audit log benchmarks: {corpusReason}.");
    config = config.AddFilter(new SimpleFilter(benchmark =>
        benchmark.Descriptor.Type != typeof(AuditInterpretBenchmarks)));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
