// SPDX-License-Identifier: GPL-2.0
/*
 * GENERATED FILE - DO NOT EDIT.
 * Produced by tools/h323gen/h323gen.py from the ASN.1 modules
 * H323-MESSAGES (H.225.0 v8), MULTIMEDIA-SYSTEM-CONTROL (H.245 v17) and
 * H235-SECURITY-MESSAGES; regenerate with `make h323-tables` (see
 * Documentation/h323.rst).
 */
#include "nfh_env.h"
#include "h323_per.h"
#include "h323_tables.h"

/* kind, flags, cbits, nopt, nroot, nmemb, first, lb, ub */
const struct nfh_per_type nfh_h323_types[686] = {
	[0] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 2, 0, 0U, 0U }, /* H225:H323-UserInformation */
	[1] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 25, 33, 2, 0U, 0U }, /* H225:RasMessage */
	[2] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 35, 0U, 0U }, /* H245:MultimediaSystemControlMessage */
	[3] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 6, 39, 0U, 0U }, /* H245:OpenLogicalChannel */
	[4] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 11, 45, 0U, 0U }, /* H225:H323-UU-PDU */
	[5] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 56, 0U, 0U }, /* H225:H323-UserInformation.user-data */
	[6] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 4, 8, 20, 58, 0U, 0U }, /* H225:GatekeeperRequest */
	[7] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 16, 78, 0U, 0U }, /* H225:GatekeeperConfirm */
	[8] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 11, 94, 0U, 0U }, /* H225:GatekeeperReject */
	[9] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 10, 37, 105, 0U, 0U }, /* H225:RegistrationRequest */
	[10] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 7, 28, 142, 0U, 0U }, /* H225:RegistrationConfirm */
	[11] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 12, 170, 0U, 0U }, /* H225:RegistrationReject */
	[12] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 5, 16, 182, 0U, 0U }, /* H225:UnregistrationRequest */
	[13] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 7, 198, 0U, 0U }, /* H225:UnregistrationConfirm */
	[14] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 8, 205, 0U, 0U }, /* H225:UnregistrationReject */
	[15] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 7, 16, 35, 213, 0U, 0U }, /* H225:AdmissionRequest */
	[16] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 6, 29, 248, 0U, 0U }, /* H225:AdmissionConfirm */
	[17] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 12, 277, 0U, 0U }, /* H225:AdmissionReject */
	[18] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 7, 19, 289, 0U, 0U }, /* H225:BandwidthRequest */
	[19] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 9, 308, 0U, 0U }, /* H225:BandwidthConfirm */
	[20] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 9, 317, 0U, 0U }, /* H225:BandwidthReject */
	[21] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 6, 19, 326, 0U, 0U }, /* H225:DisengageRequest */
	[22] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 10, 345, 0U, 0U }, /* H225:DisengageConfirm */
	[23] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 8, 355, 0U, 0U }, /* H225:DisengageReject */
	[24] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 22, 363, 0U, 0U }, /* H225:LocationRequest */
	[25] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 22, 385, 0U, 0U }, /* H225:LocationConfirm */
	[26] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 10, 407, 0U, 0U }, /* H225:LocationReject */
	[27] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 4, 16, 417, 0U, 0U }, /* H225:InfoRequest */
	[28] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 8, 16, 433, 0U, 0U }, /* H225:InfoRequestResponse */
	[29] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 7, 449, 0U, 0U }, /* H225:NonStandardMessage */
	[30] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 1, 5, 456, 0U, 0U }, /* H225:UnknownMessageResponse */
	[31] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 4, 6, 6, 461, 0U, 0U }, /* H225:RequestInProgress */
	[32] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 4, 9, 11, 467, 0U, 0U }, /* H225:ResourcesAvailableIndicate */
	[33] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 4, 6, 7, 478, 0U, 0U }, /* H225:ResourcesAvailableConfirm */
	[34] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 4, 5, 5, 485, 0U, 0U }, /* H225:InfoRequestAck */
	[35] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 7, 7, 490, 0U, 0U }, /* H225:InfoRequestNak */
	[36] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 8, 10, 10, 497, 0U, 0U }, /* H225:ServiceControlIndication */
	[37] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 7, 8, 8, 507, 0U, 0U }, /* H225:ServiceControlResponse */
	[38] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 16, 0U, 0U }, /* H225:RasMessage.admissionConfirmSequence */
	[39] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 11, 16, 515, 0U, 0U }, /* H245:RequestMessage */
	[40] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 19, 25, 531, 0U, 0U }, /* H245:ResponseMessage */
	[41] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 7, 13, 556, 0U, 0U }, /* H245:CommandMessage */
	[42] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 14, 24, 569, 0U, 0U }, /* H245:IndicationMessage */
	[43] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 65535U }, /* H245:LogicalChannelNumber */
	[44] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 5, 593, 0U, 0U }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters */
	[45] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 4, 598, 0U, 0U }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters */
	[46] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 4, 5, 602, 0U, 0U }, /* H245:NetworkAccessParameters */
	[47] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 7, 13, 607, 0U, 0U }, /* H225:H323-UU-PDU.h323-message-body */
	[48] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 620, 0U, 0U }, /* H225:NonStandardParameter */
	[49] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:H323-UU-PDU.h245Tunneling */
	[50] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 152, 0U, 0U }, /* H225:H323-UU-PDU.h245Control */
	[51] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:H323-UU-PDU.genericData */
	[52] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:H323-UserInformation.user-data.protocol-discriminator */
	[53] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 131U }, /* H225:H323-UserInformation.user-data.user-information */
	[54] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 65535U }, /* H225:RequestSeqNum */
	[55] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ProtocolIdentifier */
	[56] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 7, 7, 622, 0U, 0U }, /* H225:TransportAddress */
	[57] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 6, 8, 10, 629, 0U, 0U }, /* H225:EndpointType */
	[58] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H225:GatekeeperIdentifier */
	[59] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 8, 8, 639, 0U, 0U }, /* H225:QseriesOptions */
	[60] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:GatekeeperRequest.endpointAlias */
	[61] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 4, 4, 647, 0U, 0U }, /* H225:FeatureSet */
	[62] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:GatekeeperRequest.genericData */
	[63] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:GatekeeperConfirm.genericData */
	[64] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 8, 651, 0U, 0U }, /* H225:GatekeeperRejectReason */
	[65] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRequest.discoveryComplete */
	[66] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 56, 0U, 0U }, /* H225:RegistrationRequest.callSignalAddress */
	[67] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 56, 0U, 0U }, /* H225:RegistrationRequest.rasAddress */
	[68] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:RegistrationRequest.terminalAlias */
	[69] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 3, 4, 659, 0U, 0U }, /* H225:VendorIdentifier */
	[70] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 4294967295U }, /* H225:TimeToLive */
	[71] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRequest.keepAlive */
	[72] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:RegistrationRequest.genericData */
	[73] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 56, 0U, 0U }, /* H225:RegistrationConfirm.callSignalAddress */
	[74] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:RegistrationConfirm.terminalAlias */
	[75] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H225:EndpointIdentifier */
	[76] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:RegistrationConfirm.genericData */
	[77] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 8, 19, 663, 0U, 0U }, /* H225:RegistrationRejectReason */
	[78] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 56, 0U, 0U }, /* H225:UnregistrationRequest.callSignalAddress */
	[79] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:UnregistrationRequest.endpointAlias */
	[80] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 6, 682, 0U, 0U }, /* H225:UnregRejectReason */
	[81] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 688, 0U, 0U }, /* H225:CallType */
	[82] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 692, 0U, 0U }, /* H225:CallModel */
	[83] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:AdmissionRequest.destinationInfo */
	[84] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:AdmissionRequest.destExtraCallInfo */
	[85] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:AdmissionRequest.srcInfo */
	[86] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H225:BandWidth */
	[87] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:CallReferenceValue */
	[88] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:ConferenceIdentifier */
	[89] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRequest.activeMC */
	[90] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRequest.answerCall */
	[91] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:AdmissionRequest.genericData */
	[92] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 65535U }, /* H225:AdmissionConfirm.irrFrequency */
	[93] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:AdmissionConfirm.genericData */
	[94] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 8, 23, 694, 0U, 0U }, /* H225:AdmissionRejectReason */
	[95] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 6, 8, 717, 0U, 0U }, /* H225:BandRejectReason */
	[96] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 725, 0U, 0U }, /* H225:DisengageReason */
	[97] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 4, 728, 0U, 0U }, /* H225:DisengageRejectReason */
	[98] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:LocationRequest.destinationInfo */
	[99] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:LocationRequest.genericData */
	[100] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:LocationConfirm.genericData */
	[101] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 16, 732, 0U, 0U }, /* H225:LocationRejectReason */
	[102] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 56, 0U, 0U }, /* H225:InfoRequestResponse.callSignalAddress */
	[103] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:InfoRequestResponse.endpointAlias */
	[104] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 226, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo */
	[105] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:RequestInProgress.tokens */
	[106] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:RequestInProgress.cryptoTokens */
	[107] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 748, 0U, 0U }, /* H225:ICV */
	[108] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 65535U }, /* H225:RequestInProgress.delay */
	[109] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 231, 0U, 0U }, /* H225:ResourcesAvailableIndicate.protocols */
	[110] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ResourcesAvailableIndicate.almostOutOfResources */
	[111] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:ResourcesAvailableIndicate.tokens */
	[112] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:ResourcesAvailableIndicate.cryptoTokens */
	[113] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:ResourcesAvailableConfirm.tokens */
	[114] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:ResourcesAvailableConfirm.cryptoTokens */
	[115] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:InfoRequestAck.tokens */
	[116] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:InfoRequestAck.cryptoTokens */
	[117] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 4, 750, 0U, 0U }, /* H225:InfoRequestNakReason */
	[118] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 754, 0U, 0U }, /* H225:AltGKInfo */
	[119] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:InfoRequestNak.tokens */
	[120] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:InfoRequestNak.cryptoTokens */
	[121] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 237, 0U, 0U }, /* H225:ServiceControlIndication.serviceControl */
	[122] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 756, 0U, 0U }, /* H225:ServiceControlIndication.callSpecific */
	[123] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:ServiceControlIndication.tokens */
	[124] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:ServiceControlIndication.cryptoTokens */
	[125] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:ServiceControlIndication.genericData */
	[126] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 5, 5, 759, 0U, 0U }, /* H225:ServiceControlResponse.result */
	[127] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:ServiceControlResponse.tokens */
	[128] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:ServiceControlResponse.cryptoTokens */
	[129] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 153, 0U, 0U }, /* H225:ServiceControlResponse.genericData */
	[130] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 3, 764, 0U, 0U }, /* H245:CloseLogicalChannel */
	[131] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 7, 767, 0U, 0U }, /* H245:OpenLogicalChannelAck */
	[132] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 5, 774, 0U, 0U }, /* H245:EndSessionCommand */
	[133] = { NFH_PER_CHOICE, 0, 0, 0, 3, 3, 779, 0U, 0U }, /* H245:FunctionNotUnderstood */
	[134] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.portNumber */
	[135] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 6, 13, 782, 0U, 0U }, /* H245:DataType */
	[136] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 5, 795, 0U, 0U }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters */
	[137] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 3, 800, 0U, 0U }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters */
	[138] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 803, 0U, 0U }, /* H245:NetworkAccessParameters.distribution */
	[139] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 805, 0U, 0U }, /* H245:NetworkAccessParameters.networkAddress */
	[140] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NetworkAccessParameters.associateConference */
	[141] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 255U }, /* H245:NetworkAccessParameters.externalReference */
	[142] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 7, 13, 41, 808, 0U, 0U }, /* H225:Setup-UUIE */
	[143] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 12, 849, 0U, 0U }, /* H225:CallProceeding-UUIE */
	[144] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 20, 861, 0U, 0U }, /* H225:Connect-UUIE */
	[145] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 18, 881, 0U, 0U }, /* H225:Alerting-UUIE */
	[146] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 1, 7, 899, 0U, 0U }, /* H225:Information-UUIE */
	[147] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 13, 906, 0U, 0U }, /* H225:ReleaseComplete-UUIE */
	[148] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 5, 21, 919, 0U, 0U }, /* H225:Facility-UUIE */
	[149] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 8, 11, 940, 0U, 0U }, /* H225:Progress-UUIE */
	[150] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 951, 0U, 0U }, /* H225:NonStandardIdentifier */
	[151] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:NonStandardParameter.data */
	[152] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:H323-UU-PDU.h245Control */
	[153] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 2, 953, 0U, 0U }, /* H225:GenericData */
	[154] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 955, 0U, 0U }, /* H225:TransportAddress.ipAddress */
	[155] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 4, 4, 957, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute */
	[156] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 961, 0U, 0U }, /* H225:TransportAddress.ipxAddress */
	[157] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 964, 0U, 0U }, /* H225:TransportAddress.ip6Address */
	[158] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:TransportAddress.netBios */
	[159] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 20U }, /* H225:TransportAddress.nsap */
	[160] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 1, 966, 0U, 0U }, /* H225:GatekeeperInfo */
	[161] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 2, 2, 967, 0U, 0U }, /* H225:GatewayInfo */
	[162] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 2, 969, 0U, 0U }, /* H225:McuInfo */
	[163] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 1, 971, 0U, 0U }, /* H225:TerminalInfo */
	[164] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:EndpointType.mc */
	[165] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:EndpointType.undefinedNode */
	[166] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q932Full */
	[167] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q951Full */
	[168] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q952Full */
	[169] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q953Full */
	[170] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q955Full */
	[171] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q956Full */
	[172] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q957Full */
	[173] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 972, 0U, 0U }, /* H225:Q954Details */
	[174] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 8, 974, 0U, 0U }, /* H225:AliasAddress */
	[175] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FeatureSet.replacementFeatureSet */
	[176] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 305, 0U, 0U }, /* H225:FeatureSet.neededFeatures */
	[177] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 305, 0U, 0U }, /* H225:FeatureSet.desiredFeatures */
	[178] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 305, 0U, 0U }, /* H225:FeatureSet.supportedFeatures */
	[179] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:GatekeeperRejectReason.resourceUnavailable */
	[180] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:GatekeeperRejectReason.terminalExcluded */
	[181] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:GatekeeperRejectReason.invalidRevision */
	[182] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:GatekeeperRejectReason.undefinedReason */
	[183] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 982, 0U, 0U }, /* H225:H221NonStandard */
	[184] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H225:VendorIdentifier.productId */
	[185] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H225:VendorIdentifier.versionId */
	[186] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRejectReason.discoveryRequired */
	[187] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRejectReason.invalidRevision */
	[188] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRejectReason.invalidCallSignalAddress */
	[189] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRejectReason.invalidRASAddress */
	[190] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:RegistrationRejectReason.duplicateAlias */
	[191] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRejectReason.invalidTerminalType */
	[192] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRejectReason.undefinedReason */
	[193] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRejectReason.transportNotSupported */
	[194] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:UnregRejectReason.notCurrentlyRegistered */
	[195] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:UnregRejectReason.callInProgress */
	[196] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:UnregRejectReason.undefinedReason */
	[197] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.pointToPoint */
	[198] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.oneToN */
	[199] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.nToOne */
	[200] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.nToN */
	[201] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallModel.direct */
	[202] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallModel.gatekeeperRouted */
	[203] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.calledPartyNotRegistered */
	[204] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.invalidPermission */
	[205] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.requestDenied */
	[206] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.undefinedReason */
	[207] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.callerNotRegistered */
	[208] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.routeCallToGatekeeper */
	[209] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.invalidEndpointIdentifier */
	[210] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRejectReason.resourceUnavailable */
	[211] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:BandRejectReason.notBound */
	[212] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:BandRejectReason.invalidConferenceID */
	[213] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:BandRejectReason.invalidPermission */
	[214] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:BandRejectReason.insufficientResources */
	[215] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:BandRejectReason.invalidRevision */
	[216] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:BandRejectReason.undefinedReason */
	[217] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:DisengageReason.forcedDrop */
	[218] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:DisengageReason.normalDrop */
	[219] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:DisengageReason.undefinedReason */
	[220] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:DisengageRejectReason.notRegistered */
	[221] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:DisengageRejectReason.requestToDropOther */
	[222] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:LocationRejectReason.notRegistered */
	[223] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:LocationRejectReason.invalidPermission */
	[224] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:LocationRejectReason.requestDenied */
	[225] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:LocationRejectReason.undefinedReason */
	[226] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 12, 20, 985, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo */
	[227] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 8, 9, 14, 1005, 0U, 0U }, /* H235:ClearToken */
	[228] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 8, 8, 1019, 0U, 0U }, /* H225:CryptoH323Token */
	[229] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ICV.algorithmOID */
	[230] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ICV.icv */
	[231] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 9, 12, 1027, 0U, 0U }, /* H225:SupportedProtocols */
	[232] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:InfoRequestNakReason.notRegistered */
	[233] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:InfoRequestNakReason.securityDenial */
	[234] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:InfoRequestNakReason.undefinedReason */
	[235] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 340, 0U, 0U }, /* H225:AltGKInfo.alternateGatekeeper */
	[236] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AltGKInfo.altGKisPermanent */
	[237] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 3, 1039, 0U, 0U }, /* H225:ServiceControlSession */
	[238] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 1, 1, 1042, 0U, 0U }, /* H225:CallIdentifier */
	[239] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlIndication.callSpecific.answeredCall */
	[240] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlResponse.result.started */
	[241] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlResponse.result.failed */
	[242] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlResponse.result.stopped */
	[243] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlResponse.result.notAvailable */
	[244] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlResponse.result.neededFeatureNotSupported */
	[245] = { NFH_PER_CHOICE, 0, 0, 0, 2, 2, 1043, 0U, 0U }, /* H245:CloseLogicalChannel.source */
	[246] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 3, 4, 1045, 0U, 0U }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters */
	[247] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 1, 1, 1049, 0U, 0U }, /* H245:OpenLogicalChannelAck.forwardMultiplexAckParameters */
	[248] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1050, 0U, 0U }, /* H245:NonStandardParameter */
	[249] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataType.nullData */
	[250] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 5, 7, 1052, 0U, 0U }, /* H245:VideoCapability */
	[251] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 14, 26, 1059, 0U, 0U }, /* H245:AudioCapability */
	[252] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1085, 0U, 0U }, /* H245:DataApplicationCapability */
	[253] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 1087, 0U, 0U }, /* H245:EncryptionMode */
	[254] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 5, 5, 1089, 0U, 0U }, /* H245:H222LogicalChannelParameters */
	[255] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1094, 0U, 0U }, /* H245:H223LogicalChannelParameters */
	[256] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 5, 5, 1096, 0U, 0U }, /* H245:V76LogicalChannelParameters */
	[257] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 10, 11, 15, 1101, 0U, 0U }, /* H245:H2250LogicalChannelParameters */
	[258] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NetworkAccessParameters.distribution.unicast */
	[259] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NetworkAccessParameters.distribution.multicast */
	[260] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 2, 1116, 0U, 0U }, /* H245:Q2931Address */
	[261] = { NFH_PER_CHARS, NFH_PER_F_UB, 4, 0, 0, 0, 0, 1U, 128U }, /* H245:NetworkAccessParameters.networkAddress.e164Address */
	[262] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 1118, 0U, 0U }, /* H245:TransportAddress */
	[263] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:Setup-UUIE.sourceAddress */
	[264] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:Setup-UUIE.destinationAddress */
	[265] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:Setup-UUIE.destExtraCallInfo */
	[266] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 87, 0U, 0U }, /* H225:Setup-UUIE.destExtraCRV */
	[267] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.activeMC */
	[268] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 5, 1120, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal */
	[269] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 400, 0U, 0U }, /* H225:Setup-UUIE.fastStart */
	[270] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 305, 0U, 0U }, /* H225:Setup-UUIE.neededFeatures */
	[271] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 305, 0U, 0U }, /* H225:Setup-UUIE.desiredFeatures */
	[272] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 305, 0U, 0U }, /* H225:Setup-UUIE.supportedFeatures */
	[273] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 401, 0U, 0U }, /* H225:Setup-UUIE.parallelH245Control */
	[274] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 402, 0U, 0U }, /* H225:CallProceeding-UUIE.fastStart */
	[275] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 403, 0U, 0U }, /* H225:Connect-UUIE.fastStart */
	[276] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 404, 0U, 0U }, /* H225:Alerting-UUIE.fastStart */
	[277] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 405, 0U, 0U }, /* H225:Information-UUIE.fastStart */
	[278] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 12, 25, 1125, 0U, 0U }, /* H225:ReleaseCompleteReason */
	[279] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 174, 0U, 0U }, /* H225:Facility-UUIE.alternativeAliasAddress */
	[280] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 11, 1150, 0U, 0U }, /* H225:FacilityReason */
	[281] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 422, 0U, 0U }, /* H225:Facility-UUIE.fastStart */
	[282] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 1161, 0U, 0U }, /* H225:H245Security */
	[283] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 227, 0U, 0U }, /* H225:Progress-UUIE.tokens */
	[284] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 228, 0U, 0U }, /* H225:Progress-UUIE.cryptoTokens */
	[285] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 425, 0U, 0U }, /* H225:Progress-UUIE.fastStart */
	[286] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:NonStandardIdentifier.object */
	[287] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1165, 0U, 0U }, /* H225:GenericIdentifier */
	[288] = { NFH_PER_SEQOF, NFH_PER_F_UB, 0, 0, 0, 0, 428, 1U, 512U }, /* H225:GenericData.parameters */
	[289] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipAddress.ip */
	[290] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:TransportAddress.ipAddress.port */
	[291] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipSourceRoute.ip */
	[292] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:TransportAddress.ipSourceRoute.port */
	[293] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 429, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.route */
	[294] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 1168, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.routing */
	[295] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 6U, 6U }, /* H225:TransportAddress.ipxAddress.node */
	[296] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipxAddress.netnum */
	[297] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 2U, 2U }, /* H225:TransportAddress.ipxAddress.port */
	[298] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:TransportAddress.ip6Address.ip */
	[299] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:TransportAddress.ip6Address.port */
	[300] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 231, 0U, 0U }, /* H225:GatewayInfo.protocol */
	[301] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Q954Details.conferenceCalling */
	[302] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Q954Details.threePartyService */
	[303] = { NFH_PER_CHARS, NFH_PER_F_UB, 4, 0, 0, 0, 0, 1U, 128U }, /* H225:AliasAddress.dialedDigits */
	[304] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 256U }, /* H225:AliasAddress.h323-ID */
	[305] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 2, 1170, 0U, 0U }, /* H225:FeatureDescriptor */
	[306] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:H221NonStandard.t35CountryCode */
	[307] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:H221NonStandard.t35Extension */
	[308] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:H221NonStandard.manufacturerCode */
	[309] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.originator */
	[310] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 432, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.audio */
	[311] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 432, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.video */
	[312] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 313, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.data */
	[313] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 2, 2, 1172, 0U, 0U }, /* H225:TransportChannelInfo */
	[314] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 433, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.pdu */
	[315] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ClearToken.tokenOID */
	[316] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 4294967295U }, /* H235:TimeStamp */
	[317] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H235:Password */
	[318] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 1174, 0U, 0U }, /* H235:DHset */
	[319] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 8U, 128U }, /* H235:ChallengeString */
	[320] = { NFH_PER_INT, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:RandomVal */
	[321] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1177, 0U, 0U }, /* H235:TypedCertificate */
	[322] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H235:Identifier */
	[323] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1179, 0U, 0U }, /* H235:NonStandardParameter */
	[324] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1181, 0U, 0U }, /* H225:CryptoH323Token.cryptoEPPwdHash */
	[325] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1184, 0U, 0U }, /* H225:CryptoH323Token.cryptoGKPwdHash */
	[326] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1187, 0U, 0U }, /* H235:ENCRYPTED */
	[327] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1190, 0U, 0U }, /* H235:ENCRYPTED */
	[328] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1193, 0U, 0U }, /* H235:SIGNED */
	[329] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1197, 0U, 0U }, /* H235:SIGNED */
	[330] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1201, 0U, 0U }, /* H235:SIGNED */
	[331] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 1205, 0U, 0U }, /* H235:CryptoToken */
	[332] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1209, 0U, 0U }, /* H225:H310Caps */
	[333] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1212, 0U, 0U }, /* H225:H320Caps */
	[334] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1215, 0U, 0U }, /* H225:H321Caps */
	[335] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1218, 0U, 0U }, /* H225:H322Caps */
	[336] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1221, 0U, 0U }, /* H225:H323Caps */
	[337] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1224, 0U, 0U }, /* H225:H324Caps */
	[338] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1227, 0U, 0U }, /* H225:VoiceCaps */
	[339] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1230, 0U, 0U }, /* H225:T120OnlyCaps */
	[340] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 4, 1233, 0U, 0U }, /* H225:AlternateGK */
	[341] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:ServiceControlSession.sessionId */
	[342] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 1237, 0U, 0U }, /* H225:ServiceControlDescriptor */
	[343] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1241, 0U, 0U }, /* H225:ServiceControlSession.reason */
	[344] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:GloballyUniqueID */
	[345] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CloseLogicalChannel.source.user */
	[346] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CloseLogicalChannel.source.lcse */
	[347] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.portNumber */
	[348] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 1, 2, 1244, 0U, 0U }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters */
	[349] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 5, 8, 1246, 0U, 0U }, /* H245:H2250LogicalChannelAckParameters */
	[350] = { NFH_PER_CHOICE, 0, 0, 0, 2, 2, 1254, 0U, 0U }, /* H245:NonStandardIdentifier */
	[351] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NonStandardParameter.data */
	[352] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 6, 1256, 0U, 0U }, /* H245:H261VideoCapability */
	[353] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 6, 17, 18, 1262, 0U, 0U }, /* H245:H262VideoCapability */
	[354] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 7, 13, 21, 1280, 0U, 0U }, /* H245:H263VideoCapability */
	[355] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 6, 7, 8, 1301, 0U, 0U }, /* H245:IS11172VideoCapability */
	[356] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g711Alaw64k */
	[357] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g711Alaw56k */
	[358] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g711Ulaw64k */
	[359] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g711Ulaw56k */
	[360] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g722-64k */
	[361] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g722-56k */
	[362] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g722-48k */
	[363] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1309, 0U, 0U }, /* H245:AudioCapability.g7231 */
	[364] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g728 */
	[365] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g729 */
	[366] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g729AnnexA */
	[367] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 9, 9, 1311, 0U, 0U }, /* H245:IS11172AudioCapability */
	[368] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 21, 21, 1320, 0U, 0U }, /* H245:IS13818AudioCapability */
	[369] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 10, 16, 1341, 0U, 0U }, /* H245:DataApplicationCapability.application */
	[370] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H245:DataApplicationCapability.maxBitRate */
	[371] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:EncryptionMode.h233Encryption */
	[372] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:H222LogicalChannelParameters.resourceID */
	[373] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 8191U }, /* H245:H222LogicalChannelParameters.subChannelID */
	[374] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 8191U }, /* H245:H222LogicalChannelParameters.pcr-pid */
	[375] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H222LogicalChannelParameters.programDescriptors */
	[376] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H222LogicalChannelParameters.streamDescriptors */
	[377] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 6, 9, 1357, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType */
	[378] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.segmentableFlag */
	[379] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 1366, 0U, 0U }, /* H245:V76HDLCParameters */
	[380] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1369, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume */
	[381] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.uIH */
	[382] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 1372, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode */
	[383] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 1, 1, 1374, 0U, 0U }, /* H245:V75Parameters */
	[384] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 248, 0U, 0U }, /* H245:H2250LogicalChannelParameters.nonStandard */
	[385] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:H2250LogicalChannelParameters.sessionID */
	[386] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 255U }, /* H245:H2250LogicalChannelParameters.associatedSessionID */
	[387] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaGuaranteedDelivery */
	[388] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaControlGuaranteedDelivery */
	[389] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.silenceSuppression */
	[390] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1375, 0U, 0U }, /* H245:TerminalLabel */
	[391] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 96U, 127U }, /* H245:H2250LogicalChannelParameters.dynamicRTPPayloadType */
	[392] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 1, 2, 1377, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaPacketization */
	[393] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 1379, 0U, 0U }, /* H245:Q2931Address.address */
	[394] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 20U }, /* H245:Q2931Address.subaddress */
	[395] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 5, 7, 1381, 0U, 0U }, /* H245:UnicastAddress */
	[396] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 4, 1388, 0U, 0U }, /* H245:MulticastAddress */
	[397] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal.create */
	[398] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal.join */
	[399] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal.invite */
	[400] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.fastStart */
	[401] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.parallelH245Control */
	[402] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallProceeding-UUIE.fastStart */
	[403] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Connect-UUIE.fastStart */
	[404] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Alerting-UUIE.fastStart */
	[405] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Information-UUIE.fastStart */
	[406] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.noBandwidth */
	[407] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.gatekeeperResources */
	[408] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.unreachableDestination */
	[409] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.destinationRejection */
	[410] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.invalidRevision */
	[411] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.noPermission */
	[412] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.unreachableGatekeeper */
	[413] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.gatewayResources */
	[414] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.badFormatAddress */
	[415] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.adaptiveBusy */
	[416] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.inConf */
	[417] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.undefinedReason */
	[418] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.routeCallToGatekeeper */
	[419] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.callForwarded */
	[420] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.routeCallToMC */
	[421] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.undefinedReason */
	[422] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Facility-UUIE.fastStart */
	[423] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:H245Security.noSecurity */
	[424] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 4, 1392, 0U, 0U }, /* H225:SecurityCapabilities */
	[425] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Progress-UUIE.fastStart */
	[426] = { NFH_PER_INT, NFH_PER_F_VEXT | NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H225:GenericIdentifier.standard */
	[427] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:GenericIdentifier.oid */
	[428] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 2, 1396, 0U, 0U }, /* H225:EnumeratedParameter */
	[429] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipSourceRoute.route */
	[430] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.routing.strict */
	[431] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.routing.loose */
	[432] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 6, 8, 1398, 0U, 0U }, /* H225:RTPSession */
	[433] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1406, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.pdu */
	[434] = { NFH_PER_BITS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2048U }, /* H235:DHset.halfkey */
	[435] = { NFH_PER_BITS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2048U }, /* H235:DHset.modSize */
	[436] = { NFH_PER_BITS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2048U }, /* H235:DHset.generator */
	[437] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:TypedCertificate.type */
	[438] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:TypedCertificate.certificate */
	[439] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:NonStandardParameter.nonStandardIdentifier */
	[440] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:NonStandardParameter.data */
	[441] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1408, 0U, 0U }, /* H235:HASHED */
	[442] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1411, 0U, 0U }, /* H235:HASHED */
	[443] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[444] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 2, 5, 1414, 0U, 0U }, /* H235:Params */
	[445] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[446] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[447] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[448] = { NFH_PER_OPEN, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:EncodedPwdCertToken */
	[449] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[450] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[451] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[452] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[453] = { NFH_PER_OPEN, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:EncodedFastStartToken */
	[454] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[455] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[456] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1419, 0U, 0U }, /* H235:CryptoToken.cryptoEncryptedToken */
	[457] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1421, 0U, 0U }, /* H235:CryptoToken.cryptoSignedToken */
	[458] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1423, 0U, 0U }, /* H235:CryptoToken.cryptoHashedToken */
	[459] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1426, 0U, 0U }, /* H235:ENCRYPTED */
	[460] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AlternateGK.needToRegister */
	[461] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 127U }, /* H225:AlternateGK.priority */
	[462] = { NFH_PER_CHARS, NFH_PER_F_UB, 8, 0, 0, 0, 0, 0U, 512U }, /* H225:ServiceControlDescriptor.url */
	[463] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:H248SignalsDescriptor */
	[464] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 5, 5, 1429, 0U, 0U }, /* H225:CallCreditServiceControl */
	[465] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlSession.reason.open */
	[466] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlSession.reason.refresh */
	[467] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ServiceControlSession.reason.close */
	[468] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 248, 0U, 0U }, /* H245:H2250LogicalChannelAckParameters.nonStandard */
	[469] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 255U }, /* H245:H2250LogicalChannelAckParameters.sessionID */
	[470] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 96U, 127U }, /* H245:H2250LogicalChannelAckParameters.dynamicRTPPayloadType */
	[471] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NonStandardIdentifier.object */
	[472] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1434, 0U, 0U }, /* H245:NonStandardIdentifier.h221NonStandard */
	[473] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 4U }, /* H245:H261VideoCapability.qcifMPI */
	[474] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 4U }, /* H245:H261VideoCapability.cifMPI */
	[475] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H261VideoCapability.temporalSpatialTradeOffCapability */
	[476] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 19200U }, /* H245:H261VideoCapability.maxBitRate */
	[477] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H261VideoCapability.stillImageTransmission */
	[478] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SPatML */
	[479] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatLL */
	[480] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatML */
	[481] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatH-14 */
	[482] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatHL */
	[483] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SNRatLL */
	[484] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SNRatML */
	[485] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SpatialatH-14 */
	[486] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-HPatML */
	[487] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-HPatH-14 */
	[488] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-HPatHL */
	[489] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 1073741823U }, /* H245:H262VideoCapability.videoBitRate */
	[490] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 262143U }, /* H245:H262VideoCapability.vbvBufferSize */
	[491] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:H262VideoCapability.samplesPerLine */
	[492] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:H262VideoCapability.linesPerFrame */
	[493] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 15U }, /* H245:H262VideoCapability.framesPerSecond */
	[494] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H245:H262VideoCapability.luminanceSampleRate */
	[495] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 32U }, /* H245:H263VideoCapability.sqcifMPI */
	[496] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 32U }, /* H245:H263VideoCapability.qcifMPI */
	[497] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 32U }, /* H245:H263VideoCapability.cifMPI */
	[498] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 32U }, /* H245:H263VideoCapability.cif4MPI */
	[499] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 32U }, /* H245:H263VideoCapability.cif16MPI */
	[500] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 192400U }, /* H245:H263VideoCapability.maxBitRate */
	[501] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.unrestrictedVector */
	[502] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.arithmeticCoding */
	[503] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.advancedPrediction */
	[504] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.pbFrames */
	[505] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.temporalSpatialTradeOffCapability */
	[506] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 524287U }, /* H245:H263VideoCapability.hrd-B */
	[507] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:H263VideoCapability.bppMaxKb */
	[508] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172VideoCapability.constrainedBitstream */
	[509] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 1073741823U }, /* H245:IS11172VideoCapability.videoBitRate */
	[510] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 262143U }, /* H245:IS11172VideoCapability.vbvBufferSize */
	[511] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:IS11172VideoCapability.samplesPerLine */
	[512] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:IS11172VideoCapability.linesPerFrame */
	[513] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 15U }, /* H245:IS11172VideoCapability.pictureRate */
	[514] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H245:IS11172VideoCapability.luminanceSampleRate */
	[515] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H245:AudioCapability.g7231.maxAl-sduAudioFrames */
	[516] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:AudioCapability.g7231.silenceSuppression */
	[517] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioLayer1 */
	[518] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioLayer2 */
	[519] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioLayer3 */
	[520] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioSampling32k */
	[521] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioSampling44k1 */
	[522] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioSampling48k */
	[523] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.singleChannel */
	[524] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.twoChannels */
	[525] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 448U }, /* H245:IS11172AudioCapability.bitRate */
	[526] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioLayer1 */
	[527] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioLayer2 */
	[528] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioLayer3 */
	[529] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling16k */
	[530] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling22k05 */
	[531] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling24k */
	[532] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling32k */
	[533] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling44k1 */
	[534] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling48k */
	[535] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.singleChannel */
	[536] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.twoChannels */
	[537] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.threeChannels2-1 */
	[538] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.threeChannels3-0 */
	[539] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fourChannels2-0-2-0 */
	[540] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fourChannels2-2 */
	[541] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fourChannels3-1 */
	[542] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fiveChannels3-0-2-0 */
	[543] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fiveChannels3-2 */
	[544] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.lowFrequencyEnhancement */
	[545] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.multilingual */
	[546] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 1130U }, /* H245:IS13818AudioCapability.bitRate */
	[547] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 7, 18, 1437, 0U, 0U }, /* H245:DataProtocolCapability */
	[548] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1455, 0U, 0U }, /* H245:DataApplicationCapability.application.t84 */
	[549] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1457, 0U, 0U }, /* H245:DataApplicationCapability.application.nlpid */
	[550] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataApplicationCapability.application.dsvdControl */
	[551] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1Framed */
	[552] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1NotFramed */
	[553] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithoutSequenceNumbers */
	[554] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithSequenceNumbers */
	[555] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1459, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3 */
	[556] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1461, 0U, 0U }, /* H245:CRCLength */
	[557] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 4095U }, /* H245:V76HDLCParameters.n401 */
	[558] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76HDLCParameters.loopbackTestProcedure */
	[559] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume.noSuspendResume */
	[560] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewAddress */
	[561] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewoAddress */
	[562] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1464, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM */
	[563] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.uNERM */
	[564] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V75Parameters.audioHeaderPresent */
	[565] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 192U }, /* H245:McuNumber */
	[566] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 192U }, /* H245:TerminalNumber */
	[567] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaPacketization.h261aVideoPacketization */
	[568] = { NFH_PER_CHARS, NFH_PER_F_UB, 4, 0, 0, 0, 0, 1U, 16U }, /* H245:Q2931Address.address.internationalNumber */
	[569] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 20U }, /* H245:Q2931Address.address.nsapAddress */
	[570] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1466, 0U, 0U }, /* H245:UnicastAddress.iPAddress */
	[571] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 1468, 0U, 0U }, /* H245:UnicastAddress.iPXAddress */
	[572] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1471, 0U, 0U }, /* H245:UnicastAddress.iP6Address */
	[573] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H245:UnicastAddress.netBios */
	[574] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 4, 4, 1473, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress */
	[575] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1477, 0U, 0U }, /* H245:MulticastAddress.iPAddress */
	[576] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1479, 0U, 0U }, /* H245:MulticastAddress.iP6Address */
	[577] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1481, 0U, 0U }, /* H225:SecurityServiceMode */
	[578] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 12, 12, 1484, 0U, 0U }, /* H225:Content */
	[579] = { NFH_PER_CHARS, 0, 8, 0, 0, 0, 0, 0U, 0U }, /* H225:RTPSession.cname */
	[580] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 4294967295U }, /* H225:RTPSession.ssrc */
	[581] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 255U }, /* H225:RTPSession.sessionId */
	[582] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 647, 0U, 0U }, /* H225:RTPSession.associatedSessionIds */
	[583] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.pdu.sent */
	[584] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.algorithmOID */
	[585] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.hash */
	[586] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.algorithmOID */
	[587] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.hash */
	[588] = { NFH_PER_INT, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:Params.ranInt */
	[589] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 8U, 8U }, /* H235:IV8 */
	[590] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:CryptoToken.cryptoEncryptedToken.tokenOID */
	[591] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1496, 0U, 0U }, /* H235:ENCRYPTED */
	[592] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:CryptoToken.cryptoSignedToken.tokenOID */
	[593] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1499, 0U, 0U }, /* H235:SIGNED */
	[594] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:CryptoToken.cryptoHashedToken.tokenOID */
	[595] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1503, 0U, 0U }, /* H235:HASHED */
	[596] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[597] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[598] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 512U }, /* H225:CallCreditServiceControl.amountString */
	[599] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 1506, 0U, 0U }, /* H225:CallCreditServiceControl.billingMode */
	[600] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 4294967295U }, /* H225:CallCreditServiceControl.callDurationLimit */
	[601] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallCreditServiceControl.enforceCallDurationLimit */
	[602] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 1508, 0U, 0U }, /* H225:CallCreditServiceControl.callStartingPoint */
	[603] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:NonStandardIdentifier.h221NonStandard.t35CountryCode */
	[604] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:NonStandardIdentifier.h221NonStandard.t35Extension */
	[605] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:NonStandardIdentifier.h221NonStandard.manufacturerCode */
	[606] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.v14buffered */
	[607] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.v42lapm */
	[608] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.hdlcFrameTunnelling */
	[609] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.h310SeparateVCStack */
	[610] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.h310SingleVCStack */
	[611] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.transparent */
	[612] = { NFH_PER_CHOICE, 0, 0, 0, 2, 2, 1510, 0U, 0U }, /* H245:T84Profile */
	[613] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataApplicationCapability.application.nlpid.nlpidData */
	[614] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.controlFieldOctets */
	[615] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16777215U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.sendBufferSize */
	[616] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CRCLength.crc8bit */
	[617] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CRCLength.crc16bit */
	[618] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CRCLength.crc32bit */
	[619] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 127U }, /* H245:V76LogicalChannelParameters.mode.eRM.windowSize */
	[620] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1512, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery */
	[621] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPAddress.network */
	[622] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:UnicastAddress.iPAddress.tsapIdentifier */
	[623] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 6U, 6U }, /* H245:UnicastAddress.iPXAddress.node */
	[624] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPXAddress.netnum */
	[625] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 2U, 2U }, /* H245:UnicastAddress.iPXAddress.tsapIdentifier */
	[626] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H245:UnicastAddress.iP6Address.network */
	[627] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:UnicastAddress.iP6Address.tsapIdentifier */
	[628] = { NFH_PER_CHOICE, 0, 0, 0, 2, 2, 1515, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.routing */
	[629] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPSourceRouteAddress.network */
	[630] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:UnicastAddress.iPSourceRouteAddress.tsapIdentifier */
	[631] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 666, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.route */
	[632] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:MulticastAddress.iPAddress.network */
	[633] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:MulticastAddress.iPAddress.tsapIdentifier */
	[634] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H245:MulticastAddress.iP6Address.network */
	[635] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:MulticastAddress.iP6Address.tsapIdentifier */
	[636] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:SecurityServiceMode.none */
	[637] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:SecurityServiceMode.default */
	[638] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Content.raw */
	[639] = { NFH_PER_CHARS, 0, 8, 0, 0, 0, 0, 0U, 0U }, /* H225:Content.text */
	[640] = { NFH_PER_CHARS, 0, 16, 0, 0, 0, 0, 0U, 0U }, /* H225:Content.unicode */
	[641] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Content.bool */
	[642] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:Content.number8 */
	[643] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:Content.number16 */
	[644] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H225:Content.number32 */
	[645] = { NFH_PER_SEQOF, NFH_PER_F_UB, 0, 0, 0, 0, 428, 1U, 512U }, /* H225:Content.compound */
	[646] = { NFH_PER_SEQOF, NFH_PER_F_UB, 0, 0, 0, 0, 153, 1U, 16U }, /* H225:Content.nested */
	[647] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 255U }, /* H225:RTPSession.associatedSessionIds */
	[648] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[649] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[650] = { NFH_PER_OPEN, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:EncodedGeneralToken */
	[651] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[652] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[653] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.algorithmOID */
	[654] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.hash */
	[655] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallCreditServiceControl.billingMode.credit */
	[656] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallCreditServiceControl.billingMode.debit */
	[657] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallCreditServiceControl.callStartingPoint.alerting */
	[658] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallCreditServiceControl.callStartingPoint.connect */
	[659] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Unrestricted */
	[660] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 19, 19, 1517, 0U, 0U }, /* H245:T84Profile.t84Restricted */
	[661] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.rej */
	[662] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.sREJ */
	[663] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.mSREJ */
	[664] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.strict */
	[665] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.loose */
	[666] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPSourceRouteAddress.route */
	[667] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.qcif */
	[668] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.cif */
	[669] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.ccir601Seq */
	[670] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.ccir601Prog */
	[671] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.hdtvSeq */
	[672] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.hdtvProg */
	[673] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g3FacsMH200x100 */
	[674] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g3FacsMH200x200 */
	[675] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x100 */
	[676] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x200 */
	[677] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig200x200Seq */
	[678] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig200x200Prog */
	[679] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig300x300Seq */
	[680] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig300x300Prog */
	[681] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoLow */
	[682] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoMedSeq */
	[683] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoMedProg */
	[684] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoHighSeq */
	[685] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoHighProg */
};

