using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SyscallTables.Generators.Combining;
using SyscallTables.Generators.Emitting;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators;

/// <summary>
/// The audit-fields step of <see cref="SyscallTableGenerator"/>: the audit-fields rows and audit.h's defines become
/// one <see cref="AuditFieldsModel"/> (<see cref="TrackingNames.AuditFieldsModel"/>), emitted as <c>AuditFields.g.cs</c>.
/// </summary>
internal static class AuditFieldsPipeline
{
    public static void Register(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedInput> inputs, IncrementalValueProvider<string> ns)
    {
        IncrementalValueProvider<AuditFieldsModel?> model = inputs
            .Where(static input => input.Kind == InputKind.AuditFields)
            .SelectMany(static (input, _) => input.AuditFields.AsImmutableArray())
            .Collect()
            .Combine(inputs.Where(static input => input.Kind == InputKind.AuditHeader && input.Defines is not null).Select(static (input, _) => input.Defines!).Collect())
            .Combine(ns)
            .Select(static (pair, _) => SyscallTableGenerator.Safely(
                "reading the audit fields",
                () => AuditFieldsModelBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right),
                diagnostics => new AuditFieldsModel(pair.Right, EquatableArray<AuditFieldRow>.Empty, EquatableArray<AuditRuleFieldEntry>.Empty, diagnostics)))
            .WithTrackingName(TrackingNames.AuditFieldsModel);

        context.RegisterSourceOutput(model, static (spc, model) =>
        {
            if (model is not null)
            {
                SyscallTableGenerator.Report(spc, model.Diagnostics);
                if (model.Records.Count > 0 || model.RuleFields.Count > 0)
                {
                    spc.AddSource(AuditFieldsEmitter.HintName, AuditFieldsEmitter.Emit(model));
                }
            }
        });
    }
}
