using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// Small tables in the kernel's formats, written for the tests (not the real tables/): each shows one feature of the
/// input the generator has to get right. Tabs and spaces mix as they do in the kernel's files.
/// </summary>
internal static class FixtureTables
{
    public const string X86_64Path = "/fixtures/x86_64/syscall_64.tbl";
    public const string X86_64AdditionsPath = "/fixtures/x86_64/syscall_64.post.tbl";
    public const string I386Path = "/fixtures/i386/syscall_32.tbl";
    public const string MipsPath = "/fixtures/mips/syscall_o32.tbl";
    public const string AuditHPath = "/fixtures/audit/audit.h";
    public const string ElfEmHPath = "/fixtures/audit/elf-em.h";
    public const string ErrnoBasePath = "/fixtures/errno/errno-base.h";
    public const string ErrnoPath = "/fixtures/errno/errno.h";
    public const string MessagesPath = "/fixtures/errno/messages.txt";
    public const string AuditNamesPath = "/fixtures/audit-names.txt";

    /// <summary>common, 64 and x32 rows: x86_64 keeps common+64, x32 keeps common+x32; 60 has six columns.</summary>
    public const string X86_64 = """
        # x86_64-like table
        #
        # <number> <abi> <name> <entry point> <compat entry point> [noreturn]
        0	common	read			sys_read
        1	common	write			sys_write
        13	64	rt_sigaction		sys_rt_sigaction
        17	common	pread64			sys_pread64
        18	common	pwrite64		sys_pwrite64
        60	common	exit			sys_exit			-			noreturn

        512	x32	rt_sigaction		compat_sys_rt_sigaction
        513	x32	rt_sigreturn		compat_sys_x32_rt_sigreturn
        """;

    /// <summary>Rows added after the kernel the base table came from, for the same arch.</summary>
    public const string X86_64Additions = """
        # added later
        463	common	setxattrat		sys_setxattrat
        464	common	getxattrat		sys_getxattrat
        """;

    /// <summary>Rows without entry points, and syscall names that are C# keywords.</summary>
    public const string I386 = """
        0	i386	restart_syscall		sys_restart_syscall
        1	i386	exit			sys_exit			-			noreturn
        17	i386	break
        31	i386	stty
        53	i386	lock
        180	i386	pread64			sys_ia32_pread64
        """;

    /// <summary>mips o32 numbers its syscalls from 4000; the table itself starts at 0.</summary>
    public const string Mips = """
        0	o32	syscall				sys_syscall
        1	o32	exit				sys_exit
        3	o32	read				sys_read
        """;

    public const string AuditNames = "# ARCH\tNUMBER\tAUDIT_NAME\tKERNEL_NAME\nx86_64\t17\tpread\tpread64\nx86_64\t18\tpwrite\tpwrite64\ni386\t180\tpread\tpread64\n";

    /// <summary>
    /// elf-em.h with a define continued by a backslash and one whose comment runs onto the next line (the kernel's
    /// EM_NDS32), a function-like macro, and an include guard.
    /// </summary>
    public const string ElfEmH = """
        #ifndef _LINUX_ELF_EM_H
        #define _LINUX_ELF_EM_H
        #define EM_386		3
        #define EM_MIPS		8
        #define EM_X86_64	62	/* AMD x86-64 */
        #define EM_NDS32	167	/* Andes Technology compact code size
        				   embedded RISC processor family */
        #define EM_AARCH64	\
        	183	/* ARM 64 bit */
        #define EM_SOMETHING(x)	((x) + 1)
        #endif
        """;

    public const string AuditH = """
        /* audit.h, trimmed */
        #define __AUDIT_ARCH_CONVENTION_MASK 0x30000000
        #define __AUDIT_ARCH_64BIT 0x80000000
        #define __AUDIT_ARCH_LE	   0x40000000
        #define AUDIT_ARCH_AARCH64	(EM_AARCH64|__AUDIT_ARCH_64BIT|__AUDIT_ARCH_LE)
        #define AUDIT_ARCH_I386		(EM_386|__AUDIT_ARCH_LE)
        #define AUDIT_ARCH_MIPS		(EM_MIPS)
        #define AUDIT_ARCH_NDS32	(EM_NDS32|__AUDIT_ARCH_LE)
        #define AUDIT_ARCH_X86_64	(EM_X86_64|__AUDIT_ARCH_64BIT|__AUDIT_ARCH_LE)
        """;

    public const string ErrnoBaseH = """
        #ifndef _ASM_GENERIC_ERRNO_BASE_H
        #define _ASM_GENERIC_ERRNO_BASE_H

        #define	EPERM		 1	/* Operation not permitted */
        #define	ENOENT		 2	/* No such file or directory */
        #define	EAGAIN		11	/* Try again */
        #define	EEXIST		17	/* File exists */

        #endif
        """;

    public const string ErrnoH = """
        #include <asm-generic/errno-base.h>
        #define	EDEADLK		35	/* Resource deadlock would occur */
        #define	EWOULDBLOCK	EAGAIN	/* Operation would block */
        #define	EDEADLOCK	EDEADLK
        #define	ENOTSUP_LIKE	95	/* Comment only, no message row */
        """;

    public const string Messages = "# NAME\tNUMBER\tMESSAGE\nEPERM\t1\tOperation not permitted\nENOENT\t2\tNo such file or directory\nEAGAIN\t11\tResource temporarily unavailable\nEEXIST\t17\tFile exists\nEDEADLK\t35\tResource deadlock avoided\n";

    public static TableInput X86_64Table(string? text = null) => TableInput.SyscallTable(X86_64Path, text ?? X86_64, "X86_64", "common 64");

    public static TableInput I386Table(string? text = null) => TableInput.SyscallTable(I386Path, text ?? I386, "I386", "i386");

    public static TableInput AuditHeader => TableInput.AuditHeader(AuditHPath, AuditH);

    public static TableInput ElfEmHeader => TableInput.AuditHeader(ElfEmHPath, ElfEmH);

    public static TableInput[] ErrnoInputs =>
    [
        TableInput.ErrnoHeader(ErrnoBasePath, ErrnoBaseH),
        TableInput.ErrnoHeader(ErrnoPath, ErrnoH),
        TableInput.ErrnoMessages(MessagesPath, Messages),
    ];

    /// <summary>x86_64, i386, the audit headers, errno and audit names: every kind of input once.</summary>
    public static TableInput[] All =>
    [
        X86_64Table(),
        I386Table(),
        AuditHeader,
        ElfEmHeader,
        .. ErrnoInputs,
        TableInput.AuditNames(AuditNamesPath, AuditNames),
    ];
}
