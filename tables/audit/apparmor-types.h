/* tables/audit/apparmor-types.h: record types a log can carry that the kernel's audit.h does not define, kept by
 * hand. AppArmor's types (1500-1599) live in audit-userspace's lib/libaudit.h (v3.0.9), not in the kernel's UAPI
 * header. The names are those ausearch 3.0.9 prints (lib/msg_typetab.h): libaudit.h calls 1500 AUDIT_AA, and
 * ausearch prints it as APPARMOR, so this file defines AUDIT_APPARMOR.
 */
#define AUDIT_APPARMOR			1500
#define AUDIT_APPARMOR_AUDIT		1501
#define AUDIT_APPARMOR_ALLOWED		1502
#define AUDIT_APPARMOR_DENIED		1503
#define AUDIT_APPARMOR_HINT		1504
#define AUDIT_APPARMOR_STATUS		1505
#define AUDIT_APPARMOR_ERROR		1506
#define AUDIT_APPARMOR_KILL		1507