/* type, flags, action, message */
const struct nfh_per_member nfh_h323_members[1536] = {
	{ 4, 0, 0, 0 }, /* H225:H323-UserInformation.h323-uu-pdu */
	{ 5, NFH_PER_M_OPT, 0, 0 }, /* H225:H323-UserInformation.user-data */
	{ 6, 0, 0, 1 }, /* H225:RasMessage.gatekeeperRequest */
	{ 7, 0, 0, 2 }, /* H225:RasMessage.gatekeeperConfirm */
	{ 8, 0, 0, 3 }, /* H225:RasMessage.gatekeeperReject */
	{ 9, 0, 0, 4 }, /* H225:RasMessage.registrationRequest */
	{ 10, 0, 0, 5 }, /* H225:RasMessage.registrationConfirm */
	{ 11, 0, 0, 6 }, /* H225:RasMessage.registrationReject */
	{ 12, 0, 0, 7 }, /* H225:RasMessage.unregistrationRequest */
	{ 13, 0, 0, 8 }, /* H225:RasMessage.unregistrationConfirm */
	{ 14, 0, 0, 9 }, /* H225:RasMessage.unregistrationReject */
	{ 15, 0, 0, 10 }, /* H225:RasMessage.admissionRequest */
	{ 16, 0, 0, 11 }, /* H225:RasMessage.admissionConfirm */
	{ 17, 0, 0, 12 }, /* H225:RasMessage.admissionReject */
	{ 18, 0, 0, 13 }, /* H225:RasMessage.bandwidthRequest */
	{ 19, 0, 0, 14 }, /* H225:RasMessage.bandwidthConfirm */
	{ 20, 0, 0, 15 }, /* H225:RasMessage.bandwidthReject */
	{ 21, 0, 0, 16 }, /* H225:RasMessage.disengageRequest */
	{ 22, 0, 0, 17 }, /* H225:RasMessage.disengageConfirm */
	{ 23, 0, 0, 18 }, /* H225:RasMessage.disengageReject */
	{ 24, 0, 0, 19 }, /* H225:RasMessage.locationRequest */
	{ 25, 0, 0, 20 }, /* H225:RasMessage.locationConfirm */
	{ 26, 0, 0, 21 }, /* H225:RasMessage.locationReject */
	{ 27, 0, 0, 22 }, /* H225:RasMessage.infoRequest */
	{ 28, 0, 0, 23 }, /* H225:RasMessage.infoRequestResponse */
	{ 29, 0, 0, 24 }, /* H225:RasMessage.nonStandardMessage */
	{ 30, 0, 0, 25 }, /* H225:RasMessage.unknownMessageResponse */
	{ 31, 0, 0, 26 }, /* H225:RasMessage.requestInProgress */
	{ 32, 0, 0, 27 }, /* H225:RasMessage.resourcesAvailableIndicate */
	{ 33, 0, 0, 28 }, /* H225:RasMessage.resourcesAvailableConfirm */
	{ 34, 0, 0, 29 }, /* H225:RasMessage.infoRequestAck */
	{ 35, 0, 0, 30 }, /* H225:RasMessage.infoRequestNak */
	{ 36, 0, 0, 31 }, /* H225:RasMessage.serviceControlIndication */
	{ 37, 0, 0, 32 }, /* H225:RasMessage.serviceControlResponse */
	{ 38, 0, 0, 33 }, /* H225:RasMessage.admissionConfirmSequence */
	{ 39, 0, 0, 0 }, /* H245:MultimediaSystemControlMessage.request */
	{ 40, 0, 0, 0 }, /* H245:MultimediaSystemControlMessage.response */
	{ 41, 0, 0, 0 }, /* H245:MultimediaSystemControlMessage.command */
	{ 42, 0, 0, 0 }, /* H245:MultimediaSystemControlMessage.indication */
	{ 43, 0, NFH_H323_ACT_LCN, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelNumber */
	{ 44, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters */
	{ 45, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters */
	{ 46, 0, NFH_H323_ACT_ROLE_T120, 0 }, /* H245:OpenLogicalChannel.separateStack */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.encryptionSync */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.genericInformation */
	{ 47, 0, 0, 0 }, /* H225:H323-UU-PDU.h323-message-body */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:H323-UU-PDU.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.h4501SupplementaryService */
	{ 49, 0, NFH_H323_ACT_TUNNELLING, 0 }, /* H225:H323-UU-PDU.h245Tunneling */
	{ 50, 0, NFH_H323_ACT_AS_MSCM, 0 }, /* H225:H323-UU-PDU.h245Control */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.nonStandardControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.tunnelledSignallingMessage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.provisionalRespToH245Tunneling */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.stimulusControl */
	{ 51, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:H323-UU-PDU.genericData */
	{ 52, 0, 0, 0 }, /* H225:H323-UserInformation.user-data.protocol-discriminator */
	{ 53, 0, 0, 0 }, /* H225:H323-UserInformation.user-data.user-information */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:GatekeeperRequest.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:GatekeeperRequest.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.nonStandardData */
	{ 56, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:GatekeeperRequest.rasAddress */
	{ 57, 0, 0, 0 }, /* H225:GatekeeperRequest.endpointType */
	{ 58, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.gatekeeperIdentifier */
	{ 59, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.callServices */
	{ 60, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.endpointAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.alternateEndpoints */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.authenticationCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.algorithmOIDs */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.integrity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.supportsAltGK */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:GatekeeperRequest.featureSet */
	{ 62, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:GatekeeperRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.supportsAssignedGK */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.assignedGatekeeper */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:GatekeeperConfirm.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:GatekeeperConfirm.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperConfirm.nonStandardData */
	{ 58, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperConfirm.gatekeeperIdentifier */
	{ 56, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:GatekeeperConfirm.rasAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.alternateGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.authenticationMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.algorithmOID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.integrity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.integrityCheckValue */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:GatekeeperConfirm.featureSet */
	{ 63, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:GatekeeperConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.assignedGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.rehomingModel */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:GatekeeperReject.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:GatekeeperReject.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperReject.nonStandardData */
	{ 58, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperReject.gatekeeperIdentifier */
	{ 64, 0, 0, 0 }, /* H225:GatekeeperReject.rejectReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperReject.altGKInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperReject.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperReject.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperReject.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperReject.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperReject.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:RegistrationRequest.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:RegistrationRequest.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationRequest.nonStandardData */
	{ 65, 0, 0, 0 }, /* H225:RegistrationRequest.discoveryComplete */
	{ 66, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:RegistrationRequest.callSignalAddress */
	{ 67, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:RegistrationRequest.rasAddress */
	{ 57, 0, 0, 0 }, /* H225:RegistrationRequest.terminalType */
	{ 68, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationRequest.terminalAlias */
	{ 58, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationRequest.gatekeeperIdentifier */
	{ 69, 0, 0, 0 }, /* H225:RegistrationRequest.endpointVendor */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.alternateEndpoints */
	{ 70, 0, NFH_H323_ACT_TTL, 0 }, /* H225:RegistrationRequest.timeToLive */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.integrityCheckValue */
	{ 71, 0, NFH_H323_ACT_KEEPALIVE, 0 }, /* H225:RegistrationRequest.keepAlive */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.endpointIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.willSupplyUUIEs */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.alternateTransportAddresses */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.additiveRegistration */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.terminalAliasPattern */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.supportsAltGK */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.usageReportingCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.supportedH248Packages */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.callCreditCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.capacityReportingCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.capacity */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:RegistrationRequest.featureSet */
	{ 72, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:RegistrationRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.restart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.supportsACFSequences */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.supportsAssignedGK */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.assignedGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.transportQOS */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.language */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:RegistrationConfirm.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:RegistrationConfirm.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationConfirm.nonStandardData */
	{ 73, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:RegistrationConfirm.callSignalAddress */
	{ 74, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationConfirm.terminalAlias */
	{ 58, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationConfirm.gatekeeperIdentifier */
	{ 75, 0, 0, 0 }, /* H225:RegistrationConfirm.endpointIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.alternateGatekeeper */
	{ 70, 0, NFH_H323_ACT_TTL, 0 }, /* H225:RegistrationConfirm.timeToLive */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.willRespondToIRR */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.preGrantedARQ */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.supportsAdditiveRegistration */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.terminalAliasPattern */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.supportedPrefixes */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.usageSpec */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.featureServerAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.capacityReportingSpec */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:RegistrationConfirm.featureSet */
	{ 76, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:RegistrationConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.assignedGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.rehomingModel */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.transportQOS */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.language */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:RegistrationReject.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:RegistrationReject.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationReject.nonStandardData */
	{ 77, 0, 0, 0 }, /* H225:RegistrationReject.rejectReason */
	{ 58, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationReject.gatekeeperIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationReject.altGKInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationReject.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationReject.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationReject.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationReject.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationReject.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationReject.assignedGatekeeper */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:UnregistrationRequest.requestSeqNum */
	{ 78, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:UnregistrationRequest.callSignalAddress */
	{ 79, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationRequest.endpointAlias */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationRequest.nonStandardData */
	{ 75, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationRequest.endpointIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.alternateEndpoints */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.gatekeeperIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.reason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.endpointAliasPattern */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.supportedPrefixes */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.alternateGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationRequest.assignedGatekeeper */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:UnregistrationConfirm.requestSeqNum */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationConfirm.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationConfirm.assignedGatekeeper */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:UnregistrationReject.requestSeqNum */
	{ 80, 0, 0, 0 }, /* H225:UnregistrationReject.rejectReason */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationReject.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationReject.altGKInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationReject.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationReject.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationReject.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregistrationReject.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:AdmissionRequest.requestSeqNum */
	{ 81, 0, 0, 0 }, /* H225:AdmissionRequest.callType */
	{ 82, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.callModel */
	{ 75, 0, 0, 0 }, /* H225:AdmissionRequest.endpointIdentifier */
	{ 83, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.destinationInfo */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:AdmissionRequest.destCallSignalAddress */
	{ 84, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.destExtraCallInfo */
	{ 85, 0, 0, 0 }, /* H225:AdmissionRequest.srcInfo */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:AdmissionRequest.srcCallSignalAddress */
	{ 86, 0, 0, 0 }, /* H225:AdmissionRequest.bandWidth */
	{ 87, 0, 0, 0 }, /* H225:AdmissionRequest.callReferenceValue */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.nonStandardData */
	{ 59, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.callServices */
	{ 88, 0, 0, 0 }, /* H225:AdmissionRequest.conferenceID */
	{ 89, 0, 0, 0 }, /* H225:AdmissionRequest.activeMC */
	{ 90, 0, 0, 0 }, /* H225:AdmissionRequest.answerCall */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.canMapAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.srcAlternatives */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.destAlternatives */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.gatekeeperIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.transportQOS */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.willSupplyUUIEs */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.gatewayDataRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.desiredProtocols */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.desiredTunnelledProtocol */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:AdmissionRequest.featureSet */
	{ 91, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:AdmissionRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.canMapSrcAlias */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:AdmissionConfirm.requestSeqNum */
	{ 86, 0, 0, 0 }, /* H225:AdmissionConfirm.bandWidth */
	{ 82, 0, 0, 0 }, /* H225:AdmissionConfirm.callModel */
	{ 56, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:AdmissionConfirm.destCallSignalAddress */
	{ 92, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionConfirm.irrFrequency */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionConfirm.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.destinationInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.destExtraCallInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.destinationType */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.remoteExtensionAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.alternateEndpoints */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.transportQOS */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.willRespondToIRR */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.uuiesRequested */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.language */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.alternateTransportAddresses */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.useSpecifiedTransport */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.usageSpec */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.supportedProtocols */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.multipleCalls */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:AdmissionConfirm.featureSet */
	{ 93, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:AdmissionConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.modifiedSrcInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.assignedGatekeeper */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:AdmissionReject.requestSeqNum */
	{ 94, 0, 0, 0 }, /* H225:AdmissionReject.rejectReason */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionReject.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.altGKInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.callSignalAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionReject.assignedGatekeeper */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:BandwidthRequest.requestSeqNum */
	{ 75, 0, 0, 0 }, /* H225:BandwidthRequest.endpointIdentifier */
	{ 88, 0, 0, 0 }, /* H225:BandwidthRequest.conferenceID */
	{ 87, 0, 0, 0 }, /* H225:BandwidthRequest.callReferenceValue */
	{ 81, NFH_PER_M_OPT, 0, 0 }, /* H225:BandwidthRequest.callType */
	{ 86, 0, 0, 0 }, /* H225:BandwidthRequest.bandWidth */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:BandwidthRequest.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.gatekeeperIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.answeredCall */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.usageInformation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.bandwidthDetails */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthRequest.transportQOS */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:BandwidthConfirm.requestSeqNum */
	{ 86, 0, 0, 0 }, /* H225:BandwidthConfirm.bandWidth */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:BandwidthConfirm.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthConfirm.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthConfirm.transportQOS */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:BandwidthReject.requestSeqNum */
	{ 95, 0, 0, 0 }, /* H225:BandwidthReject.rejectReason */
	{ 86, 0, 0, 0 }, /* H225:BandwidthReject.allowedBandWidth */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:BandwidthReject.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthReject.altGKInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthReject.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthReject.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthReject.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandwidthReject.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:DisengageRequest.requestSeqNum */
	{ 75, 0, 0, 0 }, /* H225:DisengageRequest.endpointIdentifier */
	{ 88, 0, 0, 0 }, /* H225:DisengageRequest.conferenceID */
	{ 87, 0, 0, 0 }, /* H225:DisengageRequest.callReferenceValue */
	{ 96, 0, 0, 0 }, /* H225:DisengageRequest.disengageReason */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:DisengageRequest.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.gatekeeperIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.answeredCall */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.usageInformation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.terminationCause */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRequest.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:DisengageConfirm.requestSeqNum */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:DisengageConfirm.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.usageInformation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageConfirm.assignedGatekeeper */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:DisengageReject.requestSeqNum */
	{ 97, 0, 0, 0 }, /* H225:DisengageReject.rejectReason */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:DisengageReject.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageReject.altGKInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageReject.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageReject.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageReject.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageReject.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:LocationRequest.requestSeqNum */
	{ 75, NFH_PER_M_OPT, 0, 0 }, /* H225:LocationRequest.endpointIdentifier */
	{ 98, 0, 0, 0 }, /* H225:LocationRequest.destinationInfo */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:LocationRequest.nonStandardData */
	{ 56, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:LocationRequest.replyAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.sourceInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.canMapAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.gatekeeperIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.desiredProtocols */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.desiredTunnelledProtocol */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:LocationRequest.featureSet */
	{ 99, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:LocationRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.hopCount */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.bandWidth */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.sourceEndpointInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.canMapSrcAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.language */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:LocationConfirm.requestSeqNum */
	{ 56, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:LocationConfirm.callSignalAddress */
	{ 56, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:LocationConfirm.rasAddress */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:LocationConfirm.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.destinationInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.destExtraCallInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.destinationType */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.remoteExtensionAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.alternateEndpoints */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.alternateTransportAddresses */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.supportedProtocols */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.multipleCalls */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:LocationConfirm.featureSet */
	{ 100, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:LocationConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.modifiedSrcInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.bandWidth */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.language */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:LocationReject.requestSeqNum */
	{ 101, 0, 0, 0 }, /* H225:LocationReject.rejectReason */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:LocationReject.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationReject.altGKInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationReject.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationReject.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationReject.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationReject.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationReject.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationReject.serviceControl */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:InfoRequest.requestSeqNum */
	{ 87, 0, 0, 0 }, /* H225:InfoRequest.callReferenceValue */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequest.nonStandardData */
	{ 56, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequest.replyAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.uuiesRequested */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.usageInfoRequested */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.segmentedResponseSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.nextSegmentRequested */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.capacityInfoRequested */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequest.assignedGatekeeper */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.nonStandardData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:InfoRequestResponse.requestSeqNum */
	{ 57, 0, 0, 0 }, /* H225:InfoRequestResponse.endpointType */
	{ 75, 0, 0, 0 }, /* H225:InfoRequestResponse.endpointIdentifier */
	{ 56, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:InfoRequestResponse.rasAddress */
	{ 102, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:InfoRequestResponse.callSignalAddress */
	{ 103, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.endpointAlias */
	{ 104, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.needResponse */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.irrStatus */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.unsolicited */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:NonStandardMessage.requestSeqNum */
	{ 48, 0, 0, 0 }, /* H225:NonStandardMessage.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:NonStandardMessage.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:NonStandardMessage.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:NonStandardMessage.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:NonStandardMessage.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:NonStandardMessage.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:UnknownMessageResponse.requestSeqNum */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnknownMessageResponse.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnknownMessageResponse.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnknownMessageResponse.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnknownMessageResponse.messageNotUnderstood */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:RequestInProgress.requestSeqNum */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:RequestInProgress.nonStandardData */
	{ 105, NFH_PER_M_OPT, 0, 0 }, /* H225:RequestInProgress.tokens */
	{ 106, NFH_PER_M_OPT, 0, 0 }, /* H225:RequestInProgress.cryptoTokens */
	{ 107, NFH_PER_M_OPT, 0, 0 }, /* H225:RequestInProgress.integrityCheckValue */
	{ 108, 0, 0, 0 }, /* H225:RequestInProgress.delay */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:ResourcesAvailableIndicate.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:ResourcesAvailableIndicate.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableIndicate.nonStandardData */
	{ 75, 0, 0, 0 }, /* H225:ResourcesAvailableIndicate.endpointIdentifier */
	{ 109, 0, 0, 0 }, /* H225:ResourcesAvailableIndicate.protocols */
	{ 110, 0, 0, 0 }, /* H225:ResourcesAvailableIndicate.almostOutOfResources */
	{ 111, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableIndicate.tokens */
	{ 112, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableIndicate.cryptoTokens */
	{ 107, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableIndicate.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ResourcesAvailableIndicate.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ResourcesAvailableIndicate.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:ResourcesAvailableConfirm.requestSeqNum */
	{ 55, 0, 0, 0 }, /* H225:ResourcesAvailableConfirm.protocolIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableConfirm.nonStandardData */
	{ 113, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableConfirm.tokens */
	{ 114, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableConfirm.cryptoTokens */
	{ 107, NFH_PER_M_OPT, 0, 0 }, /* H225:ResourcesAvailableConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ResourcesAvailableConfirm.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:InfoRequestAck.requestSeqNum */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestAck.nonStandardData */
	{ 115, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestAck.tokens */
	{ 116, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestAck.cryptoTokens */
	{ 107, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestAck.integrityCheckValue */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:InfoRequestNak.requestSeqNum */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestNak.nonStandardData */
	{ 117, 0, 0, 0 }, /* H225:InfoRequestNak.nakReason */
	{ 118, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestNak.altGKInfo */
	{ 119, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestNak.tokens */
	{ 120, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestNak.cryptoTokens */
	{ 107, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestNak.integrityCheckValue */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:ServiceControlIndication.requestSeqNum */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.nonStandardData */
	{ 121, 0, 0, 0 }, /* H225:ServiceControlIndication.serviceControl */
	{ 75, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.endpointIdentifier */
	{ 122, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.callSpecific */
	{ 123, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.tokens */
	{ 124, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.cryptoTokens */
	{ 107, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.integrityCheckValue */
	{ 61, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.featureSet */
	{ 125, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlIndication.genericData */
	{ 54, 0, NFH_H323_ACT_SEQNUM, 0 }, /* H225:ServiceControlResponse.requestSeqNum */
	{ 126, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlResponse.result */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlResponse.nonStandardData */
	{ 127, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlResponse.tokens */
	{ 128, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlResponse.cryptoTokens */
	{ 107, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlResponse.integrityCheckValue */
	{ 61, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlResponse.featureSet */
	{ 129, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlResponse.genericData */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 34 }, /* H245:RequestMessage.nonStandard */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 35 }, /* H245:RequestMessage.masterSlaveDetermination */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 36 }, /* H245:RequestMessage.terminalCapabilitySet */
	{ 3, 0, 0, 37 }, /* H245:RequestMessage.openLogicalChannel */
	{ 130, 0, 0, 38 }, /* H245:RequestMessage.closeLogicalChannel */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 39 }, /* H245:RequestMessage.requestChannelClose */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 40 }, /* H245:RequestMessage.multiplexEntrySend */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 41 }, /* H245:RequestMessage.requestMultiplexEntry */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 42 }, /* H245:RequestMessage.requestMode */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 43 }, /* H245:RequestMessage.roundTripDelayRequest */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 44 }, /* H245:RequestMessage.maintenanceLoopRequest */
	{ NFH_H323_T_SKIP, 0, 0, 45 }, /* H245:RequestMessage.communicationModeRequest */
	{ NFH_H323_T_SKIP, 0, 0, 46 }, /* H245:RequestMessage.conferenceRequest */
	{ NFH_H323_T_SKIP, 0, 0, 47 }, /* H245:RequestMessage.multilinkRequest */
	{ NFH_H323_T_SKIP, 0, 0, 48 }, /* H245:RequestMessage.logicalChannelRateRequest */
	{ NFH_H323_T_SKIP, 0, 0, 49 }, /* H245:RequestMessage.genericRequest */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 50 }, /* H245:ResponseMessage.nonStandard */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 51 }, /* H245:ResponseMessage.masterSlaveDeterminationAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 52 }, /* H245:ResponseMessage.masterSlaveDeterminationReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 53 }, /* H245:ResponseMessage.terminalCapabilitySetAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 54 }, /* H245:ResponseMessage.terminalCapabilitySetReject */
	{ 131, 0, 0, 55 }, /* H245:ResponseMessage.openLogicalChannelAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 56 }, /* H245:ResponseMessage.openLogicalChannelReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 57 }, /* H245:ResponseMessage.closeLogicalChannelAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 58 }, /* H245:ResponseMessage.requestChannelCloseAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 59 }, /* H245:ResponseMessage.requestChannelCloseReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 60 }, /* H245:ResponseMessage.multiplexEntrySendAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 61 }, /* H245:ResponseMessage.multiplexEntrySendReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 62 }, /* H245:ResponseMessage.requestMultiplexEntryAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 63 }, /* H245:ResponseMessage.requestMultiplexEntryReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 64 }, /* H245:ResponseMessage.requestModeAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 65 }, /* H245:ResponseMessage.requestModeReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 66 }, /* H245:ResponseMessage.roundTripDelayResponse */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 67 }, /* H245:ResponseMessage.maintenanceLoopAck */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 68 }, /* H245:ResponseMessage.maintenanceLoopReject */
	{ NFH_H323_T_SKIP, 0, 0, 69 }, /* H245:ResponseMessage.communicationModeResponse */
	{ NFH_H323_T_SKIP, 0, 0, 70 }, /* H245:ResponseMessage.conferenceResponse */
	{ NFH_H323_T_SKIP, 0, 0, 71 }, /* H245:ResponseMessage.multilinkResponse */
	{ NFH_H323_T_SKIP, 0, 0, 72 }, /* H245:ResponseMessage.logicalChannelRateAcknowledge */
	{ NFH_H323_T_SKIP, 0, 0, 73 }, /* H245:ResponseMessage.logicalChannelRateReject */
	{ NFH_H323_T_SKIP, 0, 0, 74 }, /* H245:ResponseMessage.genericResponse */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 75 }, /* H245:CommandMessage.nonStandard */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 76 }, /* H245:CommandMessage.maintenanceLoopOffCommand */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 77 }, /* H245:CommandMessage.sendTerminalCapabilitySet */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 78 }, /* H245:CommandMessage.encryptionCommand */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 79 }, /* H245:CommandMessage.flowControlCommand */
	{ 132, 0, NFH_H323_ACT_KEEP, 80 }, /* H245:CommandMessage.endSessionCommand */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 81 }, /* H245:CommandMessage.miscellaneousCommand */
	{ NFH_H323_T_SKIP, 0, 0, 82 }, /* H245:CommandMessage.communicationModeCommand */
	{ NFH_H323_T_SKIP, 0, 0, 83 }, /* H245:CommandMessage.conferenceCommand */
	{ NFH_H323_T_SKIP, 0, 0, 84 }, /* H245:CommandMessage.h223MultiplexReconfiguration */
	{ NFH_H323_T_SKIP, 0, 0, 85 }, /* H245:CommandMessage.newATMVCCommand */
	{ NFH_H323_T_SKIP, 0, 0, 86 }, /* H245:CommandMessage.mobileMultilinkReconfigurationCommand */
	{ NFH_H323_T_SKIP, 0, 0, 87 }, /* H245:CommandMessage.genericCommand */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 88 }, /* H245:IndicationMessage.nonStandard */
	{ 133, 0, 0, 89 }, /* H245:IndicationMessage.functionNotUnderstood */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 90 }, /* H245:IndicationMessage.masterSlaveDeterminationRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 91 }, /* H245:IndicationMessage.terminalCapabilitySetRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 92 }, /* H245:IndicationMessage.openLogicalChannelConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 93 }, /* H245:IndicationMessage.requestChannelCloseRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 94 }, /* H245:IndicationMessage.multiplexEntrySendRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 95 }, /* H245:IndicationMessage.requestMultiplexEntryRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 96 }, /* H245:IndicationMessage.requestModeRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 97 }, /* H245:IndicationMessage.miscellaneousIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 98 }, /* H245:IndicationMessage.jitterIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 99 }, /* H245:IndicationMessage.h223SkewIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 100 }, /* H245:IndicationMessage.newATMVCIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 101 }, /* H245:IndicationMessage.userInput */
	{ NFH_H323_T_SKIP, 0, 0, 102 }, /* H245:IndicationMessage.h2250MaximumSkewIndication */
	{ NFH_H323_T_SKIP, 0, 0, 103 }, /* H245:IndicationMessage.mcLocationIndication */
	{ NFH_H323_T_SKIP, 0, 0, 104 }, /* H245:IndicationMessage.conferenceIndication */
	{ NFH_H323_T_SKIP, 0, 0, 105 }, /* H245:IndicationMessage.vendorIdentification */
	{ NFH_H323_T_SKIP, 0, 0, 106 }, /* H245:IndicationMessage.functionNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 107 }, /* H245:IndicationMessage.multilinkIndication */
	{ NFH_H323_T_SKIP, 0, 0, 108 }, /* H245:IndicationMessage.logicalChannelRateRelease */
	{ NFH_H323_T_SKIP, 0, 0, 109 }, /* H245:IndicationMessage.flowControlIndication */
	{ NFH_H323_T_SKIP, 0, 0, 110 }, /* H245:IndicationMessage.mobileMultilinkReconfigurationIndication */
	{ NFH_H323_T_SKIP, 0, 0, 111 }, /* H245:IndicationMessage.genericIndication */
	{ 134, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.portNumber */
	{ 135, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.dataType */
	{ 136, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.forwardLogicalChannelDependency */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.replacementFor */
	{ 135, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.dataType */
	{ 137, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.reverseLogicalChannelDependency */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.replacementFor */
	{ 138, NFH_PER_M_OPT, 0, 0 }, /* H245:NetworkAccessParameters.distribution */
	{ 139, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress */
	{ 140, 0, 0, 0 }, /* H245:NetworkAccessParameters.associateConference */
	{ 141, NFH_PER_M_OPT, 0, 0 }, /* H245:NetworkAccessParameters.externalReference */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:NetworkAccessParameters.t120SetupProcedure */
	{ 142, 0, 0, 112 }, /* H225:H323-UU-PDU.h323-message-body.setup */
	{ 143, 0, 0, 113 }, /* H225:H323-UU-PDU.h323-message-body.callProceeding */
	{ 144, 0, 0, 114 }, /* H225:H323-UU-PDU.h323-message-body.connect */
	{ 145, 0, 0, 115 }, /* H225:H323-UU-PDU.h323-message-body.alerting */
	{ 146, 0, 0, 116 }, /* H225:H323-UU-PDU.h323-message-body.information */
	{ 147, 0, 0, 117 }, /* H225:H323-UU-PDU.h323-message-body.releaseComplete */
	{ 148, 0, 0, 118 }, /* H225:H323-UU-PDU.h323-message-body.facility */
	{ 149, 0, 0, 119 }, /* H225:H323-UU-PDU.h323-message-body.progress */
	{ NFH_H323_T_SKIP, 0, 0, 120 }, /* H225:H323-UU-PDU.h323-message-body.empty */
	{ NFH_H323_T_SKIP, 0, 0, 121 }, /* H225:H323-UU-PDU.h323-message-body.status */
	{ NFH_H323_T_SKIP, 0, 0, 122 }, /* H225:H323-UU-PDU.h323-message-body.statusInquiry */
	{ NFH_H323_T_SKIP, 0, 0, 123 }, /* H225:H323-UU-PDU.h323-message-body.setupAcknowledge */
	{ NFH_H323_T_SKIP, 0, 0, 124 }, /* H225:H323-UU-PDU.h323-message-body.notify */
	{ 150, 0, 0, 0 }, /* H225:NonStandardParameter.nonStandardIdentifier */
	{ 151, 0, 0, 0 }, /* H225:NonStandardParameter.data */
	{ 154, 0, NFH_H323_ACT_IP4, 0 }, /* H225:TransportAddress.ipAddress */
	{ 155, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute */
	{ 156, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress */
	{ 157, 0, NFH_H323_ACT_IP6, 0 }, /* H225:TransportAddress.ip6Address */
	{ 158, 0, 0, 0 }, /* H225:TransportAddress.netBios */
	{ 159, 0, 0, 0 }, /* H225:TransportAddress.nsap */
	{ 48, 0, 0, 0 }, /* H225:TransportAddress.nonStandardAddress */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.nonStandardData */
	{ 69, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.vendor */
	{ 160, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.gatekeeper */
	{ 161, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.gateway */
	{ 162, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.mcu */
	{ 163, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.terminal */
	{ 164, 0, 0, 0 }, /* H225:EndpointType.mc */
	{ 165, 0, 0, 0 }, /* H225:EndpointType.undefinedNode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:EndpointType.set */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:EndpointType.supportedTunnelledProtocols */
	{ 166, 0, 0, 0 }, /* H225:QseriesOptions.q932Full */
	{ 167, 0, 0, 0 }, /* H225:QseriesOptions.q951Full */
	{ 168, 0, 0, 0 }, /* H225:QseriesOptions.q952Full */
	{ 169, 0, 0, 0 }, /* H225:QseriesOptions.q953Full */
	{ 170, 0, 0, 0 }, /* H225:QseriesOptions.q955Full */
	{ 171, 0, 0, 0 }, /* H225:QseriesOptions.q956Full */
	{ 172, 0, 0, 0 }, /* H225:QseriesOptions.q957Full */
	{ 173, 0, 0, 0 }, /* H225:QseriesOptions.q954Info */
	{ 175, 0, 0, 0 }, /* H225:FeatureSet.replacementFeatureSet */
	{ 176, NFH_PER_M_OPT, 0, 0 }, /* H225:FeatureSet.neededFeatures */
	{ 177, NFH_PER_M_OPT, 0, 0 }, /* H225:FeatureSet.desiredFeatures */
	{ 178, NFH_PER_M_OPT, 0, 0 }, /* H225:FeatureSet.supportedFeatures */
	{ 179, 0, 0, 0 }, /* H225:GatekeeperRejectReason.resourceUnavailable */
	{ 180, 0, 0, 0 }, /* H225:GatekeeperRejectReason.terminalExcluded */
	{ 181, 0, 0, 0 }, /* H225:GatekeeperRejectReason.invalidRevision */
	{ 182, 0, 0, 0 }, /* H225:GatekeeperRejectReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRejectReason.securityDenial */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRejectReason.genericDataReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRejectReason.neededFeatureNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRejectReason.securityError */
	{ 183, 0, 0, 0 }, /* H225:VendorIdentifier.vendor */
	{ 184, NFH_PER_M_OPT, 0, 0 }, /* H225:VendorIdentifier.productId */
	{ 185, NFH_PER_M_OPT, 0, 0 }, /* H225:VendorIdentifier.versionId */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:VendorIdentifier.enterpriseNumber */
	{ 186, 0, 0, 0 }, /* H225:RegistrationRejectReason.discoveryRequired */
	{ 187, 0, 0, 0 }, /* H225:RegistrationRejectReason.invalidRevision */
	{ 188, 0, 0, 0 }, /* H225:RegistrationRejectReason.invalidCallSignalAddress */
	{ 189, 0, 0, 0 }, /* H225:RegistrationRejectReason.invalidRASAddress */
	{ 190, 0, 0, 0 }, /* H225:RegistrationRejectReason.duplicateAlias */
	{ 191, 0, 0, 0 }, /* H225:RegistrationRejectReason.invalidTerminalType */
	{ 192, 0, 0, 0 }, /* H225:RegistrationRejectReason.undefinedReason */
	{ 193, 0, 0, 0 }, /* H225:RegistrationRejectReason.transportNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.transportQOSNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.resourceUnavailable */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.invalidAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.securityDenial */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.fullRegistrationRequired */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.additiveRegistrationNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.invalidTerminalAliases */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.genericDataReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.neededFeatureNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.securityError */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRejectReason.registerWithAssignedGK */
	{ 194, 0, 0, 0 }, /* H225:UnregRejectReason.notCurrentlyRegistered */
	{ 195, 0, 0, 0 }, /* H225:UnregRejectReason.callInProgress */
	{ 196, 0, 0, 0 }, /* H225:UnregRejectReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregRejectReason.permissionDenied */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregRejectReason.securityDenial */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:UnregRejectReason.securityError */
	{ 197, 0, 0, 0 }, /* H225:CallType.pointToPoint */
	{ 198, 0, 0, 0 }, /* H225:CallType.oneToN */
	{ 199, 0, 0, 0 }, /* H225:CallType.nToOne */
	{ 200, 0, 0, 0 }, /* H225:CallType.nToN */
	{ 201, 0, 0, 0 }, /* H225:CallModel.direct */
	{ 202, 0, 0, 0 }, /* H225:CallModel.gatekeeperRouted */
	{ 203, 0, 0, 0 }, /* H225:AdmissionRejectReason.calledPartyNotRegistered */
	{ 204, 0, 0, 0 }, /* H225:AdmissionRejectReason.invalidPermission */
	{ 205, 0, 0, 0 }, /* H225:AdmissionRejectReason.requestDenied */
	{ 206, 0, 0, 0 }, /* H225:AdmissionRejectReason.undefinedReason */
	{ 207, 0, 0, 0 }, /* H225:AdmissionRejectReason.callerNotRegistered */
	{ 208, 0, 0, 0 }, /* H225:AdmissionRejectReason.routeCallToGatekeeper */
	{ 209, 0, 0, 0 }, /* H225:AdmissionRejectReason.invalidEndpointIdentifier */
	{ 210, 0, 0, 0 }, /* H225:AdmissionRejectReason.resourceUnavailable */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.securityDenial */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.qosControlNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.incompleteAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.aliasesInconsistent */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.routeCallToSCN */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.exceedsCallCapacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.collectDestination */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.collectPIN */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.genericDataReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.neededFeatureNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.securityError */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.securityDHmismatch */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.noRouteToDestination */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.unallocatedNumber */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRejectReason.registerWithAssignedGK */
	{ 211, 0, 0, 0 }, /* H225:BandRejectReason.notBound */
	{ 212, 0, 0, 0 }, /* H225:BandRejectReason.invalidConferenceID */
	{ 213, 0, 0, 0 }, /* H225:BandRejectReason.invalidPermission */
	{ 214, 0, 0, 0 }, /* H225:BandRejectReason.insufficientResources */
	{ 215, 0, 0, 0 }, /* H225:BandRejectReason.invalidRevision */
	{ 216, 0, 0, 0 }, /* H225:BandRejectReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandRejectReason.securityDenial */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:BandRejectReason.securityError */
	{ 217, 0, 0, 0 }, /* H225:DisengageReason.forcedDrop */
	{ 218, 0, 0, 0 }, /* H225:DisengageReason.normalDrop */
	{ 219, 0, 0, 0 }, /* H225:DisengageReason.undefinedReason */
	{ 220, 0, 0, 0 }, /* H225:DisengageRejectReason.notRegistered */
	{ 221, 0, 0, 0 }, /* H225:DisengageRejectReason.requestToDropOther */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRejectReason.securityDenial */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:DisengageRejectReason.securityError */
	{ 222, 0, 0, 0 }, /* H225:LocationRejectReason.notRegistered */
	{ 223, 0, 0, 0 }, /* H225:LocationRejectReason.invalidPermission */
	{ 224, 0, 0, 0 }, /* H225:LocationRejectReason.requestDenied */
	{ 225, 0, 0, 0 }, /* H225:LocationRejectReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.securityDenial */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.aliasesInconsistent */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.routeCalltoSCN */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.resourceUnavailable */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.genericDataReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.neededFeatureNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.hopCountExceeded */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.incompleteAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.securityError */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.securityDHmismatch */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.noRouteToDestination */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRejectReason.unallocatedNumber */
	{ 229, 0, 0, 0 }, /* H225:ICV.algorithmOID */
	{ 230, 0, 0, 0 }, /* H225:ICV.icv */
	{ 232, 0, 0, 0 }, /* H225:InfoRequestNakReason.notRegistered */
	{ 233, 0, 0, 0 }, /* H225:InfoRequestNakReason.securityDenial */
	{ 234, 0, 0, 0 }, /* H225:InfoRequestNakReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestNakReason.securityError */
	{ 235, 0, 0, 0 }, /* H225:AltGKInfo.alternateGatekeeper */
	{ 236, 0, 0, 0 }, /* H225:AltGKInfo.altGKisPermanent */
	{ 238, 0, 0, 0 }, /* H225:ServiceControlIndication.callSpecific.callIdentifier */
	{ 88, 0, 0, 0 }, /* H225:ServiceControlIndication.callSpecific.conferenceID */
	{ 239, 0, 0, 0 }, /* H225:ServiceControlIndication.callSpecific.answeredCall */
	{ 240, 0, 0, 0 }, /* H225:ServiceControlResponse.result.started */
	{ 241, 0, 0, 0 }, /* H225:ServiceControlResponse.result.failed */
	{ 242, 0, 0, 0 }, /* H225:ServiceControlResponse.result.stopped */
	{ 243, 0, 0, 0 }, /* H225:ServiceControlResponse.result.notAvailable */
	{ 244, 0, 0, 0 }, /* H225:ServiceControlResponse.result.neededFeatureNotSupported */
	{ 43, 0, NFH_H323_ACT_CLOSE_LCN, 0 }, /* H245:CloseLogicalChannel.forwardLogicalChannelNumber */
	{ 245, 0, 0, 0 }, /* H245:CloseLogicalChannel.source */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:CloseLogicalChannel.reason */
	{ 43, 0, NFH_H323_ACT_LCN, 0 }, /* H245:OpenLogicalChannelAck.forwardLogicalChannelNumber */
	{ 246, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters */
	{ 46, 0, NFH_H323_ACT_ROLE_T120, 0 }, /* H245:OpenLogicalChannelAck.separateStack */
	{ 247, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.forwardMultiplexAckParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.encryptionSync */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.genericInformation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.dtlsSecurityCapability */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 0 }, /* H245:EndSessionCommand.nonStandard */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 0 }, /* H245:EndSessionCommand.disconnect */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 0 }, /* H245:EndSessionCommand.gstnOptions */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:EndSessionCommand.isdnOptions */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:EndSessionCommand.genericInformation */
	{ 39, 0, 0, 0 }, /* H245:FunctionNotUnderstood.request */
	{ 40, 0, 0, 0 }, /* H245:FunctionNotUnderstood.response */
	{ 41, 0, 0, 0 }, /* H245:FunctionNotUnderstood.command */
	{ 248, 0, 0, 0 }, /* H245:DataType.nonStandard */
	{ 249, 0, 0, 0 }, /* H245:DataType.nullData */
	{ 250, 0, 0, 0 }, /* H245:DataType.videoData */
	{ 251, 0, 0, 0 }, /* H245:DataType.audioData */
	{ 252, 0, 0, 0 }, /* H245:DataType.data */
	{ 253, 0, 0, 0 }, /* H245:DataType.encryptionData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.h235Control */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.h235Media */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.multiplexedStream */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.redundancyEncoding */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.multiplePayloadStream */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.depFec */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.fec */
	{ 254, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.h222LogicalChannelParameters */
	{ 255, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.h223LogicalChannelParameters */
	{ 256, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.v76LogicalChannelParameters */
	{ 257, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.h2250LogicalChannelParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.none */
	{ 255, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters.h223LogicalChannelParameters */
	{ 256, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters.v76LogicalChannelParameters */
	{ 257, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters.h2250LogicalChannelParameters */
	{ 258, 0, 0, 0 }, /* H245:NetworkAccessParameters.distribution.unicast */
	{ 259, 0, 0, 0 }, /* H245:NetworkAccessParameters.distribution.multicast */
	{ 260, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress.q2931Address */
	{ 261, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress.e164Address */
	{ 262, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress.localAreaAddress */
	{ 55, 0, 0, 0 }, /* H225:Setup-UUIE.protocolIdentifier */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Setup-UUIE.h245Address */
	{ 263, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.sourceAddress */
	{ 57, 0, 0, 0 }, /* H225:Setup-UUIE.sourceInfo */
	{ 264, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.destinationAddress */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:Setup-UUIE.destCallSignalAddress */
	{ 265, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.destExtraCallInfo */
	{ 266, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.destExtraCRV */
	{ 267, 0, 0, 0 }, /* H225:Setup-UUIE.activeMC */
	{ 88, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceID */
	{ 268, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal */
	{ 59, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.callServices */
	{ 81, 0, 0, 0 }, /* H225:Setup-UUIE.callType */
	{ 56, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:Setup-UUIE.sourceCallSignalAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.remoteExtensionAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.h245SecurityCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.cryptoTokens */
	{ 269, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Setup-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.mediaWaitForConnect */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.canOverlapSend */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.endpointIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.connectionParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.language */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.presentationIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.screeningIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.symmetricOperationRequired */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.desiredProtocols */
	{ 270, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:Setup-UUIE.neededFeatures */
	{ 271, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:Setup-UUIE.desiredFeatures */
	{ 272, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:Setup-UUIE.supportedFeatures */
	{ 273, 0, NFH_H323_ACT_AS_MSCM, 0 }, /* H225:Setup-UUIE.parallelH245Control */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.additionalSourceAddresses */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.hopCount */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.displayName */
	{ 55, 0, 0, 0 }, /* H225:CallProceeding-UUIE.protocolIdentifier */
	{ 57, 0, 0, 0 }, /* H225:CallProceeding-UUIE.destinationInfo */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:CallProceeding-UUIE.h245Address */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.h245SecurityMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.cryptoTokens */
	{ 274, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:CallProceeding-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.fastConnectRefused */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:CallProceeding-UUIE.featureSet */
	{ 55, 0, 0, 0 }, /* H225:Connect-UUIE.protocolIdentifier */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Connect-UUIE.h245Address */
	{ 57, 0, 0, 0 }, /* H225:Connect-UUIE.destinationInfo */
	{ 88, 0, 0, 0 }, /* H225:Connect-UUIE.conferenceID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.h245SecurityMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.cryptoTokens */
	{ 275, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Connect-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.language */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.connectedAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.presentationIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.screeningIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.capacity */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:Connect-UUIE.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.displayName */
	{ 55, 0, 0, 0 }, /* H225:Alerting-UUIE.protocolIdentifier */
	{ 57, 0, 0, 0 }, /* H225:Alerting-UUIE.destinationInfo */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Alerting-UUIE.h245Address */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.h245SecurityMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.cryptoTokens */
	{ 276, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Alerting-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.alertingAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.presentationIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.screeningIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.capacity */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:Alerting-UUIE.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.displayName */
	{ 55, 0, 0, 0 }, /* H225:Information-UUIE.protocolIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.cryptoTokens */
	{ 277, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Information-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.circuitInfo */
	{ 55, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.protocolIdentifier */
	{ 278, NFH_PER_M_OPT, 0, 0 }, /* H225:ReleaseComplete-UUIE.reason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.busyAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.presentationIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.screeningIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.destinationInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.displayName */
	{ 55, 0, 0, 0 }, /* H225:Facility-UUIE.protocolIdentifier */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:Facility-UUIE.alternativeAddress */
	{ 279, NFH_PER_M_OPT, 0, 0 }, /* H225:Facility-UUIE.alternativeAliasAddress */
	{ 88, NFH_PER_M_OPT, 0, 0 }, /* H225:Facility-UUIE.conferenceID */
	{ 280, 0, NFH_H323_ACT_REASON, 0 }, /* H225:Facility-UUIE.reason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.destExtraCallInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.remoteExtensionAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.conferences */
	{ 56, 0, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Facility-UUIE.h245Address */
	{ 281, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Facility-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.circuitInfo */
	{ 61, 0, NFH_H323_ACT_FEATURES, 0 }, /* H225:Facility-UUIE.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.destinationInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.h245SecurityMode */
	{ 55, 0, 0, 0 }, /* H225:Progress-UUIE.protocolIdentifier */
	{ 57, 0, 0, 0 }, /* H225:Progress-UUIE.destinationInfo */
	{ 56, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Progress-UUIE.h245Address */
	{ 238, 0, 0, 0 }, /* H225:Progress-UUIE.callIdentifier */
	{ 282, NFH_PER_M_OPT, 0, 0 }, /* H225:Progress-UUIE.h245SecurityMode */
	{ 283, NFH_PER_M_OPT, 0, 0 }, /* H225:Progress-UUIE.tokens */
	{ 284, NFH_PER_M_OPT, 0, 0 }, /* H225:Progress-UUIE.cryptoTokens */
	{ 285, NFH_PER_M_OPT, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Progress-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Progress-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Progress-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Progress-UUIE.fastConnectRefused */
	{ 286, 0, 0, 0 }, /* H225:NonStandardIdentifier.object */
	{ 183, 0, 0, 0 }, /* H225:NonStandardIdentifier.h221NonStandard */
	{ 287, 0, NFH_H323_ACT_FEAT_ID, 0 }, /* H225:GenericData.id */
	{ 288, NFH_PER_M_OPT, NFH_H323_ACT_FEAT_PARAMS, 0 }, /* H225:GenericData.parameters */
	{ 289, 0, NFH_H323_ACT_ADDR, 0 }, /* H225:TransportAddress.ipAddress.ip */
	{ 290, 0, NFH_H323_ACT_PORT, 0 }, /* H225:TransportAddress.ipAddress.port */
	{ 291, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.ip */
	{ 292, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.port */
	{ 293, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.route */
	{ 294, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.routing */
	{ 295, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress.node */
	{ 296, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress.netnum */
	{ 297, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress.port */
	{ 298, 0, NFH_H323_ACT_ADDR, 0 }, /* H225:TransportAddress.ip6Address.ip */
	{ 299, 0, NFH_H323_ACT_PORT, 0 }, /* H225:TransportAddress.ip6Address.port */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperInfo.nonStandardData */
	{ 300, NFH_PER_M_OPT, 0, 0 }, /* H225:GatewayInfo.protocol */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:GatewayInfo.nonStandardData */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:McuInfo.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:McuInfo.protocol */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:TerminalInfo.nonStandardData */
	{ 301, 0, 0, 0 }, /* H225:Q954Details.conferenceCalling */
	{ 302, 0, 0, 0 }, /* H225:Q954Details.threePartyService */
	{ 303, 0, 0, 0 }, /* H225:AliasAddress.dialedDigits */
	{ 304, 0, 0, 0 }, /* H225:AliasAddress.h323-ID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.url-ID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.transportID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.email-ID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.partyNumber */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.mobileUIM */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.isupNumber */
	{ 306, 0, 0, 0 }, /* H225:H221NonStandard.t35CountryCode */
	{ 307, 0, 0, 0 }, /* H225:H221NonStandard.t35Extension */
	{ 308, 0, 0, 0 }, /* H225:H221NonStandard.manufacturerCode */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.nonStandardData */
	{ 87, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callReferenceValue */
	{ 88, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.conferenceID */
	{ 309, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.originator */
	{ 310, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.audio */
	{ 311, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.video */
	{ 312, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.data */
	{ 313, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.h245 */
	{ 313, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callSignaling */
	{ 81, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callType */
	{ 86, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.bandWidth */
	{ 82, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callModel */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.substituteConfIDs */
	{ 314, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.pdu */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.usageInformation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.circuitInfo */
	{ 315, 0, 0, 0 }, /* H235:ClearToken.tokenOID */
	{ 316, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.timeStamp */
	{ 317, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.password */
	{ 318, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.dhkey */
	{ 319, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.challenge */
	{ 320, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.random */
	{ 321, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.certificate */
	{ 322, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.generalID */
	{ 323, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.nonStandard */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.eckasdhkey */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.sendersID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.h235Key */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.profileInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.dhkeyext */
	{ 324, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash */
	{ 325, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash */
	{ 326, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdEncr */
	{ 327, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdEncr */
	{ 328, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPCert */
	{ 329, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKCert */
	{ 330, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoFastStart */
	{ 331, 0, 0, 0 }, /* H225:CryptoH323Token.nestedcryptoToken */
	{ 48, 0, 0, 0 }, /* H225:SupportedProtocols.nonStandardData */
	{ 332, 0, 0, 0 }, /* H225:SupportedProtocols.h310 */
	{ 333, 0, 0, 0 }, /* H225:SupportedProtocols.h320 */
	{ 334, 0, 0, 0 }, /* H225:SupportedProtocols.h321 */
	{ 335, 0, 0, 0 }, /* H225:SupportedProtocols.h322 */
	{ 336, 0, 0, 0 }, /* H225:SupportedProtocols.h323 */
	{ 337, 0, 0, 0 }, /* H225:SupportedProtocols.h324 */
	{ 338, 0, 0, 0 }, /* H225:SupportedProtocols.voice */
	{ 339, 0, 0, 0 }, /* H225:SupportedProtocols.t120-only */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:SupportedProtocols.nonStandardProtocol */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:SupportedProtocols.t38FaxAnnexbOnly */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:SupportedProtocols.sip */
	{ 341, 0, 0, 0 }, /* H225:ServiceControlSession.sessionId */
	{ 342, NFH_PER_M_OPT, 0, 0 }, /* H225:ServiceControlSession.contents */
	{ 343, 0, 0, 0 }, /* H225:ServiceControlSession.reason */
	{ 344, 0, 0, 0 }, /* H225:CallIdentifier.guid */
	{ 345, 0, 0, 0 }, /* H245:CloseLogicalChannel.source.user */
	{ 346, 0, 0, 0 }, /* H245:CloseLogicalChannel.source.lcse */
	{ 43, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.reverseLogicalChannelNumber */
	{ 347, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.portNumber */
	{ 348, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.replacementFor */
	{ 349, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.forwardMultiplexAckParameters.h2250LogicalChannelAckParameters */
	{ 350, 0, 0, 0 }, /* H245:NonStandardParameter.nonStandardIdentifier */
	{ 351, 0, 0, 0 }, /* H245:NonStandardParameter.data */
	{ 248, 0, 0, 0 }, /* H245:VideoCapability.nonStandard */
	{ 352, 0, 0, 0 }, /* H245:VideoCapability.h261VideoCapability */
	{ 353, 0, 0, 0 }, /* H245:VideoCapability.h262VideoCapability */
	{ 354, 0, 0, 0 }, /* H245:VideoCapability.h263VideoCapability */
	{ 355, 0, 0, 0 }, /* H245:VideoCapability.is11172VideoCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:VideoCapability.genericVideoCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:VideoCapability.extendedVideoCapability */
	{ 248, 0, 0, 0 }, /* H245:AudioCapability.nonStandard */
	{ 356, 0, 0, 0 }, /* H245:AudioCapability.g711Alaw64k */
	{ 357, 0, 0, 0 }, /* H245:AudioCapability.g711Alaw56k */
	{ 358, 0, 0, 0 }, /* H245:AudioCapability.g711Ulaw64k */
	{ 359, 0, 0, 0 }, /* H245:AudioCapability.g711Ulaw56k */
	{ 360, 0, 0, 0 }, /* H245:AudioCapability.g722-64k */
	{ 361, 0, 0, 0 }, /* H245:AudioCapability.g722-56k */
	{ 362, 0, 0, 0 }, /* H245:AudioCapability.g722-48k */
	{ 363, 0, 0, 0 }, /* H245:AudioCapability.g7231 */
	{ 364, 0, 0, 0 }, /* H245:AudioCapability.g728 */
	{ 365, 0, 0, 0 }, /* H245:AudioCapability.g729 */
	{ 366, 0, 0, 0 }, /* H245:AudioCapability.g729AnnexA */
	{ 367, 0, 0, 0 }, /* H245:AudioCapability.is11172AudioCapability */
	{ 368, 0, 0, 0 }, /* H245:AudioCapability.is13818AudioCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.g729wAnnexB */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.g729AnnexAwAnnexB */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.g7231AnnexCCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.gsmFullRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.gsmHalfRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.gsmEnhancedFullRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.genericAudioCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.g729Extensions */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.vbd */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.audioTelephonyEvent */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.audioTone */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:AudioCapability.extendedAudioCapability */
	{ 369, 0, 0, 0 }, /* H245:DataApplicationCapability.application */
	{ 370, 0, 0, 0 }, /* H245:DataApplicationCapability.maxBitRate */
	{ 248, 0, 0, 0 }, /* H245:EncryptionMode.nonStandard */
	{ 371, 0, 0, 0 }, /* H245:EncryptionMode.h233Encryption */
	{ 372, 0, 0, 0 }, /* H245:H222LogicalChannelParameters.resourceID */
	{ 373, 0, 0, 0 }, /* H245:H222LogicalChannelParameters.subChannelID */
	{ 374, NFH_PER_M_OPT, 0, 0 }, /* H245:H222LogicalChannelParameters.pcr-pid */
	{ 375, NFH_PER_M_OPT, 0, 0 }, /* H245:H222LogicalChannelParameters.programDescriptors */
	{ 376, NFH_PER_M_OPT, 0, 0 }, /* H245:H222LogicalChannelParameters.streamDescriptors */
	{ 377, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType */
	{ 378, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.segmentableFlag */
	{ 379, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.hdlcParameters */
	{ 380, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume */
	{ 381, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.uIH */
	{ 382, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode */
	{ 383, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.v75Parameters */
	{ 384, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.nonStandard */
	{ 385, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.sessionID */
	{ 386, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.associatedSessionID */
	{ 262, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTP, 0 }, /* H245:H2250LogicalChannelParameters.mediaChannel */
	{ 387, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaGuaranteedDelivery */
	{ 262, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTCP, 0 }, /* H245:H2250LogicalChannelParameters.mediaControlChannel */
	{ 388, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaControlGuaranteedDelivery */
	{ 389, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.silenceSuppression */
	{ 390, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.destination */
	{ 391, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.dynamicRTPPayloadType */
	{ 392, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaPacketization */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.transportCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.redundancyEncoding */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.source */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.nominalAudioLevel */
	{ 393, 0, 0, 0 }, /* H245:Q2931Address.address */
	{ 394, NFH_PER_M_OPT, 0, 0 }, /* H245:Q2931Address.subaddress */
	{ 395, 0, 0, 0 }, /* H245:TransportAddress.unicastAddress */
	{ 396, 0, 0, 0 }, /* H245:TransportAddress.multicastAddress */
	{ 397, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.create */
	{ 398, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.join */
	{ 399, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.invite */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.capability-negotiation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.callIndependentSupplementaryService */
	{ 406, 0, 0, 0 }, /* H225:ReleaseCompleteReason.noBandwidth */
	{ 407, 0, 0, 0 }, /* H225:ReleaseCompleteReason.gatekeeperResources */
	{ 408, 0, 0, 0 }, /* H225:ReleaseCompleteReason.unreachableDestination */
	{ 409, 0, 0, 0 }, /* H225:ReleaseCompleteReason.destinationRejection */
	{ 410, 0, 0, 0 }, /* H225:ReleaseCompleteReason.invalidRevision */
	{ 411, 0, 0, 0 }, /* H225:ReleaseCompleteReason.noPermission */
	{ 412, 0, 0, 0 }, /* H225:ReleaseCompleteReason.unreachableGatekeeper */
	{ 413, 0, 0, 0 }, /* H225:ReleaseCompleteReason.gatewayResources */
	{ 414, 0, 0, 0 }, /* H225:ReleaseCompleteReason.badFormatAddress */
	{ 415, 0, 0, 0 }, /* H225:ReleaseCompleteReason.adaptiveBusy */
	{ 416, 0, 0, 0 }, /* H225:ReleaseCompleteReason.inConf */
	{ 417, 0, 0, 0 }, /* H225:ReleaseCompleteReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.facilityCallDeflection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.securityDenied */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.calledPartyNotRegistered */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.callerNotRegistered */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.newConnectionNeeded */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.nonStandardReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.replaceWithConferenceInvite */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.genericDataReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.neededFeatureNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.tunnelledSignallingRejected */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.invalidCID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.securityError */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:ReleaseCompleteReason.hopCountExceeded */
	{ 418, 0, 0, 0 }, /* H225:FacilityReason.routeCallToGatekeeper */
	{ 419, 0, 0, 0 }, /* H225:FacilityReason.callForwarded */
	{ 420, 0, 0, 0 }, /* H225:FacilityReason.routeCallToMC */
	{ 421, 0, 0, 0 }, /* H225:FacilityReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.conferenceListChoice */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.startH245 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.noH245 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.newTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.featureSetUpdate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.forwardedElements */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.transportedInformation */
	{ 48, 0, 0, 0 }, /* H225:H245Security.nonStandard */
	{ 423, 0, 0, 0 }, /* H225:H245Security.noSecurity */
	{ 424, 0, 0, 0 }, /* H225:H245Security.tls */
	{ 424, 0, 0, 0 }, /* H225:H245Security.ipsec */
	{ 426, 0, NFH_H323_ACT_STD_ID, 0 }, /* H225:GenericIdentifier.standard */
	{ 427, 0, 0, 0 }, /* H225:GenericIdentifier.oid */
	{ 344, 0, 0, 0 }, /* H225:GenericIdentifier.nonStandard */
	{ 430, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.routing.strict */
	{ 431, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.routing.loose */
	{ 287, 0, NFH_H323_ACT_FEAT_ID, 0 }, /* H225:FeatureDescriptor.id */
	{ 288, NFH_PER_M_OPT, NFH_H323_ACT_FEAT_PARAMS, 0 }, /* H225:FeatureDescriptor.parameters */
	{ 56, NFH_PER_M_OPT, 0, 0 }, /* H225:TransportChannelInfo.sendAddress */
	{ 56, NFH_PER_M_OPT, 0, 0 }, /* H225:TransportChannelInfo.recvAddress */
	{ 434, 0, 0, 0 }, /* H235:DHset.halfkey */
	{ 435, 0, 0, 0 }, /* H235:DHset.modSize */
	{ 436, 0, 0, 0 }, /* H235:DHset.generator */
	{ 437, 0, 0, 0 }, /* H235:TypedCertificate.type */
	{ 438, 0, 0, 0 }, /* H235:TypedCertificate.certificate */
	{ 439, 0, 0, 0 }, /* H235:NonStandardParameter.nonStandardIdentifier */
	{ 440, 0, 0, 0 }, /* H235:NonStandardParameter.data */
	{ 174, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash.alias */
	{ 316, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash.timeStamp */
	{ 441, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash.token */
	{ 58, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash.gatekeeperId */
	{ 316, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash.timeStamp */
	{ 442, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash.token */
	{ 443, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 445, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 446, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 447, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 448, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 449, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 450, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 448, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 451, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 452, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 453, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 454, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 455, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 456, 0, 0, 0 }, /* H235:CryptoToken.cryptoEncryptedToken */
	{ 457, 0, 0, 0 }, /* H235:CryptoToken.cryptoSignedToken */
	{ 458, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken */
	{ 459, 0, 0, 0 }, /* H235:CryptoToken.cryptoPwdEncr */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:H310Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H310Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H310Caps.supportedPrefixes */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:H320Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H320Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H320Caps.supportedPrefixes */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:H321Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H321Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H321Caps.supportedPrefixes */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:H322Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H322Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H322Caps.supportedPrefixes */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:H323Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323Caps.supportedPrefixes */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:H324Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H324Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H324Caps.supportedPrefixes */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:VoiceCaps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:VoiceCaps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:VoiceCaps.supportedPrefixes */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:T120OnlyCaps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:T120OnlyCaps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:T120OnlyCaps.supportedPrefixes */
	{ 56, 0, 0, 0 }, /* H225:AlternateGK.rasAddress */
	{ 58, NFH_PER_M_OPT, 0, 0 }, /* H225:AlternateGK.gatekeeperIdentifier */
	{ 460, 0, 0, 0 }, /* H225:AlternateGK.needToRegister */
	{ 461, 0, 0, 0 }, /* H225:AlternateGK.priority */
	{ 462, 0, 0, 0 }, /* H225:ServiceControlDescriptor.url */
	{ 463, 0, 0, 0 }, /* H225:ServiceControlDescriptor.signal */
	{ 48, 0, 0, 0 }, /* H225:ServiceControlDescriptor.nonStandard */
	{ 464, 0, 0, 0 }, /* H225:ServiceControlDescriptor.callCreditServiceControl */
	{ 465, 0, 0, 0 }, /* H225:ServiceControlSession.reason.open */
	{ 466, 0, 0, 0 }, /* H225:ServiceControlSession.reason.refresh */
	{ 467, 0, 0, 0 }, /* H225:ServiceControlSession.reason.close */
	{ 254, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters.h222LogicalChannelParameters */
	{ 257, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters.h2250LogicalChannelParameters */
	{ 468, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.nonStandard */
	{ 469, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.sessionID */
	{ 262, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTP, 0 }, /* H245:H2250LogicalChannelAckParameters.mediaChannel */
	{ 262, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTCP, 0 }, /* H245:H2250LogicalChannelAckParameters.mediaControlChannel */
	{ 470, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.dynamicRTPPayloadType */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.flowControlToZero */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.portNumber */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.multiplePayloadStream */
	{ 471, 0, 0, 0 }, /* H245:NonStandardIdentifier.object */
	{ 472, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard */
	{ 473, NFH_PER_M_OPT, 0, 0 }, /* H245:H261VideoCapability.qcifMPI */
	{ 474, NFH_PER_M_OPT, 0, 0 }, /* H245:H261VideoCapability.cifMPI */
	{ 475, 0, 0, 0 }, /* H245:H261VideoCapability.temporalSpatialTradeOffCapability */
	{ 476, 0, 0, 0 }, /* H245:H261VideoCapability.maxBitRate */
	{ 477, 0, 0, 0 }, /* H245:H261VideoCapability.stillImageTransmission */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H261VideoCapability.videoBadMBsCap */
	{ 478, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SPatML */
	{ 479, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatLL */
	{ 480, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatML */
	{ 481, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatH-14 */
	{ 482, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatHL */
	{ 483, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SNRatLL */
	{ 484, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SNRatML */
	{ 485, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SpatialatH-14 */
	{ 486, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-HPatML */
	{ 487, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-HPatH-14 */
	{ 488, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-HPatHL */
	{ 489, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.videoBitRate */
	{ 490, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.vbvBufferSize */
	{ 491, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.samplesPerLine */
	{ 492, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.linesPerFrame */
	{ 493, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.framesPerSecond */
	{ 494, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.luminanceSampleRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H262VideoCapability.videoBadMBsCap */
	{ 495, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.sqcifMPI */
	{ 496, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.qcifMPI */
	{ 497, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.cifMPI */
	{ 498, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.cif4MPI */
	{ 499, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.cif16MPI */
	{ 500, 0, 0, 0 }, /* H245:H263VideoCapability.maxBitRate */
	{ 501, 0, 0, 0 }, /* H245:H263VideoCapability.unrestrictedVector */
	{ 502, 0, 0, 0 }, /* H245:H263VideoCapability.arithmeticCoding */
	{ 503, 0, 0, 0 }, /* H245:H263VideoCapability.advancedPrediction */
	{ 504, 0, 0, 0 }, /* H245:H263VideoCapability.pbFrames */
	{ 505, 0, 0, 0 }, /* H245:H263VideoCapability.temporalSpatialTradeOffCapability */
	{ 506, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.hrd-B */
	{ 507, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.bppMaxKb */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowSqcifMPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowQcifMPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowCifMPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowCif4MPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowCif16MPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.errorCompensation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.enhancementLayerInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.h263Options */
	{ 508, 0, 0, 0 }, /* H245:IS11172VideoCapability.constrainedBitstream */
	{ 509, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.videoBitRate */
	{ 510, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.vbvBufferSize */
	{ 511, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.samplesPerLine */
	{ 512, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.linesPerFrame */
	{ 513, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.pictureRate */
	{ 514, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.luminanceSampleRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:IS11172VideoCapability.videoBadMBsCap */
	{ 515, 0, 0, 0 }, /* H245:AudioCapability.g7231.maxAl-sduAudioFrames */
	{ 516, 0, 0, 0 }, /* H245:AudioCapability.g7231.silenceSuppression */
	{ 517, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioLayer1 */
	{ 518, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioLayer2 */
	{ 519, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioLayer3 */
	{ 520, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioSampling32k */
	{ 521, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioSampling44k1 */
	{ 522, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioSampling48k */
	{ 523, 0, 0, 0 }, /* H245:IS11172AudioCapability.singleChannel */
	{ 524, 0, 0, 0 }, /* H245:IS11172AudioCapability.twoChannels */
	{ 525, 0, 0, 0 }, /* H245:IS11172AudioCapability.bitRate */
	{ 526, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioLayer1 */
	{ 527, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioLayer2 */
	{ 528, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioLayer3 */
	{ 529, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling16k */
	{ 530, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling22k05 */
	{ 531, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling24k */
	{ 532, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling32k */
	{ 533, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling44k1 */
	{ 534, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling48k */
	{ 535, 0, 0, 0 }, /* H245:IS13818AudioCapability.singleChannel */
	{ 536, 0, 0, 0 }, /* H245:IS13818AudioCapability.twoChannels */
	{ 537, 0, 0, 0 }, /* H245:IS13818AudioCapability.threeChannels2-1 */
	{ 538, 0, 0, 0 }, /* H245:IS13818AudioCapability.threeChannels3-0 */
	{ 539, 0, 0, 0 }, /* H245:IS13818AudioCapability.fourChannels2-0-2-0 */
	{ 540, 0, 0, 0 }, /* H245:IS13818AudioCapability.fourChannels2-2 */
	{ 541, 0, 0, 0 }, /* H245:IS13818AudioCapability.fourChannels3-1 */
	{ 542, 0, 0, 0 }, /* H245:IS13818AudioCapability.fiveChannels3-0-2-0 */
	{ 543, 0, 0, 0 }, /* H245:IS13818AudioCapability.fiveChannels3-2 */
	{ 544, 0, 0, 0 }, /* H245:IS13818AudioCapability.lowFrequencyEnhancement */
	{ 545, 0, 0, 0 }, /* H245:IS13818AudioCapability.multilingual */
	{ 546, 0, 0, 0 }, /* H245:IS13818AudioCapability.bitRate */
	{ 248, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nonStandard */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t120 */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.dsm-cc */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.userData */
	{ 548, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t84 */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t434 */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.h224 */
	{ 549, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nlpid */
	{ 550, 0, 0, 0 }, /* H245:DataApplicationCapability.application.dsvdControl */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.h222DataPartitioning */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t30fax */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t140 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t38fax */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.genericDataCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.dataChannel */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.extendedDataApplicationCapability */
	{ 248, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.nonStandard */
	{ 551, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1Framed */
	{ 552, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1NotFramed */
	{ 553, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithoutSequenceNumbers */
	{ 554, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithSequenceNumbers */
	{ 555, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1M */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2M */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3M */
	{ 556, 0, 0, 0 }, /* H245:V76HDLCParameters.crcLength */
	{ 557, 0, 0, 0 }, /* H245:V76HDLCParameters.n401 */
	{ 558, 0, 0, 0 }, /* H245:V76HDLCParameters.loopbackTestProcedure */
	{ 559, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume.noSuspendResume */
	{ 560, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewAddress */
	{ 561, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewoAddress */
	{ 562, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM */
	{ 563, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.uNERM */
	{ 564, 0, 0, 0 }, /* H245:V75Parameters.audioHeaderPresent */
	{ 565, 0, 0, 0 }, /* H245:TerminalLabel.mcuNumber */
	{ 566, 0, 0, 0 }, /* H245:TerminalLabel.terminalNumber */
	{ 567, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaPacketization.h261aVideoPacketization */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaPacketization.rtpPayloadType */
	{ 568, 0, 0, 0 }, /* H245:Q2931Address.address.internationalNumber */
	{ 569, 0, 0, 0 }, /* H245:Q2931Address.address.nsapAddress */
	{ 570, 0, NFH_H323_ACT_IP4, 0 }, /* H245:UnicastAddress.iPAddress */
	{ 571, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress */
	{ 572, 0, NFH_H323_ACT_IP6, 0 }, /* H245:UnicastAddress.iP6Address */
	{ 573, 0, 0, 0 }, /* H245:UnicastAddress.netBios */
	{ 574, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:UnicastAddress.nsap */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:UnicastAddress.nonStandardAddress */
	{ 575, 0, 0, 0 }, /* H245:MulticastAddress.iPAddress */
	{ 576, 0, 0, 0 }, /* H245:MulticastAddress.iP6Address */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:MulticastAddress.nsap */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:MulticastAddress.nonStandardAddress */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:SecurityCapabilities.nonStandard */
	{ 577, 0, 0, 0 }, /* H225:SecurityCapabilities.encryption */
	{ 577, 0, 0, 0 }, /* H225:SecurityCapabilities.authenticaton */
	{ 577, 0, 0, 0 }, /* H225:SecurityCapabilities.integrity */
	{ 287, 0, 0, 0 }, /* H225:EnumeratedParameter.id */
	{ 578, NFH_PER_M_OPT, NFH_H323_ACT_NEST, 0 }, /* H225:EnumeratedParameter.content */
	{ 313, 0, 0, 0 }, /* H225:RTPSession.rtpAddress */
	{ 313, 0, 0, 0 }, /* H225:RTPSession.rtcpAddress */
	{ 579, 0, 0, 0 }, /* H225:RTPSession.cname */
	{ 580, 0, 0, 0 }, /* H225:RTPSession.ssrc */
	{ 581, 0, 0, 0 }, /* H225:RTPSession.sessionId */
	{ 582, 0, 0, 0 }, /* H225:RTPSession.associatedSessionIds */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RTPSession.multicast */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RTPSession.bandwidth */
	{ 4, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.pdu.h323pdu */
	{ 583, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.pdu.sent */
	{ 584, 0, 0, 0 }, /* H235:HASHED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:HASHED.paramS */
	{ 585, 0, 0, 0 }, /* H235:HASHED.hash */
	{ 586, 0, 0, 0 }, /* H235:HASHED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:HASHED.paramS */
	{ 587, 0, 0, 0 }, /* H235:HASHED.hash */
	{ 588, NFH_PER_M_OPT, 0, 0 }, /* H235:Params.ranInt */
	{ 589, NFH_PER_M_OPT, 0, 0 }, /* H235:Params.iv8 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:Params.iv16 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:Params.iv */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:Params.clearSalt */
	{ 590, 0, 0, 0 }, /* H235:CryptoToken.cryptoEncryptedToken.tokenOID */
	{ 591, 0, 0, 0 }, /* H235:CryptoToken.cryptoEncryptedToken.token */
	{ 592, 0, 0, 0 }, /* H235:CryptoToken.cryptoSignedToken.tokenOID */
	{ 593, 0, 0, 0 }, /* H235:CryptoToken.cryptoSignedToken.token */
	{ 594, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken.tokenOID */
	{ 227, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken.hashedVals */
	{ 595, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken.token */
	{ 596, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 597, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 598, NFH_PER_M_OPT, 0, 0 }, /* H225:CallCreditServiceControl.amountString */
	{ 599, NFH_PER_M_OPT, 0, 0 }, /* H225:CallCreditServiceControl.billingMode */
	{ 600, NFH_PER_M_OPT, 0, 0 }, /* H225:CallCreditServiceControl.callDurationLimit */
	{ 601, NFH_PER_M_OPT, 0, 0 }, /* H225:CallCreditServiceControl.enforceCallDurationLimit */
	{ 602, NFH_PER_M_OPT, 0, 0 }, /* H225:CallCreditServiceControl.callStartingPoint */
	{ 603, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard.t35CountryCode */
	{ 604, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard.t35Extension */
	{ 605, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard.manufacturerCode */
	{ 248, 0, 0, 0 }, /* H245:DataProtocolCapability.nonStandard */
	{ 606, 0, 0, 0 }, /* H245:DataProtocolCapability.v14buffered */
	{ 607, 0, 0, 0 }, /* H245:DataProtocolCapability.v42lapm */
	{ 608, 0, 0, 0 }, /* H245:DataProtocolCapability.hdlcFrameTunnelling */
	{ 609, 0, 0, 0 }, /* H245:DataProtocolCapability.h310SeparateVCStack */
	{ 610, 0, 0, 0 }, /* H245:DataProtocolCapability.h310SingleVCStack */
	{ 611, 0, 0, 0 }, /* H245:DataProtocolCapability.transparent */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.segmentationAndReassembly */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.hdlcFrameTunnelingwSAR */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.v120 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.separateLANStack */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.v76wCompression */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.tcp */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.udp */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.sctp */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.udp-dtls-sctp */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.tcp-dtls-sctp */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataProtocolCapability.sctp-dtls */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t84.t84Protocol */
	{ 612, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t84.t84Profile */
	{ 547, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nlpid.nlpidProtocol */
	{ 613, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nlpid.nlpidData */
	{ 614, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.controlFieldOctets */
	{ 615, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.sendBufferSize */
	{ 616, 0, 0, 0 }, /* H245:CRCLength.crc8bit */
	{ 617, 0, 0, 0 }, /* H245:CRCLength.crc16bit */
	{ 618, 0, 0, 0 }, /* H245:CRCLength.crc32bit */
	{ 619, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.windowSize */
	{ 620, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery */
	{ 621, 0, NFH_H323_ACT_ADDR, 0 }, /* H245:UnicastAddress.iPAddress.network */
	{ 622, 0, NFH_H323_ACT_PORT, 0 }, /* H245:UnicastAddress.iPAddress.tsapIdentifier */
	{ 623, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress.node */
	{ 624, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress.netnum */
	{ 625, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress.tsapIdentifier */
	{ 626, 0, NFH_H323_ACT_ADDR, 0 }, /* H245:UnicastAddress.iP6Address.network */
	{ 627, 0, NFH_H323_ACT_PORT, 0 }, /* H245:UnicastAddress.iP6Address.tsapIdentifier */
	{ 628, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.routing */
	{ 629, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.network */
	{ 630, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.tsapIdentifier */
	{ 631, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.route */
	{ 632, 0, 0, 0 }, /* H245:MulticastAddress.iPAddress.network */
	{ 633, 0, 0, 0 }, /* H245:MulticastAddress.iPAddress.tsapIdentifier */
	{ 634, 0, 0, 0 }, /* H245:MulticastAddress.iP6Address.network */
	{ 635, 0, 0, 0 }, /* H245:MulticastAddress.iP6Address.tsapIdentifier */
	{ 48, 0, 0, 0 }, /* H225:SecurityServiceMode.nonStandard */
	{ 636, 0, 0, 0 }, /* H225:SecurityServiceMode.none */
	{ 637, 0, 0, 0 }, /* H225:SecurityServiceMode.default */
	{ 638, 0, 0, 0 }, /* H225:Content.raw */
	{ 639, 0, 0, 0 }, /* H225:Content.text */
	{ 640, 0, 0, 0 }, /* H225:Content.unicode */
	{ 641, 0, 0, 0 }, /* H225:Content.bool */
	{ 642, 0, 0, 0 }, /* H225:Content.number8 */
	{ 643, 0, 0, 0 }, /* H225:Content.number16 */
	{ 644, 0, 0, 0 }, /* H225:Content.number32 */
	{ 287, 0, 0, 0 }, /* H225:Content.id */
	{ 174, 0, 0, 0 }, /* H225:Content.alias */
	{ 56, 0, 0, 0 }, /* H225:Content.transport */
	{ 645, 0, 0, 0 }, /* H225:Content.compound */
	{ 646, 0, 0, 0 }, /* H225:Content.nested */
	{ 648, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 649, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 650, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 651, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 652, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 653, 0, 0, 0 }, /* H235:HASHED.algorithmOID */
	{ 444, 0, 0, 0 }, /* H235:HASHED.paramS */
	{ 654, 0, 0, 0 }, /* H235:HASHED.hash */
	{ 655, 0, 0, 0 }, /* H225:CallCreditServiceControl.billingMode.credit */
	{ 656, 0, 0, 0 }, /* H225:CallCreditServiceControl.billingMode.debit */
	{ 657, 0, 0, 0 }, /* H225:CallCreditServiceControl.callStartingPoint.alerting */
	{ 658, 0, 0, 0 }, /* H225:CallCreditServiceControl.callStartingPoint.connect */
	{ 659, 0, 0, 0 }, /* H245:T84Profile.t84Unrestricted */
	{ 660, 0, 0, 0 }, /* H245:T84Profile.t84Restricted */
	{ 661, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.rej */
	{ 662, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.sREJ */
	{ 663, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.mSREJ */
	{ 664, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.strict */
	{ 665, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.loose */
	{ 667, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.qcif */
	{ 668, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.cif */
	{ 669, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.ccir601Seq */
	{ 670, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.ccir601Prog */
	{ 671, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.hdtvSeq */
	{ 672, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.hdtvProg */
	{ 673, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g3FacsMH200x100 */
	{ 674, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g3FacsMH200x200 */
	{ 675, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x100 */
	{ 676, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x200 */
	{ 677, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig200x200Seq */
	{ 678, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig200x200Prog */
	{ 679, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig300x300Seq */
	{ 680, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig300x300Prog */
	{ 681, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoLow */
	{ 682, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoMedSeq */
	{ 683, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoMedProg */
	{ 684, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoHighSeq */
	{ 685, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoHighProg */
};

const char *const nfh_h323_msg_names[125] = {
	"unknown",
	"gatekeeperRequest",
	"gatekeeperConfirm",
	"gatekeeperReject",
	"registrationRequest",
	"registrationConfirm",
	"registrationReject",
	"unregistrationRequest",
	"unregistrationConfirm",
	"unregistrationReject",
	"admissionRequest",
	"admissionConfirm",
	"admissionReject",
	"bandwidthRequest",
	"bandwidthConfirm",
	"bandwidthReject",
	"disengageRequest",
	"disengageConfirm",
	"disengageReject",
	"locationRequest",
	"locationConfirm",
	"locationReject",
	"infoRequest",
	"infoRequestResponse",
	"nonStandardMessage",
	"unknownMessageResponse",
	"requestInProgress",
	"resourcesAvailableIndicate",
	"resourcesAvailableConfirm",
	"infoRequestAck",
	"infoRequestNak",
	"serviceControlIndication",
	"serviceControlResponse",
	"admissionConfirmSequence",
	"nonStandard",
	"masterSlaveDetermination",
	"terminalCapabilitySet",
	"openLogicalChannel",
	"closeLogicalChannel",
	"requestChannelClose",
	"multiplexEntrySend",
	"requestMultiplexEntry",
	"requestMode",
	"roundTripDelayRequest",
	"maintenanceLoopRequest",
	"communicationModeRequest",
	"conferenceRequest",
	"multilinkRequest",
	"logicalChannelRateRequest",
	"genericRequest",
	"nonStandard",
	"masterSlaveDeterminationAck",
	"masterSlaveDeterminationReject",
	"terminalCapabilitySetAck",
	"terminalCapabilitySetReject",
	"openLogicalChannelAck",
	"openLogicalChannelReject",
	"closeLogicalChannelAck",
	"requestChannelCloseAck",
	"requestChannelCloseReject",
	"multiplexEntrySendAck",
	"multiplexEntrySendReject",
	"requestMultiplexEntryAck",
	"requestMultiplexEntryReject",
	"requestModeAck",
	"requestModeReject",
	"roundTripDelayResponse",
	"maintenanceLoopAck",
	"maintenanceLoopReject",
	"communicationModeResponse",
	"conferenceResponse",
	"multilinkResponse",
	"logicalChannelRateAcknowledge",
	"logicalChannelRateReject",
	"genericResponse",
	"nonStandard",
	"maintenanceLoopOffCommand",
	"sendTerminalCapabilitySet",
	"encryptionCommand",
	"flowControlCommand",
	"endSessionCommand",
	"miscellaneousCommand",
	"communicationModeCommand",
	"conferenceCommand",
	"h223MultiplexReconfiguration",
	"newATMVCCommand",
	"mobileMultilinkReconfigurationCommand",
	"genericCommand",
	"nonStandard",
	"functionNotUnderstood",
	"masterSlaveDeterminationRelease",
	"terminalCapabilitySetRelease",
	"openLogicalChannelConfirm",
	"requestChannelCloseRelease",
	"multiplexEntrySendRelease",
	"requestMultiplexEntryRelease",
	"requestModeRelease",
	"miscellaneousIndication",
	"jitterIndication",
	"h223SkewIndication",
	"newATMVCIndication",
	"userInput",
	"h2250MaximumSkewIndication",
	"mcLocationIndication",
	"conferenceIndication",
	"vendorIdentification",
	"functionNotSupported",
	"multilinkIndication",
	"logicalChannelRateRelease",
	"flowControlIndication",
	"mobileMultilinkReconfigurationIndication",
	"genericIndication",
	"setup",
	"callProceeding",
	"connect",
	"alerting",
	"information",
	"releaseComplete",
	"facility",
	"progress",
	"empty",
	"status",
	"statusInquiry",
	"setupAcknowledge",
	"notify",
};
