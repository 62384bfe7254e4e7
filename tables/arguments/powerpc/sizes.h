/*
 * arguments/powerpc/sizes.h: kept by hand, not imported. The size of a struct powerpc's ioctl numbers encode
 * (asm/ioctls.h: "#define TCGETS _IOR('t', 19, struct termios)"), which the generator does not lay out itself.
 * The name follows GCC's predefined __SIZEOF_INT__.
 *
 * struct termios, arch/powerpc/include/uapi/asm/termbits.h (Linux 6.12): four tcflag_t (unsigned int, 16 bytes),
 * cc_t c_cc[NCCS] with NCCS 19 and cc_t c_line (20 bytes), two speed_t (unsigned int, 8 bytes): 44 bytes, no padding.
 * tests/SyscallTables.Tests/Audit/Arguments/KernelHeaderConstantsTests.cs checks the resulting TCGETS (0x402c7413)
 * and its kin against clang compiling the kernel's headers for powerpc.
 */
#define __SIZEOF_STRUCT_TERMIOS__ 44
