using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SyscallTables.Generators.Combining;
using SyscallTables.Generators.Emitting;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators;

/// <summary>
/// Reads kernel-format tables handed over as AdditionalFiles (see build/SyscallTables.Generators.props) and emits
/// allocation-free lookups (arrays by number, length-split switches by name): one <c>{Arch}Syscalls</c> per arch, <c>Errnos</c>, <c>AuditArch</c> and a <c>Syscalls</c>
/// dispatcher over <c>AuditArch</c>.
/// </summary>
/// <remarks>
/// Pipeline: each file is parsed on its own into equatable models (<see cref="TrackingNames.ParseInputs"/>); the
/// tables are then grouped per arch (<see cref="TrackingNames.ArchModels"/>), so that editing one arch's table
/// re-emits only that arch. Errno and audit-arch headers are combined into one model each.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class SyscallTableGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<string> ns = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GetNamespace(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Namespace);

        IncrementalValuesProvider<ParsedInput> inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => InputParser.Parse(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.ParseInputs);

        // Problems inside a single file are reported from that file's own step, so they stay cached with it.
        context.RegisterSourceOutput(
            inputs.Where(static input => input.Diagnostics.Count > 0).Select(static (input, _) => input.Diagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        // A table declared by item metadata arrives whole; one declared by an arches file arrives once per arch that reads it.
        IncrementalValueProvider<DeclaredTables> declaredTables = inputs
            .Where(static input => input.Table is not null)
            .Select(static (input, _) => input.Table!)
            .Collect()
            .Combine(inputs.Where(static input => input.KernelTable is not null).Select(static (input, _) => input.KernelTable!).Collect())
            .Combine(inputs.Where(static input => input.Kind == InputKind.SyscallArches).SelectMany(static (input, _) => input.Arches.AsImmutableArray()).Collect())
            .Select(static (pair, _) => Safely("reading the arches files", () => ArchListBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right), diagnostics => new DeclaredTables(EquatableArray<SyscallTableFile>.Empty, diagnostics)));

        context.RegisterSourceOutput(declaredTables.Select(static (declared, _) => declared.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        IncrementalValueProvider<ImmutableArray<SyscallTableFile>> tables = declaredTables
            .Select(static (declared, _) => declared.Tables.AsImmutableArray())
            .WithTrackingName(TrackingNames.SyscallTables);

        IncrementalValueProvider<ImmutableArray<AuditNameRow>> auditNames = inputs
            .Where(static input => input.Kind == InputKind.AuditNames)
            .SelectMany(static (input, _) => input.AuditNames.AsImmutableArray())
            .Collect()
            .WithTrackingName(TrackingNames.AuditNames);

        IncrementalValuesProvider<SyscallArchModel> archModels = tables
            .Combine(auditNames)
            .Combine(ns)
            .SelectMany(static (pair, _) => Safely(
                "combining the syscall tables",
                () => ArchModelBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right),
                diagnostics => ImmutableArray.Create(new SyscallArchModel(pair.Right, string.Empty, string.Empty, EquatableArray<string>.Empty, SourceLocation.File(string.Empty), EquatableArray<SyscallEntry>.Empty, diagnostics))))
            .WithTrackingName(TrackingNames.ArchModels);

        context.RegisterSourceOutput(archModels, static (spc, model) =>
        {
            Report(spc, model.Diagnostics);
            if (model.Arch.Length > 0)
            {
                spc.AddSource(SyscallTableEmitter.HintName(model), SyscallTableEmitter.Emit(model));
            }
        });

        IncrementalValueProvider<ErrnoModel?> errno = inputs
            .Where(static input => input.ErrnoHeader is not null)
            .Select(static (input, _) => input.ErrnoHeader!)
            .Collect()
            .Combine(inputs.Where(static input => input.Kind == InputKind.ErrnoMessages).SelectMany(static (input, _) => input.Messages.AsImmutableArray()).Collect())
            .Combine(ns)
            .Select(static (pair, _) => Safely("reading the errno headers", () => ErrnoModelBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right), diagnostics => new ErrnoModel(pair.Right, EquatableArray<ErrnoEntry>.Empty, diagnostics)))
            .WithTrackingName(TrackingNames.ErrnoModel);

        context.RegisterSourceOutput(errno, static (spc, model) =>
        {
            if (model is not null)
            {
                Report(spc, model.Diagnostics);
                if (model.Entries.Count > 0)
                {
                    spc.AddSource(ErrnoEmitter.HintName, ErrnoEmitter.Emit(model));
                }
            }
        });

        IncrementalValueProvider<AuditArchModel?> auditArch = inputs
            .Where(static input => input.Kind == InputKind.AuditHeader && input.Defines is not null)
            .Select(static (input, _) => input.Defines!)
            .Collect()
            .Combine(ns)
            .Select(static (pair, _) => Safely("reading the audit headers", () => AuditArchModelBuilder.Build(pair.Left, pair.Right), diagnostics => new AuditArchModel(pair.Right, EquatableArray<AuditArchEntry>.Empty, diagnostics)))
            .WithTrackingName(TrackingNames.AuditArchModel);

        context.RegisterSourceOutput(auditArch, static (spc, model) =>
        {
            if (model is not null)
            {
                Report(spc, model.Diagnostics);
                if (model.Entries.Count > 0)
                {
                    spc.AddSource(AuditArchEmitter.HintName, AuditArchEmitter.Emit(model));
                }
            }
        });

        context.RegisterSourceOutput(
            inputs.Where(static input => input.Kind == InputKind.AuditHeader && input.Defines is not null).Select(static (input, _) => input.Defines!).Collect()
                .Combine(ns)
                .Select(static (pair, _) => AuditRecordTypeModelBuilder.Build(pair.Left, pair.Right)),
            static (spc, model) =>
            {
                if (model is not null)
                {
                    spc.AddSource(AuditRecordTypesEmitter.HintName, AuditRecordTypesEmitter.Emit(model));
                }
            });

        // Which table serves which audit arch: all the dispatcher and the argument constants need of the tables, so
        // editing a table's rows leaves both cached.
        IncrementalValueProvider<ImmutableArray<DispatchEntry>> auditArchTables = archModels
            .Where(static model => model.Arch.Length > 0)
            .SelectMany(static (model, _) => model.AuditArch.Split([' '], StringSplitOptions.RemoveEmptyEntries).Select(auditArch => new DispatchEntry(model.Arch, auditArch, model.Location)))
            .Collect();

        IncrementalValueProvider<ArgumentConstantsModel?> argumentConstants = inputs
            .Where(static input => input.ArgumentHeader is not null)
            .Select(static (input, _) => input.ArgumentHeader!)
            .Collect()
            .Combine(inputs.Where(static input => input.Kind == InputKind.ArgumentNames).SelectMany(static (input, _) => input.ArgumentNames.AsImmutableArray()).Collect())
            .Combine(auditArchTables)
            .Combine(ns)
            .Select(static (pair, _) => Safely(
                "reading the argument headers",
                () => ArgumentConstantsBuilder.Build(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right.Select(e => e.AuditArch).ToImmutableArray(), pair.Right),
                diagnostics => new ArgumentConstantsModel(pair.Right, EquatableArray<HeaderSet>.Empty, EquatableArray<ArgumentGroup>.Empty, diagnostics)))
            .WithTrackingName(TrackingNames.ArgumentConstantsModel);

        context.RegisterSourceOutput(argumentConstants, static (spc, model) =>
        {
            if (model is not null)
            {
                Report(spc, model.Diagnostics);
                if (model.Groups.Count > 0)
                {
                    spc.AddSource(ArgumentConstantsEmitter.HintName, ArgumentConstantsEmitter.Emit(model));
                }
            }
        });

        AuditFieldsPipeline.Register(context, inputs, ns);

        IncrementalValueProvider<DispatchModel?> dispatch = auditArchTables
            .Combine(auditArch.Select(static (model, _) => model is null || model.Entries.Count == 0 ? (EquatableArray<string>?)null : model.Entries.Select(e => e.Member).ToEquatableArray()))
            .Combine(ns)
            .Select(static (pair, _) => Safely("building the Syscalls dispatcher", () => BuildDispatch(pair.Left.Left, pair.Left.Right, pair.Right), diagnostics => new DispatchModel(pair.Right, EquatableArray<DispatchEntry>.Empty, diagnostics)))
            .WithTrackingName(TrackingNames.DispatchModel);

        context.RegisterSourceOutput(dispatch, static (spc, model) =>
        {
            if (model is not null)
            {
                Report(spc, model.Diagnostics);
                if (model.Entries.Count > 0)
                {
                    spc.AddSource(DispatchEmitter.HintName, DispatchEmitter.Emit(model));
                }
            }
        });
    }

    private static DispatchModel? BuildDispatch(ImmutableArray<DispatchEntry> entries, EquatableArray<string>? auditArchMembers, string ns)
    {
        if (auditArchMembers is null || entries.IsDefaultOrEmpty)
        {
            return null; // tables without audit.h: the per-arch classes stand alone
        }

        var known = auditArchMembers.Value;
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var kept = ImmutableArray.CreateBuilder<DispatchEntry>();
        foreach (DispatchEntry entry in entries.OrderBy(e => e.Arch, StringComparer.Ordinal))
        {
            if (known.Contains(entry.AuditArch))
            {
                kept.Add(entry);
            }
            else
            {
                string sample = string.Join(", ", known.Take(8)) + (known.Count > 8 ? ", ..." : string.Empty);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAuditArch, entry.Location, entry.Arch, entry.AuditArch, sample));
            }
        }

        return new DispatchModel(ns, kept.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string GetNamespace(AnalyzerConfigOptions options)
    {
        foreach (string key in new[] { "build_property.SyscallTablesNamespace", "build_property.RootNamespace" })
        {
            if (options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return "SyscallTables";
    }

    internal static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    /// <summary>
    /// Runs a combining step. An unexpected exception becomes a visible SCT099 error carried by the model
    /// <paramref name="failed"/> makes (whose empty content is then not emitted), never a silently empty output.
    /// </summary>
    internal static T Safely<T>(string step, Func<T> build, Func<EquatableArray<DiagnosticInfo>, T> failed)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, step, ex.GetType().Name + ": " + ex.Message);
            return failed(new EquatableArray<DiagnosticInfo>(ImmutableArray.Create(diagnostic)));
        }
    }
}
