/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GENERATED FILE - DO NOT EDIT.
 * Produced by tools/h323gen/h323gen.py from the ASN.1 modules
 * H323-MESSAGES (H.225.0 v8), MULTIMEDIA-SYSTEM-CONTROL (H.245 v17) and
 * H235-SECURITY-MESSAGES; regenerate with `make h323-tables` (see
 * Documentation/h323.rst).
 */
#ifndef _NFH_H323_TABLES_H
#define _NFH_H323_TABLES_H

#define NFH_H323_T_UUI 0	/* H225:H323-UserInformation */
#define NFH_H323_T_RAS 1	/* H225:RasMessage */
#define NFH_H323_T_MSCM 2	/* H245:MultimediaSystemControlMessage */
#define NFH_H323_T_OLC 3	/* H245:OpenLogicalChannel */

#define NFH_H323_NTYPES 515
#define NFH_H323_NMEMBERS 1146
#define NFH_H323_NMSGS 112
/* deepest nesting the tables allow (they are not recursive) */
#define NFH_H323_MAX_NESTING 25

extern const struct nfh_per_type nfh_h323_types[515];
extern const struct nfh_per_member nfh_h323_members[1146];
extern const char *const nfh_h323_msg_names[112];

#endif /* _NFH_H323_TABLES_H */
