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
const struct nfh_per_type nfh_h323_types[515] = {
	[0] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 2, 0, 0U, 0U }, /* H225:H323-UserInformation */
	[1] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 25, 33, 2, 0U, 0U }, /* H225:RasMessage */
	[2] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 35, 0U, 0U }, /* H245:MultimediaSystemControlMessage */
	[3] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 6, 39, 0U, 0U }, /* H245:OpenLogicalChannel */
	[4] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 11, 45, 0U, 0U }, /* H225:H323-UU-PDU */
	[5] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 56, 0U, 0U }, /* H225:H323-UserInformation.user-data */
	[6] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 4, 8, 20, 58, 0U, 0U }, /* H225:GatekeeperRequest */
	[7] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 16, 78, 0U, 0U }, /* H225:GatekeeperConfirm */
	[8] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 10, 37, 94, 0U, 0U }, /* H225:RegistrationRequest */
	[9] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 7, 28, 131, 0U, 0U }, /* H225:RegistrationConfirm */
	[10] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 5, 16, 159, 0U, 0U }, /* H225:UnregistrationRequest */
	[11] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 7, 16, 35, 175, 0U, 0U }, /* H225:AdmissionRequest */
	[12] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 6, 29, 210, 0U, 0U }, /* H225:AdmissionConfirm */
	[13] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 22, 239, 0U, 0U }, /* H225:LocationRequest */
	[14] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 22, 261, 0U, 0U }, /* H225:LocationConfirm */
	[15] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 8, 16, 283, 0U, 0U }, /* H225:InfoRequestResponse */
	[16] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 12, 0U, 0U }, /* H225:RasMessage.admissionConfirmSequence */
	[17] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 11, 16, 299, 0U, 0U }, /* H245:RequestMessage */
	[18] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 19, 25, 315, 0U, 0U }, /* H245:ResponseMessage */
	[19] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 14, 24, 340, 0U, 0U }, /* H245:IndicationMessage */
	[20] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65534U }, /* H245:LogicalChannelNumber */
	[21] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 5, 364, 0U, 0U }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters */
	[22] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 4, 369, 0U, 0U }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters */
	[23] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 4, 5, 373, 0U, 0U }, /* H245:NetworkAccessParameters */
	[24] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 7, 13, 378, 0U, 0U }, /* H225:H323-UU-PDU.h323-message-body */
	[25] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 391, 0U, 0U }, /* H225:NonStandardParameter */
	[26] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 81, 0U, 0U }, /* H225:H323-UU-PDU.h245Control */
	[27] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:H323-UserInformation.user-data.protocol-discriminator */
	[28] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 131U }, /* H225:H323-UserInformation.user-data.user-information */
	[29] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65534U }, /* H225:RequestSeqNum */
	[30] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ProtocolIdentifier */
	[31] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 7, 7, 393, 0U, 0U }, /* H225:TransportAddress */
	[32] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 6, 8, 10, 400, 0U, 0U }, /* H225:EndpointType */
	[33] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H225:GatekeeperIdentifier */
	[34] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 8, 8, 410, 0U, 0U }, /* H225:QseriesOptions */
	[35] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:GatekeeperRequest.endpointAlias */
	[36] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:RegistrationRequest.discoveryComplete */
	[37] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 31, 0U, 0U }, /* H225:RegistrationRequest.callSignalAddress */
	[38] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 31, 0U, 0U }, /* H225:RegistrationRequest.rasAddress */
	[39] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:RegistrationRequest.terminalAlias */
	[40] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 3, 4, 418, 0U, 0U }, /* H225:VendorIdentifier */
	[41] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 31, 0U, 0U }, /* H225:RegistrationConfirm.callSignalAddress */
	[42] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:RegistrationConfirm.terminalAlias */
	[43] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H225:EndpointIdentifier */
	[44] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 31, 0U, 0U }, /* H225:UnregistrationRequest.callSignalAddress */
	[45] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:UnregistrationRequest.endpointAlias */
	[46] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 422, 0U, 0U }, /* H225:CallType */
	[47] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 426, 0U, 0U }, /* H225:CallModel */
	[48] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:AdmissionRequest.destinationInfo */
	[49] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:AdmissionRequest.destExtraCallInfo */
	[50] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:AdmissionRequest.srcInfo */
	[51] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H225:BandWidth */
	[52] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:CallReferenceValue */
	[53] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:ConferenceIdentifier */
	[54] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRequest.activeMC */
	[55] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:AdmissionRequest.answerCall */
	[56] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65534U }, /* H225:AdmissionConfirm.irrFrequency */
	[57] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:LocationRequest.destinationInfo */
	[58] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 31, 0U, 0U }, /* H225:InfoRequestResponse.callSignalAddress */
	[59] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:InfoRequestResponse.endpointAlias */
	[60] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 112, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo */
	[61] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 7, 428, 0U, 0U }, /* H245:OpenLogicalChannelAck */
	[62] = { NFH_PER_CHOICE, 0, 0, 0, 3, 3, 435, 0U, 0U }, /* H245:FunctionNotUnderstood */
	[63] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.portNumber */
	[64] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 6, 13, 438, 0U, 0U }, /* H245:DataType */
	[65] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 5, 451, 0U, 0U }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters */
	[66] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 3, 456, 0U, 0U }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters */
	[67] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 459, 0U, 0U }, /* H245:NetworkAccessParameters.distribution */
	[68] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 461, 0U, 0U }, /* H245:NetworkAccessParameters.networkAddress */
	[69] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NetworkAccessParameters.associateConference */
	[70] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 255U }, /* H245:NetworkAccessParameters.externalReference */
	[71] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 7, 13, 41, 464, 0U, 0U }, /* H225:Setup-UUIE */
	[72] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 12, 505, 0U, 0U }, /* H225:CallProceeding-UUIE */
	[73] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 20, 517, 0U, 0U }, /* H225:Connect-UUIE */
	[74] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 3, 18, 537, 0U, 0U }, /* H225:Alerting-UUIE */
	[75] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 1, 7, 555, 0U, 0U }, /* H225:Information-UUIE */
	[76] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 13, 562, 0U, 0U }, /* H225:ReleaseComplete-UUIE */
	[77] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 5, 21, 575, 0U, 0U }, /* H225:Facility-UUIE */
	[78] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 8, 11, 596, 0U, 0U }, /* H225:Progress-UUIE */
	[79] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 607, 0U, 0U }, /* H225:NonStandardIdentifier */
	[80] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:NonStandardParameter.data */
	[81] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:H323-UU-PDU.h245Control */
	[82] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 609, 0U, 0U }, /* H225:TransportAddress.ipAddress */
	[83] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 4, 4, 611, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute */
	[84] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 615, 0U, 0U }, /* H225:TransportAddress.ipxAddress */
	[85] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 618, 0U, 0U }, /* H225:TransportAddress.ip6Address */
	[86] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:TransportAddress.netBios */
	[87] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 20U }, /* H225:TransportAddress.nsap */
	[88] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 1, 620, 0U, 0U }, /* H225:GatekeeperInfo */
	[89] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 2, 2, 621, 0U, 0U }, /* H225:GatewayInfo */
	[90] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 2, 623, 0U, 0U }, /* H225:McuInfo */
	[91] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 1, 625, 0U, 0U }, /* H225:TerminalInfo */
	[92] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:EndpointType.mc */
	[93] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:EndpointType.undefinedNode */
	[94] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q932Full */
	[95] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q951Full */
	[96] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q952Full */
	[97] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q953Full */
	[98] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q955Full */
	[99] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q956Full */
	[100] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:QseriesOptions.q957Full */
	[101] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 626, 0U, 0U }, /* H225:Q954Details */
	[102] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 8, 628, 0U, 0U }, /* H225:AliasAddress */
	[103] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 636, 0U, 0U }, /* H225:H221NonStandard */
	[104] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H225:VendorIdentifier.productId */
	[105] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 256U }, /* H225:VendorIdentifier.versionId */
	[106] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.pointToPoint */
	[107] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.oneToN */
	[108] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.nToOne */
	[109] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallType.nToN */
	[110] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallModel.direct */
	[111] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallModel.gatekeeperRouted */
	[112] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 12, 20, 639, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo */
	[113] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 3, 4, 659, 0U, 0U }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters */
	[114] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 1, 1, 663, 0U, 0U }, /* H245:OpenLogicalChannelAck.forwardMultiplexAckParameters */
	[115] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 664, 0U, 0U }, /* H245:NonStandardParameter */
	[116] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataType.nullData */
	[117] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 5, 7, 666, 0U, 0U }, /* H245:VideoCapability */
	[118] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 14, 26, 673, 0U, 0U }, /* H245:AudioCapability */
	[119] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 699, 0U, 0U }, /* H245:DataApplicationCapability */
	[120] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 701, 0U, 0U }, /* H245:EncryptionMode */
	[121] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 3, 5, 5, 703, 0U, 0U }, /* H245:H222LogicalChannelParameters */
	[122] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 708, 0U, 0U }, /* H245:H223LogicalChannelParameters */
	[123] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 5, 5, 710, 0U, 0U }, /* H245:V76LogicalChannelParameters */
	[124] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 10, 11, 15, 715, 0U, 0U }, /* H245:H2250LogicalChannelParameters */
	[125] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NetworkAccessParameters.distribution.unicast */
	[126] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NetworkAccessParameters.distribution.multicast */
	[127] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 2, 2, 730, 0U, 0U }, /* H245:Q2931Address */
	[128] = { NFH_PER_CHARS, NFH_PER_F_UB, 4, 0, 0, 0, 0, 1U, 128U }, /* H245:NetworkAccessParameters.networkAddress.e164Address */
	[129] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 732, 0U, 0U }, /* H245:TransportAddress */
	[130] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:Setup-UUIE.sourceAddress */
	[131] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:Setup-UUIE.destinationAddress */
	[132] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:Setup-UUIE.destExtraCallInfo */
	[133] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 52, 0U, 0U }, /* H225:Setup-UUIE.destExtraCRV */
	[134] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.activeMC */
	[135] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 5, 734, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal */
	[136] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 230, 0U, 0U }, /* H225:Setup-UUIE.fastStart */
	[137] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 231, 0U, 0U }, /* H225:Setup-UUIE.parallelH245Control */
	[138] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 232, 0U, 0U }, /* H225:CallProceeding-UUIE.fastStart */
	[139] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 233, 0U, 0U }, /* H225:Connect-UUIE.fastStart */
	[140] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 234, 0U, 0U }, /* H225:Alerting-UUIE.fastStart */
	[141] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 235, 0U, 0U }, /* H225:Information-UUIE.fastStart */
	[142] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 12, 25, 739, 0U, 0U }, /* H225:ReleaseCompleteReason */
	[143] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 102, 0U, 0U }, /* H225:Facility-UUIE.alternativeAliasAddress */
	[144] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 11, 764, 0U, 0U }, /* H225:FacilityReason */
	[145] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 252, 0U, 0U }, /* H225:Facility-UUIE.fastStart */
	[146] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 1, 1, 775, 0U, 0U }, /* H225:CallIdentifier */
	[147] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 776, 0U, 0U }, /* H225:H245Security */
	[148] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 256, 0U, 0U }, /* H225:Progress-UUIE.tokens */
	[149] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 257, 0U, 0U }, /* H225:Progress-UUIE.cryptoTokens */
	[150] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 258, 0U, 0U }, /* H225:Progress-UUIE.fastStart */
	[151] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:NonStandardIdentifier.object */
	[152] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipAddress.ip */
	[153] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:TransportAddress.ipAddress.port */
	[154] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipSourceRoute.ip */
	[155] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:TransportAddress.ipSourceRoute.port */
	[156] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 259, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.route */
	[157] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 780, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.routing */
	[158] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 6U, 6U }, /* H225:TransportAddress.ipxAddress.node */
	[159] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipxAddress.netnum */
	[160] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 2U, 2U }, /* H225:TransportAddress.ipxAddress.port */
	[161] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:TransportAddress.ip6Address.ip */
	[162] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:TransportAddress.ip6Address.port */
	[163] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 262, 0U, 0U }, /* H225:GatewayInfo.protocol */
	[164] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Q954Details.conferenceCalling */
	[165] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Q954Details.threePartyService */
	[166] = { NFH_PER_CHARS, NFH_PER_F_UB, 4, 0, 0, 0, 0, 1U, 128U }, /* H225:AliasAddress.dialedDigits */
	[167] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 256U }, /* H225:AliasAddress.h323-ID */
	[168] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:H221NonStandard.t35CountryCode */
	[169] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H225:H221NonStandard.t35Extension */
	[170] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H225:H221NonStandard.manufacturerCode */
	[171] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.originator */
	[172] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 263, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.audio */
	[173] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 263, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.video */
	[174] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 175, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.data */
	[175] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 2, 2, 782, 0U, 0U }, /* H225:TransportChannelInfo */
	[176] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 264, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.pdu */
	[177] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.portNumber */
	[178] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 1, 2, 784, 0U, 0U }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters */
	[179] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 5, 5, 8, 786, 0U, 0U }, /* H245:H2250LogicalChannelAckParameters */
	[180] = { NFH_PER_CHOICE, 0, 0, 0, 2, 2, 794, 0U, 0U }, /* H245:NonStandardIdentifier */
	[181] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NonStandardParameter.data */
	[182] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 5, 6, 796, 0U, 0U }, /* H245:H261VideoCapability */
	[183] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 6, 17, 18, 802, 0U, 0U }, /* H245:H262VideoCapability */
	[184] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 7, 13, 21, 820, 0U, 0U }, /* H245:H263VideoCapability */
	[185] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 6, 7, 8, 841, 0U, 0U }, /* H245:IS11172VideoCapability */
	[186] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g711Alaw64k */
	[187] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g711Alaw56k */
	[188] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g711Ulaw64k */
	[189] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g711Ulaw56k */
	[190] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g722-64k */
	[191] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g722-56k */
	[192] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g722-48k */
	[193] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 849, 0U, 0U }, /* H245:AudioCapability.g7231 */
	[194] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g728 */
	[195] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g729 */
	[196] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g729AnnexA */
	[197] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 9, 9, 851, 0U, 0U }, /* H245:IS11172AudioCapability */
	[198] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 21, 21, 860, 0U, 0U }, /* H245:IS13818AudioCapability */
	[199] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 10, 16, 881, 0U, 0U }, /* H245:DataApplicationCapability.application */
	[200] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H245:DataApplicationCapability.maxBitRate */
	[201] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:EncryptionMode.h233Encryption */
	[202] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:H222LogicalChannelParameters.resourceID */
	[203] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 8191U }, /* H245:H222LogicalChannelParameters.subChannelID */
	[204] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 8191U }, /* H245:H222LogicalChannelParameters.pcr-pid */
	[205] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H222LogicalChannelParameters.programDescriptors */
	[206] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H222LogicalChannelParameters.streamDescriptors */
	[207] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 6, 9, 897, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType */
	[208] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.segmentableFlag */
	[209] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 906, 0U, 0U }, /* H245:V76HDLCParameters */
	[210] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 909, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume */
	[211] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.uIH */
	[212] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 912, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode */
	[213] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 1, 1, 914, 0U, 0U }, /* H245:V75Parameters */
	[214] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 115, 0U, 0U }, /* H245:H2250LogicalChannelParameters.nonStandard */
	[215] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:H2250LogicalChannelParameters.sessionID */
	[216] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 254U }, /* H245:H2250LogicalChannelParameters.associatedSessionID */
	[217] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaGuaranteedDelivery */
	[218] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaControlGuaranteedDelivery */
	[219] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.silenceSuppression */
	[220] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 915, 0U, 0U }, /* H245:TerminalLabel */
	[221] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 31U }, /* H245:H2250LogicalChannelParameters.dynamicRTPPayloadType */
	[222] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 1, 2, 917, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaPacketization */
	[223] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 2, 919, 0U, 0U }, /* H245:Q2931Address.address */
	[224] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 20U }, /* H245:Q2931Address.subaddress */
	[225] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 5, 7, 921, 0U, 0U }, /* H245:UnicastAddress */
	[226] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 2, 4, 928, 0U, 0U }, /* H245:MulticastAddress */
	[227] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal.create */
	[228] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal.join */
	[229] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.conferenceGoal.invite */
	[230] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.fastStart */
	[231] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Setup-UUIE.parallelH245Control */
	[232] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:CallProceeding-UUIE.fastStart */
	[233] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Connect-UUIE.fastStart */
	[234] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Alerting-UUIE.fastStart */
	[235] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Information-UUIE.fastStart */
	[236] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.noBandwidth */
	[237] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.gatekeeperResources */
	[238] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.unreachableDestination */
	[239] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.destinationRejection */
	[240] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.invalidRevision */
	[241] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.noPermission */
	[242] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.unreachableGatekeeper */
	[243] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.gatewayResources */
	[244] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.badFormatAddress */
	[245] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.adaptiveBusy */
	[246] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.inConf */
	[247] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:ReleaseCompleteReason.undefinedReason */
	[248] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.routeCallToGatekeeper */
	[249] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.callForwarded */
	[250] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.routeCallToMC */
	[251] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:FacilityReason.undefinedReason */
	[252] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Facility-UUIE.fastStart */
	[253] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H225:GloballyUniqueID */
	[254] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:H245Security.noSecurity */
	[255] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 4, 4, 932, 0U, 0U }, /* H225:SecurityCapabilities */
	[256] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 8, 9, 14, 936, 0U, 0U }, /* H235:ClearToken */
	[257] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 8, 8, 950, 0U, 0U }, /* H225:CryptoH323Token */
	[258] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:Progress-UUIE.fastStart */
	[259] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H225:TransportAddress.ipSourceRoute.route */
	[260] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.routing.strict */
	[261] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:TransportAddress.ipSourceRoute.routing.loose */
	[262] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 9, 12, 958, 0U, 0U }, /* H225:SupportedProtocols */
	[263] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 6, 8, 970, 0U, 0U }, /* H225:RTPSession */
	[264] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 978, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.pdu */
	[265] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 115, 0U, 0U }, /* H245:H2250LogicalChannelAckParameters.nonStandard */
	[266] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 254U }, /* H245:H2250LogicalChannelAckParameters.sessionID */
	[267] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 31U }, /* H245:H2250LogicalChannelAckParameters.dynamicRTPPayloadType */
	[268] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:NonStandardIdentifier.object */
	[269] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 980, 0U, 0U }, /* H245:NonStandardIdentifier.h221NonStandard */
	[270] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 3U }, /* H245:H261VideoCapability.qcifMPI */
	[271] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 3U }, /* H245:H261VideoCapability.cifMPI */
	[272] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H261VideoCapability.temporalSpatialTradeOffCapability */
	[273] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 19199U }, /* H245:H261VideoCapability.maxBitRate */
	[274] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H261VideoCapability.stillImageTransmission */
	[275] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SPatML */
	[276] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatLL */
	[277] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatML */
	[278] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatH-14 */
	[279] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-MPatHL */
	[280] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SNRatLL */
	[281] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SNRatML */
	[282] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-SpatialatH-14 */
	[283] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-HPatML */
	[284] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-HPatH-14 */
	[285] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H262VideoCapability.profileAndLevel-HPatHL */
	[286] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 1073741823U }, /* H245:H262VideoCapability.videoBitRate */
	[287] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 262143U }, /* H245:H262VideoCapability.vbvBufferSize */
	[288] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:H262VideoCapability.samplesPerLine */
	[289] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:H262VideoCapability.linesPerFrame */
	[290] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 15U }, /* H245:H262VideoCapability.framesPerSecond */
	[291] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H245:H262VideoCapability.luminanceSampleRate */
	[292] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 31U }, /* H245:H263VideoCapability.sqcifMPI */
	[293] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 31U }, /* H245:H263VideoCapability.qcifMPI */
	[294] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 31U }, /* H245:H263VideoCapability.cifMPI */
	[295] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 31U }, /* H245:H263VideoCapability.cif4MPI */
	[296] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 31U }, /* H245:H263VideoCapability.cif16MPI */
	[297] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 192399U }, /* H245:H263VideoCapability.maxBitRate */
	[298] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.unrestrictedVector */
	[299] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.arithmeticCoding */
	[300] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.advancedPrediction */
	[301] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.pbFrames */
	[302] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H263VideoCapability.temporalSpatialTradeOffCapability */
	[303] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 524287U }, /* H245:H263VideoCapability.hrd-B */
	[304] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:H263VideoCapability.bppMaxKb */
	[305] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172VideoCapability.constrainedBitstream */
	[306] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 1073741823U }, /* H245:IS11172VideoCapability.videoBitRate */
	[307] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 262143U }, /* H245:IS11172VideoCapability.vbvBufferSize */
	[308] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:IS11172VideoCapability.samplesPerLine */
	[309] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16383U }, /* H245:IS11172VideoCapability.linesPerFrame */
	[310] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 15U }, /* H245:IS11172VideoCapability.pictureRate */
	[311] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967295U }, /* H245:IS11172VideoCapability.luminanceSampleRate */
	[312] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:AudioCapability.g7231.maxAl-sduAudioFrames */
	[313] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:AudioCapability.g7231.silenceSuppression */
	[314] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioLayer1 */
	[315] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioLayer2 */
	[316] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioLayer3 */
	[317] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioSampling32k */
	[318] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioSampling44k1 */
	[319] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.audioSampling48k */
	[320] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.singleChannel */
	[321] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS11172AudioCapability.twoChannels */
	[322] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 447U }, /* H245:IS11172AudioCapability.bitRate */
	[323] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioLayer1 */
	[324] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioLayer2 */
	[325] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioLayer3 */
	[326] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling16k */
	[327] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling22k05 */
	[328] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling24k */
	[329] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling32k */
	[330] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling44k1 */
	[331] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.audioSampling48k */
	[332] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.singleChannel */
	[333] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.twoChannels */
	[334] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.threeChannels2-1 */
	[335] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.threeChannels3-0 */
	[336] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fourChannels2-0-2-0 */
	[337] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fourChannels2-2 */
	[338] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fourChannels3-1 */
	[339] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fiveChannels3-0-2-0 */
	[340] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.fiveChannels3-2 */
	[341] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.lowFrequencyEnhancement */
	[342] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:IS13818AudioCapability.multilingual */
	[343] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 1129U }, /* H245:IS13818AudioCapability.bitRate */
	[344] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 7, 18, 983, 0U, 0U }, /* H245:DataProtocolCapability */
	[345] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1001, 0U, 0U }, /* H245:DataApplicationCapability.application.t84 */
	[346] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1003, 0U, 0U }, /* H245:DataApplicationCapability.application.nlpid */
	[347] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataApplicationCapability.application.dsvdControl */
	[348] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1Framed */
	[349] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1NotFramed */
	[350] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithoutSequenceNumbers */
	[351] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithSequenceNumbers */
	[352] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1005, 0U, 0U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3 */
	[353] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1007, 0U, 0U }, /* H245:CRCLength */
	[354] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4094U }, /* H245:V76HDLCParameters.n401 */
	[355] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76HDLCParameters.loopbackTestProcedure */
	[356] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume.noSuspendResume */
	[357] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewAddress */
	[358] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewoAddress */
	[359] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1010, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM */
	[360] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.uNERM */
	[361] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V75Parameters.audioHeaderPresent */
	[362] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 192U }, /* H245:McuNumber */
	[363] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 192U }, /* H245:TerminalNumber */
	[364] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:H2250LogicalChannelParameters.mediaPacketization.h261aVideoPacketization */
	[365] = { NFH_PER_CHARS, NFH_PER_F_UB, 4, 0, 0, 0, 0, 1U, 16U }, /* H245:Q2931Address.address.internationalNumber */
	[366] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 1U, 20U }, /* H245:Q2931Address.address.nsapAddress */
	[367] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1012, 0U, 0U }, /* H245:UnicastAddress.iPAddress */
	[368] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 1014, 0U, 0U }, /* H245:UnicastAddress.iPXAddress */
	[369] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1017, 0U, 0U }, /* H245:UnicastAddress.iP6Address */
	[370] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H245:UnicastAddress.netBios */
	[371] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 4, 4, 1019, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress */
	[372] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1023, 0U, 0U }, /* H245:MulticastAddress.iPAddress */
	[373] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1025, 0U, 0U }, /* H245:MulticastAddress.iP6Address */
	[374] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1027, 0U, 0U }, /* H225:SecurityServiceMode */
	[375] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ClearToken.tokenOID */
	[376] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967294U }, /* H235:TimeStamp */
	[377] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H235:Password */
	[378] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 3, 3, 1030, 0U, 0U }, /* H235:DHset */
	[379] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 8U, 128U }, /* H235:ChallengeString */
	[380] = { NFH_PER_INT, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:RandomVal */
	[381] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 2, 2, 1033, 0U, 0U }, /* H235:TypedCertificate */
	[382] = { NFH_PER_CHARS, NFH_PER_F_UB, 16, 0, 0, 0, 0, 1U, 128U }, /* H235:Identifier */
	[383] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1035, 0U, 0U }, /* H235:NonStandardParameter */
	[384] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1037, 0U, 0U }, /* H225:CryptoH323Token.cryptoEPPwdHash */
	[385] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1040, 0U, 0U }, /* H225:CryptoH323Token.cryptoGKPwdHash */
	[386] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1043, 0U, 0U }, /* H235:ENCRYPTED */
	[387] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1046, 0U, 0U }, /* H235:ENCRYPTED */
	[388] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1049, 0U, 0U }, /* H235:SIGNED */
	[389] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1053, 0U, 0U }, /* H235:SIGNED */
	[390] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1057, 0U, 0U }, /* H235:SIGNED */
	[391] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 4, 4, 1061, 0U, 0U }, /* H235:CryptoToken */
	[392] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1065, 0U, 0U }, /* H225:H310Caps */
	[393] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1068, 0U, 0U }, /* H225:H320Caps */
	[394] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1071, 0U, 0U }, /* H225:H321Caps */
	[395] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1074, 0U, 0U }, /* H225:H322Caps */
	[396] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1077, 0U, 0U }, /* H225:H323Caps */
	[397] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1080, 0U, 0U }, /* H225:H324Caps */
	[398] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1083, 0U, 0U }, /* H225:VoiceCaps */
	[399] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 1, 1, 3, 1086, 0U, 0U }, /* H225:T120OnlyCaps */
	[400] = { NFH_PER_CHARS, 0, 8, 0, 0, 0, 0, 0U, 0U }, /* H225:RTPSession.cname */
	[401] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 4294967294U }, /* H225:RTPSession.ssrc */
	[402] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 254U }, /* H225:RTPSession.sessionId */
	[403] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 466, 0U, 0U }, /* H225:RTPSession.associatedSessionIds */
	[404] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:InfoRequestResponse.perCallInfo.pdu.sent */
	[405] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:NonStandardIdentifier.h221NonStandard.t35CountryCode */
	[406] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 255U }, /* H245:NonStandardIdentifier.h221NonStandard.t35Extension */
	[407] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:NonStandardIdentifier.h221NonStandard.manufacturerCode */
	[408] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.v14buffered */
	[409] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.v42lapm */
	[410] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.hdlcFrameTunnelling */
	[411] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.h310SeparateVCStack */
	[412] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.h310SingleVCStack */
	[413] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataProtocolCapability.transparent */
	[414] = { NFH_PER_CHOICE, 0, 0, 0, 2, 2, 1089, 0U, 0U }, /* H245:T84Profile */
	[415] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:DataApplicationCapability.application.nlpid.nlpidData */
	[416] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.controlFieldOctets */
	[417] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 16777215U }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.sendBufferSize */
	[418] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CRCLength.crc8bit */
	[419] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CRCLength.crc16bit */
	[420] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:CRCLength.crc32bit */
	[421] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 126U }, /* H245:V76LogicalChannelParameters.mode.eRM.windowSize */
	[422] = { NFH_PER_CHOICE, NFH_PER_F_EXT, 0, 0, 3, 3, 1091, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery */
	[423] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPAddress.network */
	[424] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:UnicastAddress.iPAddress.tsapIdentifier */
	[425] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 6U, 6U }, /* H245:UnicastAddress.iPXAddress.node */
	[426] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPXAddress.netnum */
	[427] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 2U, 2U }, /* H245:UnicastAddress.iPXAddress.tsapIdentifier */
	[428] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H245:UnicastAddress.iP6Address.network */
	[429] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:UnicastAddress.iP6Address.tsapIdentifier */
	[430] = { NFH_PER_CHOICE, 0, 0, 0, 2, 2, 1094, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.routing */
	[431] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPSourceRouteAddress.network */
	[432] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:UnicastAddress.iPSourceRouteAddress.tsapIdentifier */
	[433] = { NFH_PER_SEQOF, 0, 0, 0, 0, 0, 474, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.route */
	[434] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:MulticastAddress.iPAddress.network */
	[435] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:MulticastAddress.iPAddress.tsapIdentifier */
	[436] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 16U, 16U }, /* H245:MulticastAddress.iP6Address.network */
	[437] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 65535U }, /* H245:MulticastAddress.iP6Address.tsapIdentifier */
	[438] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:SecurityServiceMode.none */
	[439] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:SecurityServiceMode.default */
	[440] = { NFH_PER_BITS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2048U }, /* H235:DHset.halfkey */
	[441] = { NFH_PER_BITS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2048U }, /* H235:DHset.modSize */
	[442] = { NFH_PER_BITS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 2048U }, /* H235:DHset.generator */
	[443] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:TypedCertificate.type */
	[444] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:TypedCertificate.certificate */
	[445] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:NonStandardParameter.nonStandardIdentifier */
	[446] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:NonStandardParameter.data */
	[447] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1096, 0U, 0U }, /* H235:HASHED */
	[448] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1099, 0U, 0U }, /* H235:HASHED */
	[449] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[450] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 2, 2, 5, 1102, 0U, 0U }, /* H235:Params */
	[451] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[452] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[453] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[454] = { NFH_PER_OPEN, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:EncodedPwdCertToken */
	[455] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[456] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[457] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[458] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[459] = { NFH_PER_OPEN, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H225:EncodedFastStartToken */
	[460] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[461] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[462] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1107, 0U, 0U }, /* H235:CryptoToken.cryptoEncryptedToken */
	[463] = { NFH_PER_SEQ, 0, 0, 0, 2, 2, 1109, 0U, 0U }, /* H235:CryptoToken.cryptoSignedToken */
	[464] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1111, 0U, 0U }, /* H235:CryptoToken.cryptoHashedToken */
	[465] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1114, 0U, 0U }, /* H235:ENCRYPTED */
	[466] = { NFH_PER_INT, NFH_PER_F_UB, 0, 0, 0, 0, 0, 0U, 254U }, /* H225:RTPSession.associatedSessionIds */
	[467] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Unrestricted */
	[468] = { NFH_PER_SEQ, NFH_PER_F_EXT, 0, 0, 19, 19, 1117, 0U, 0U }, /* H245:T84Profile.t84Restricted */
	[469] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.rej */
	[470] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.sREJ */
	[471] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.mSREJ */
	[472] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.strict */
	[473] = { NFH_PER_NULL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.loose */
	[474] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 4U, 4U }, /* H245:UnicastAddress.iPSourceRouteAddress.route */
	[475] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.algorithmOID */
	[476] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.hash */
	[477] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.algorithmOID */
	[478] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.hash */
	[479] = { NFH_PER_INT, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:Params.ranInt */
	[480] = { NFH_PER_OCTETS, NFH_PER_F_UB, 0, 0, 0, 0, 0, 8U, 8U }, /* H235:IV8 */
	[481] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:CryptoToken.cryptoEncryptedToken.tokenOID */
	[482] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1136, 0U, 0U }, /* H235:ENCRYPTED */
	[483] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:CryptoToken.cryptoSignedToken.tokenOID */
	[484] = { NFH_PER_SEQ, 0, 0, 0, 4, 4, 1139, 0U, 0U }, /* H235:SIGNED */
	[485] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:CryptoToken.cryptoHashedToken.tokenOID */
	[486] = { NFH_PER_SEQ, 0, 0, 0, 3, 3, 1143, 0U, 0U }, /* H235:HASHED */
	[487] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[488] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[489] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.qcif */
	[490] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.cif */
	[491] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.ccir601Seq */
	[492] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.ccir601Prog */
	[493] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.hdtvSeq */
	[494] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.hdtvProg */
	[495] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g3FacsMH200x100 */
	[496] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g3FacsMH200x200 */
	[497] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x100 */
	[498] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x200 */
	[499] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig200x200Seq */
	[500] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig200x200Prog */
	[501] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig300x300Seq */
	[502] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.jbig300x300Prog */
	[503] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoLow */
	[504] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoMedSeq */
	[505] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoMedProg */
	[506] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoHighSeq */
	[507] = { NFH_PER_BOOL, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H245:T84Profile.t84Restricted.digPhotoHighProg */
	[508] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.algorithmOID */
	[509] = { NFH_PER_OCTETS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:ENCRYPTED.encryptedData */
	[510] = { NFH_PER_OPEN, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:EncodedGeneralToken */
	[511] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.algorithmOID */
	[512] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:SIGNED.signature */
	[513] = { NFH_PER_OID, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.algorithmOID */
	[514] = { NFH_PER_BITS, 0, 0, 0, 0, 0, 0, 0U, 0U }, /* H235:HASHED.hash */
};

/* type, flags, action, message */
const struct nfh_per_member nfh_h323_members[1146] = {
	{ 4, 0, 0, 0 }, /* H225:H323-UserInformation.h323-uu-pdu */
	{ 5, NFH_PER_M_OPT, 0, 0 }, /* H225:H323-UserInformation.user-data */
	{ 6, 0, 0, 1 }, /* H225:RasMessage.gatekeeperRequest */
	{ 7, 0, 0, 2 }, /* H225:RasMessage.gatekeeperConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 3 }, /* H225:RasMessage.gatekeeperReject */
	{ 8, 0, 0, 4 }, /* H225:RasMessage.registrationRequest */
	{ 9, 0, 0, 5 }, /* H225:RasMessage.registrationConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 6 }, /* H225:RasMessage.registrationReject */
	{ 10, 0, 0, 7 }, /* H225:RasMessage.unregistrationRequest */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 8 }, /* H225:RasMessage.unregistrationConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 9 }, /* H225:RasMessage.unregistrationReject */
	{ 11, 0, 0, 10 }, /* H225:RasMessage.admissionRequest */
	{ 12, 0, 0, 11 }, /* H225:RasMessage.admissionConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 12 }, /* H225:RasMessage.admissionReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 13 }, /* H225:RasMessage.bandwidthRequest */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 14 }, /* H225:RasMessage.bandwidthConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 15 }, /* H225:RasMessage.bandwidthReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 16 }, /* H225:RasMessage.disengageRequest */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 17 }, /* H225:RasMessage.disengageConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 18 }, /* H225:RasMessage.disengageReject */
	{ 13, 0, 0, 19 }, /* H225:RasMessage.locationRequest */
	{ 14, 0, 0, 20 }, /* H225:RasMessage.locationConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 21 }, /* H225:RasMessage.locationReject */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 22 }, /* H225:RasMessage.infoRequest */
	{ 15, 0, 0, 23 }, /* H225:RasMessage.infoRequestResponse */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 24 }, /* H225:RasMessage.nonStandardMessage */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 25 }, /* H225:RasMessage.unknownMessageResponse */
	{ NFH_H323_T_SKIP, 0, 0, 26 }, /* H225:RasMessage.requestInProgress */
	{ NFH_H323_T_SKIP, 0, 0, 27 }, /* H225:RasMessage.resourcesAvailableIndicate */
	{ NFH_H323_T_SKIP, 0, 0, 28 }, /* H225:RasMessage.resourcesAvailableConfirm */
	{ NFH_H323_T_SKIP, 0, 0, 29 }, /* H225:RasMessage.infoRequestAck */
	{ NFH_H323_T_SKIP, 0, 0, 30 }, /* H225:RasMessage.infoRequestNak */
	{ NFH_H323_T_SKIP, 0, 0, 31 }, /* H225:RasMessage.serviceControlIndication */
	{ NFH_H323_T_SKIP, 0, 0, 32 }, /* H225:RasMessage.serviceControlResponse */
	{ 16, 0, 0, 33 }, /* H225:RasMessage.admissionConfirmSequence */
	{ 17, 0, 0, 0 }, /* H245:MultimediaSystemControlMessage.request */
	{ 18, 0, 0, 0 }, /* H245:MultimediaSystemControlMessage.response */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 0 }, /* H245:MultimediaSystemControlMessage.command */
	{ 19, 0, 0, 0 }, /* H245:MultimediaSystemControlMessage.indication */
	{ 20, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelNumber */
	{ 21, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters */
	{ 22, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters */
	{ 23, 0, NFH_H323_ACT_ROLE_T120, 0 }, /* H245:OpenLogicalChannel.separateStack */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.encryptionSync */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.genericInformation */
	{ 24, 0, 0, 0 }, /* H225:H323-UU-PDU.h323-message-body */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:H323-UU-PDU.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.h4501SupplementaryService */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.h245Tunneling */
	{ 26, 0, NFH_H323_ACT_AS_MSCM, 0 }, /* H225:H323-UU-PDU.h245Control */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.nonStandardControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.tunnelledSignallingMessage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.provisionalRespToH245Tunneling */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.stimulusControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323-UU-PDU.genericData */
	{ 27, 0, 0, 0 }, /* H225:H323-UserInformation.user-data.protocol-discriminator */
	{ 28, 0, 0, 0 }, /* H225:H323-UserInformation.user-data.user-information */
	{ 29, 0, 0, 0 }, /* H225:GatekeeperRequest.requestSeqNum */
	{ 30, 0, 0, 0 }, /* H225:GatekeeperRequest.protocolIdentifier */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.nonStandardData */
	{ 31, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:GatekeeperRequest.rasAddress */
	{ 32, 0, 0, 0 }, /* H225:GatekeeperRequest.endpointType */
	{ 33, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.gatekeeperIdentifier */
	{ 34, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.callServices */
	{ 35, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperRequest.endpointAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.alternateEndpoints */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.authenticationCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.algorithmOIDs */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.integrity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.supportsAltGK */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.supportsAssignedGK */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperRequest.assignedGatekeeper */
	{ 29, 0, 0, 0 }, /* H225:GatekeeperConfirm.requestSeqNum */
	{ 30, 0, 0, 0 }, /* H225:GatekeeperConfirm.protocolIdentifier */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperConfirm.nonStandardData */
	{ 33, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperConfirm.gatekeeperIdentifier */
	{ 31, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:GatekeeperConfirm.rasAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.alternateGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.authenticationMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.algorithmOID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.integrity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.assignedGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:GatekeeperConfirm.rehomingModel */
	{ 29, 0, 0, 0 }, /* H225:RegistrationRequest.requestSeqNum */
	{ 30, 0, 0, 0 }, /* H225:RegistrationRequest.protocolIdentifier */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationRequest.nonStandardData */
	{ 36, 0, 0, 0 }, /* H225:RegistrationRequest.discoveryComplete */
	{ 37, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:RegistrationRequest.callSignalAddress */
	{ 38, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:RegistrationRequest.rasAddress */
	{ 32, 0, 0, 0 }, /* H225:RegistrationRequest.terminalType */
	{ 39, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationRequest.terminalAlias */
	{ 33, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationRequest.gatekeeperIdentifier */
	{ 40, 0, 0, 0 }, /* H225:RegistrationRequest.endpointVendor */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.alternateEndpoints */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.timeToLive */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.keepAlive */
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
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.restart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.supportsACFSequences */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.supportsAssignedGK */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.assignedGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.transportQOS */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationRequest.language */
	{ 29, 0, 0, 0 }, /* H225:RegistrationConfirm.requestSeqNum */
	{ 30, 0, 0, 0 }, /* H225:RegistrationConfirm.protocolIdentifier */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationConfirm.nonStandardData */
	{ 41, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:RegistrationConfirm.callSignalAddress */
	{ 42, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationConfirm.terminalAlias */
	{ 33, NFH_PER_M_OPT, 0, 0 }, /* H225:RegistrationConfirm.gatekeeperIdentifier */
	{ 43, 0, 0, 0 }, /* H225:RegistrationConfirm.endpointIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.alternateGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.timeToLive */
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
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.assignedGatekeeper */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.rehomingModel */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.transportQOS */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RegistrationConfirm.language */
	{ 29, 0, 0, 0 }, /* H225:UnregistrationRequest.requestSeqNum */
	{ 44, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:UnregistrationRequest.callSignalAddress */
	{ 45, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationRequest.endpointAlias */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationRequest.nonStandardData */
	{ 43, NFH_PER_M_OPT, 0, 0 }, /* H225:UnregistrationRequest.endpointIdentifier */
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
	{ 29, 0, 0, 0 }, /* H225:AdmissionRequest.requestSeqNum */
	{ 46, 0, 0, 0 }, /* H225:AdmissionRequest.callType */
	{ 47, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.callModel */
	{ 43, 0, 0, 0 }, /* H225:AdmissionRequest.endpointIdentifier */
	{ 48, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.destinationInfo */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:AdmissionRequest.destCallSignalAddress */
	{ 49, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.destExtraCallInfo */
	{ 50, 0, 0, 0 }, /* H225:AdmissionRequest.srcInfo */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:AdmissionRequest.srcCallSignalAddress */
	{ 51, 0, 0, 0 }, /* H225:AdmissionRequest.bandWidth */
	{ 52, 0, 0, 0 }, /* H225:AdmissionRequest.callReferenceValue */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.nonStandardData */
	{ 34, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionRequest.callServices */
	{ 53, 0, 0, 0 }, /* H225:AdmissionRequest.conferenceID */
	{ 54, 0, 0, 0 }, /* H225:AdmissionRequest.activeMC */
	{ 55, 0, 0, 0 }, /* H225:AdmissionRequest.answerCall */
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
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionRequest.canMapSrcAlias */
	{ 29, 0, 0, 0 }, /* H225:AdmissionConfirm.requestSeqNum */
	{ 51, 0, 0, 0 }, /* H225:AdmissionConfirm.bandWidth */
	{ 47, 0, 0, 0 }, /* H225:AdmissionConfirm.callModel */
	{ 31, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:AdmissionConfirm.destCallSignalAddress */
	{ 56, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionConfirm.irrFrequency */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:AdmissionConfirm.nonStandardData */
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
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.modifiedSrcInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AdmissionConfirm.assignedGatekeeper */
	{ 29, 0, 0, 0 }, /* H225:LocationRequest.requestSeqNum */
	{ 43, NFH_PER_M_OPT, 0, 0 }, /* H225:LocationRequest.endpointIdentifier */
	{ 57, 0, 0, 0 }, /* H225:LocationRequest.destinationInfo */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:LocationRequest.nonStandardData */
	{ 31, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:LocationRequest.replyAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.sourceInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.canMapAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.gatekeeperIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.desiredProtocols */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.desiredTunnelledProtocol */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.hopCount */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.bandWidth */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.sourceEndpointInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.canMapSrcAlias */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationRequest.language */
	{ 29, 0, 0, 0 }, /* H225:LocationConfirm.requestSeqNum */
	{ 31, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:LocationConfirm.callSignalAddress */
	{ 31, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:LocationConfirm.rasAddress */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:LocationConfirm.nonStandardData */
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
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.genericData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.modifiedSrcInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.bandWidth */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:LocationConfirm.language */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.nonStandardData */
	{ 29, 0, 0, 0 }, /* H225:InfoRequestResponse.requestSeqNum */
	{ 32, 0, 0, 0 }, /* H225:InfoRequestResponse.endpointType */
	{ 43, 0, 0, 0 }, /* H225:InfoRequestResponse.endpointIdentifier */
	{ 31, 0, NFH_H323_ACT_ROLE_RAS, 0 }, /* H225:InfoRequestResponse.rasAddress */
	{ 58, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:InfoRequestResponse.callSignalAddress */
	{ 59, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.endpointAlias */
	{ 60, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.integrityCheckValue */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.needResponse */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.irrStatus */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.unsolicited */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.genericData */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 34 }, /* H245:RequestMessage.nonStandard */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 35 }, /* H245:RequestMessage.masterSlaveDetermination */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 36 }, /* H245:RequestMessage.terminalCapabilitySet */
	{ 3, 0, 0, 37 }, /* H245:RequestMessage.openLogicalChannel */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 38 }, /* H245:RequestMessage.closeLogicalChannel */
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
	{ 61, 0, 0, 55 }, /* H245:ResponseMessage.openLogicalChannelAck */
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
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 75 }, /* H245:IndicationMessage.nonStandard */
	{ 62, 0, 0, 76 }, /* H245:IndicationMessage.functionNotUnderstood */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 77 }, /* H245:IndicationMessage.masterSlaveDeterminationRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 78 }, /* H245:IndicationMessage.terminalCapabilitySetRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 79 }, /* H245:IndicationMessage.openLogicalChannelConfirm */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 80 }, /* H245:IndicationMessage.requestChannelCloseRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 81 }, /* H245:IndicationMessage.multiplexEntrySendRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 82 }, /* H245:IndicationMessage.requestMultiplexEntryRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 83 }, /* H245:IndicationMessage.requestModeRelease */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 84 }, /* H245:IndicationMessage.miscellaneousIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 85 }, /* H245:IndicationMessage.jitterIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 86 }, /* H245:IndicationMessage.h223SkewIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 87 }, /* H245:IndicationMessage.newATMVCIndication */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 88 }, /* H245:IndicationMessage.userInput */
	{ NFH_H323_T_SKIP, 0, 0, 89 }, /* H245:IndicationMessage.h2250MaximumSkewIndication */
	{ NFH_H323_T_SKIP, 0, 0, 90 }, /* H245:IndicationMessage.mcLocationIndication */
	{ NFH_H323_T_SKIP, 0, 0, 91 }, /* H245:IndicationMessage.conferenceIndication */
	{ NFH_H323_T_SKIP, 0, 0, 92 }, /* H245:IndicationMessage.vendorIdentification */
	{ NFH_H323_T_SKIP, 0, 0, 93 }, /* H245:IndicationMessage.functionNotSupported */
	{ NFH_H323_T_SKIP, 0, 0, 94 }, /* H245:IndicationMessage.multilinkIndication */
	{ NFH_H323_T_SKIP, 0, 0, 95 }, /* H245:IndicationMessage.logicalChannelRateRelease */
	{ NFH_H323_T_SKIP, 0, 0, 96 }, /* H245:IndicationMessage.flowControlIndication */
	{ NFH_H323_T_SKIP, 0, 0, 97 }, /* H245:IndicationMessage.mobileMultilinkReconfigurationIndication */
	{ NFH_H323_T_SKIP, 0, 0, 98 }, /* H245:IndicationMessage.genericIndication */
	{ 63, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.portNumber */
	{ 64, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.dataType */
	{ 65, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.forwardLogicalChannelDependency */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.replacementFor */
	{ 64, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.dataType */
	{ 66, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.reverseLogicalChannelDependency */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.replacementFor */
	{ 67, NFH_PER_M_OPT, 0, 0 }, /* H245:NetworkAccessParameters.distribution */
	{ 68, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress */
	{ 69, 0, 0, 0 }, /* H245:NetworkAccessParameters.associateConference */
	{ 70, NFH_PER_M_OPT, 0, 0 }, /* H245:NetworkAccessParameters.externalReference */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:NetworkAccessParameters.t120SetupProcedure */
	{ 71, 0, 0, 99 }, /* H225:H323-UU-PDU.h323-message-body.setup */
	{ 72, 0, 0, 100 }, /* H225:H323-UU-PDU.h323-message-body.callProceeding */
	{ 73, 0, 0, 101 }, /* H225:H323-UU-PDU.h323-message-body.connect */
	{ 74, 0, 0, 102 }, /* H225:H323-UU-PDU.h323-message-body.alerting */
	{ 75, 0, 0, 103 }, /* H225:H323-UU-PDU.h323-message-body.information */
	{ 76, 0, 0, 104 }, /* H225:H323-UU-PDU.h323-message-body.releaseComplete */
	{ 77, 0, 0, 105 }, /* H225:H323-UU-PDU.h323-message-body.facility */
	{ 78, 0, 0, 106 }, /* H225:H323-UU-PDU.h323-message-body.progress */
	{ NFH_H323_T_SKIP, 0, 0, 107 }, /* H225:H323-UU-PDU.h323-message-body.empty */
	{ NFH_H323_T_SKIP, 0, 0, 108 }, /* H225:H323-UU-PDU.h323-message-body.status */
	{ NFH_H323_T_SKIP, 0, 0, 109 }, /* H225:H323-UU-PDU.h323-message-body.statusInquiry */
	{ NFH_H323_T_SKIP, 0, 0, 110 }, /* H225:H323-UU-PDU.h323-message-body.setupAcknowledge */
	{ NFH_H323_T_SKIP, 0, 0, 111 }, /* H225:H323-UU-PDU.h323-message-body.notify */
	{ 79, 0, 0, 0 }, /* H225:NonStandardParameter.nonStandardIdentifier */
	{ 80, 0, 0, 0 }, /* H225:NonStandardParameter.data */
	{ 82, 0, NFH_H323_ACT_IP4, 0 }, /* H225:TransportAddress.ipAddress */
	{ 83, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute */
	{ 84, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress */
	{ 85, 0, NFH_H323_ACT_IP6, 0 }, /* H225:TransportAddress.ip6Address */
	{ 86, 0, 0, 0 }, /* H225:TransportAddress.netBios */
	{ 87, 0, 0, 0 }, /* H225:TransportAddress.nsap */
	{ 25, 0, 0, 0 }, /* H225:TransportAddress.nonStandardAddress */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.nonStandardData */
	{ 40, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.vendor */
	{ 88, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.gatekeeper */
	{ 89, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.gateway */
	{ 90, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.mcu */
	{ 91, NFH_PER_M_OPT, 0, 0 }, /* H225:EndpointType.terminal */
	{ 92, 0, 0, 0 }, /* H225:EndpointType.mc */
	{ 93, 0, 0, 0 }, /* H225:EndpointType.undefinedNode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:EndpointType.set */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:EndpointType.supportedTunnelledProtocols */
	{ 94, 0, 0, 0 }, /* H225:QseriesOptions.q932Full */
	{ 95, 0, 0, 0 }, /* H225:QseriesOptions.q951Full */
	{ 96, 0, 0, 0 }, /* H225:QseriesOptions.q952Full */
	{ 97, 0, 0, 0 }, /* H225:QseriesOptions.q953Full */
	{ 98, 0, 0, 0 }, /* H225:QseriesOptions.q955Full */
	{ 99, 0, 0, 0 }, /* H225:QseriesOptions.q956Full */
	{ 100, 0, 0, 0 }, /* H225:QseriesOptions.q957Full */
	{ 101, 0, 0, 0 }, /* H225:QseriesOptions.q954Info */
	{ 103, 0, 0, 0 }, /* H225:VendorIdentifier.vendor */
	{ 104, NFH_PER_M_OPT, 0, 0 }, /* H225:VendorIdentifier.productId */
	{ 105, NFH_PER_M_OPT, 0, 0 }, /* H225:VendorIdentifier.versionId */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:VendorIdentifier.enterpriseNumber */
	{ 106, 0, 0, 0 }, /* H225:CallType.pointToPoint */
	{ 107, 0, 0, 0 }, /* H225:CallType.oneToN */
	{ 108, 0, 0, 0 }, /* H225:CallType.nToOne */
	{ 109, 0, 0, 0 }, /* H225:CallType.nToN */
	{ 110, 0, 0, 0 }, /* H225:CallModel.direct */
	{ 111, 0, 0, 0 }, /* H225:CallModel.gatekeeperRouted */
	{ 20, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.forwardLogicalChannelNumber */
	{ 113, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters */
	{ 23, 0, NFH_H323_ACT_ROLE_T120, 0 }, /* H245:OpenLogicalChannelAck.separateStack */
	{ 114, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.forwardMultiplexAckParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.encryptionSync */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.genericInformation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.dtlsSecurityCapability */
	{ 17, 0, 0, 0 }, /* H245:FunctionNotUnderstood.request */
	{ 18, 0, 0, 0 }, /* H245:FunctionNotUnderstood.response */
	{ NFH_H323_T_SKIP, NFH_PER_M_STOP, 0, 0 }, /* H245:FunctionNotUnderstood.command */
	{ 115, 0, 0, 0 }, /* H245:DataType.nonStandard */
	{ 116, 0, 0, 0 }, /* H245:DataType.nullData */
	{ 117, 0, 0, 0 }, /* H245:DataType.videoData */
	{ 118, 0, 0, 0 }, /* H245:DataType.audioData */
	{ 119, 0, 0, 0 }, /* H245:DataType.data */
	{ 120, 0, 0, 0 }, /* H245:DataType.encryptionData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.h235Control */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.h235Media */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.multiplexedStream */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.redundancyEncoding */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.multiplePayloadStream */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.depFec */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataType.fec */
	{ 121, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.h222LogicalChannelParameters */
	{ 122, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.h223LogicalChannelParameters */
	{ 123, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.v76LogicalChannelParameters */
	{ 124, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.h2250LogicalChannelParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannel.forwardLogicalChannelParameters.multiplexParameters.none */
	{ 122, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters.h223LogicalChannelParameters */
	{ 123, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters.v76LogicalChannelParameters */
	{ 124, 0, 0, 0 }, /* H245:OpenLogicalChannel.reverseLogicalChannelParameters.multiplexParameters.h2250LogicalChannelParameters */
	{ 125, 0, 0, 0 }, /* H245:NetworkAccessParameters.distribution.unicast */
	{ 126, 0, 0, 0 }, /* H245:NetworkAccessParameters.distribution.multicast */
	{ 127, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress.q2931Address */
	{ 128, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress.e164Address */
	{ 129, 0, 0, 0 }, /* H245:NetworkAccessParameters.networkAddress.localAreaAddress */
	{ 30, 0, 0, 0 }, /* H225:Setup-UUIE.protocolIdentifier */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Setup-UUIE.h245Address */
	{ 130, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.sourceAddress */
	{ 32, 0, 0, 0 }, /* H225:Setup-UUIE.sourceInfo */
	{ 131, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.destinationAddress */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:Setup-UUIE.destCallSignalAddress */
	{ 132, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.destExtraCallInfo */
	{ 133, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.destExtraCRV */
	{ 134, 0, 0, 0 }, /* H225:Setup-UUIE.activeMC */
	{ 53, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceID */
	{ 135, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal */
	{ 34, NFH_PER_M_OPT, 0, 0 }, /* H225:Setup-UUIE.callServices */
	{ 46, 0, 0, 0 }, /* H225:Setup-UUIE.callType */
	{ 31, 0, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:Setup-UUIE.sourceCallSignalAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.remoteExtensionAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.h245SecurityCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.cryptoTokens */
	{ 136, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Setup-UUIE.fastStart */
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
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.neededFeatures */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.desiredFeatures */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.supportedFeatures */
	{ 137, 0, NFH_H323_ACT_AS_MSCM, 0 }, /* H225:Setup-UUIE.parallelH245Control */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.additionalSourceAddresses */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.hopCount */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.displayName */
	{ 30, 0, 0, 0 }, /* H225:CallProceeding-UUIE.protocolIdentifier */
	{ 32, 0, 0, 0 }, /* H225:CallProceeding-UUIE.destinationInfo */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:CallProceeding-UUIE.h245Address */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.h245SecurityMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.cryptoTokens */
	{ 138, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:CallProceeding-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:CallProceeding-UUIE.featureSet */
	{ 30, 0, 0, 0 }, /* H225:Connect-UUIE.protocolIdentifier */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Connect-UUIE.h245Address */
	{ 32, 0, 0, 0 }, /* H225:Connect-UUIE.destinationInfo */
	{ 53, 0, 0, 0 }, /* H225:Connect-UUIE.conferenceID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.h245SecurityMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.cryptoTokens */
	{ 139, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Connect-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.language */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.connectedAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.presentationIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.screeningIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Connect-UUIE.displayName */
	{ 30, 0, 0, 0 }, /* H225:Alerting-UUIE.protocolIdentifier */
	{ 32, 0, 0, 0 }, /* H225:Alerting-UUIE.destinationInfo */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Alerting-UUIE.h245Address */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.h245SecurityMode */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.cryptoTokens */
	{ 140, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Alerting-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.alertingAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.presentationIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.screeningIndicator */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.capacity */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Alerting-UUIE.displayName */
	{ 30, 0, 0, 0 }, /* H225:Information-UUIE.protocolIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.cryptoTokens */
	{ 141, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Information-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Information-UUIE.circuitInfo */
	{ 30, 0, 0, 0 }, /* H225:ReleaseComplete-UUIE.protocolIdentifier */
	{ 142, NFH_PER_M_OPT, 0, 0 }, /* H225:ReleaseComplete-UUIE.reason */
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
	{ 30, 0, 0, 0 }, /* H225:Facility-UUIE.protocolIdentifier */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_CS, 0 }, /* H225:Facility-UUIE.alternativeAddress */
	{ 143, NFH_PER_M_OPT, 0, 0 }, /* H225:Facility-UUIE.alternativeAliasAddress */
	{ 53, NFH_PER_M_OPT, 0, 0 }, /* H225:Facility-UUIE.conferenceID */
	{ 144, 0, 0, 0 }, /* H225:Facility-UUIE.reason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.destExtraCallInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.remoteExtensionAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.conferences */
	{ 31, 0, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Facility-UUIE.h245Address */
	{ 145, 0, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Facility-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.fastConnectRefused */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.serviceControl */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.circuitInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.featureSet */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.destinationInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Facility-UUIE.h245SecurityMode */
	{ 30, 0, 0, 0 }, /* H225:Progress-UUIE.protocolIdentifier */
	{ 32, 0, 0, 0 }, /* H225:Progress-UUIE.destinationInfo */
	{ 31, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_H245, 0 }, /* H225:Progress-UUIE.h245Address */
	{ 146, 0, 0, 0 }, /* H225:Progress-UUIE.callIdentifier */
	{ 147, NFH_PER_M_OPT, 0, 0 }, /* H225:Progress-UUIE.h245SecurityMode */
	{ 148, NFH_PER_M_OPT, 0, 0 }, /* H225:Progress-UUIE.tokens */
	{ 149, NFH_PER_M_OPT, 0, 0 }, /* H225:Progress-UUIE.cryptoTokens */
	{ 150, NFH_PER_M_OPT, NFH_H323_ACT_AS_OLC, 0 }, /* H225:Progress-UUIE.fastStart */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Progress-UUIE.multipleCalls */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Progress-UUIE.maintainConnection */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Progress-UUIE.fastConnectRefused */
	{ 151, 0, 0, 0 }, /* H225:NonStandardIdentifier.object */
	{ 103, 0, 0, 0 }, /* H225:NonStandardIdentifier.h221NonStandard */
	{ 152, 0, NFH_H323_ACT_ADDR, 0 }, /* H225:TransportAddress.ipAddress.ip */
	{ 153, 0, NFH_H323_ACT_PORT, 0 }, /* H225:TransportAddress.ipAddress.port */
	{ 154, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.ip */
	{ 155, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.port */
	{ 156, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.route */
	{ 157, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.routing */
	{ 158, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress.node */
	{ 159, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress.netnum */
	{ 160, 0, 0, 0 }, /* H225:TransportAddress.ipxAddress.port */
	{ 161, 0, NFH_H323_ACT_ADDR, 0 }, /* H225:TransportAddress.ip6Address.ip */
	{ 162, 0, NFH_H323_ACT_PORT, 0 }, /* H225:TransportAddress.ip6Address.port */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:GatekeeperInfo.nonStandardData */
	{ 163, NFH_PER_M_OPT, 0, 0 }, /* H225:GatewayInfo.protocol */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:GatewayInfo.nonStandardData */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:McuInfo.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:McuInfo.protocol */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:TerminalInfo.nonStandardData */
	{ 164, 0, 0, 0 }, /* H225:Q954Details.conferenceCalling */
	{ 165, 0, 0, 0 }, /* H225:Q954Details.threePartyService */
	{ 166, 0, 0, 0 }, /* H225:AliasAddress.dialedDigits */
	{ 167, 0, 0, 0 }, /* H225:AliasAddress.h323-ID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.url-ID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.transportID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.email-ID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.partyNumber */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.mobileUIM */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:AliasAddress.isupNumber */
	{ 168, 0, 0, 0 }, /* H225:H221NonStandard.t35CountryCode */
	{ 169, 0, 0, 0 }, /* H225:H221NonStandard.t35Extension */
	{ 170, 0, 0, 0 }, /* H225:H221NonStandard.manufacturerCode */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.nonStandardData */
	{ 52, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callReferenceValue */
	{ 53, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.conferenceID */
	{ 171, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.originator */
	{ 172, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.audio */
	{ 173, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.video */
	{ 174, NFH_PER_M_OPT, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.data */
	{ 175, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.h245 */
	{ 175, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callSignaling */
	{ 46, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callType */
	{ 51, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.bandWidth */
	{ 47, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callModel */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callIdentifier */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.tokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.cryptoTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.substituteConfIDs */
	{ 176, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.pdu */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.callLinkage */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.usageInformation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.circuitInfo */
	{ 20, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.reverseLogicalChannelNumber */
	{ 177, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.portNumber */
	{ 178, NFH_PER_M_OPT, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.replacementFor */
	{ 179, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.forwardMultiplexAckParameters.h2250LogicalChannelAckParameters */
	{ 180, 0, 0, 0 }, /* H245:NonStandardParameter.nonStandardIdentifier */
	{ 181, 0, 0, 0 }, /* H245:NonStandardParameter.data */
	{ 115, 0, 0, 0 }, /* H245:VideoCapability.nonStandard */
	{ 182, 0, 0, 0 }, /* H245:VideoCapability.h261VideoCapability */
	{ 183, 0, 0, 0 }, /* H245:VideoCapability.h262VideoCapability */
	{ 184, 0, 0, 0 }, /* H245:VideoCapability.h263VideoCapability */
	{ 185, 0, 0, 0 }, /* H245:VideoCapability.is11172VideoCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:VideoCapability.genericVideoCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:VideoCapability.extendedVideoCapability */
	{ 115, 0, 0, 0 }, /* H245:AudioCapability.nonStandard */
	{ 186, 0, 0, 0 }, /* H245:AudioCapability.g711Alaw64k */
	{ 187, 0, 0, 0 }, /* H245:AudioCapability.g711Alaw56k */
	{ 188, 0, 0, 0 }, /* H245:AudioCapability.g711Ulaw64k */
	{ 189, 0, 0, 0 }, /* H245:AudioCapability.g711Ulaw56k */
	{ 190, 0, 0, 0 }, /* H245:AudioCapability.g722-64k */
	{ 191, 0, 0, 0 }, /* H245:AudioCapability.g722-56k */
	{ 192, 0, 0, 0 }, /* H245:AudioCapability.g722-48k */
	{ 193, 0, 0, 0 }, /* H245:AudioCapability.g7231 */
	{ 194, 0, 0, 0 }, /* H245:AudioCapability.g728 */
	{ 195, 0, 0, 0 }, /* H245:AudioCapability.g729 */
	{ 196, 0, 0, 0 }, /* H245:AudioCapability.g729AnnexA */
	{ 197, 0, 0, 0 }, /* H245:AudioCapability.is11172AudioCapability */
	{ 198, 0, 0, 0 }, /* H245:AudioCapability.is13818AudioCapability */
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
	{ 199, 0, 0, 0 }, /* H245:DataApplicationCapability.application */
	{ 200, 0, 0, 0 }, /* H245:DataApplicationCapability.maxBitRate */
	{ 115, 0, 0, 0 }, /* H245:EncryptionMode.nonStandard */
	{ 201, 0, 0, 0 }, /* H245:EncryptionMode.h233Encryption */
	{ 202, 0, 0, 0 }, /* H245:H222LogicalChannelParameters.resourceID */
	{ 203, 0, 0, 0 }, /* H245:H222LogicalChannelParameters.subChannelID */
	{ 204, NFH_PER_M_OPT, 0, 0 }, /* H245:H222LogicalChannelParameters.pcr-pid */
	{ 205, NFH_PER_M_OPT, 0, 0 }, /* H245:H222LogicalChannelParameters.programDescriptors */
	{ 206, NFH_PER_M_OPT, 0, 0 }, /* H245:H222LogicalChannelParameters.streamDescriptors */
	{ 207, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType */
	{ 208, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.segmentableFlag */
	{ 209, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.hdlcParameters */
	{ 210, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume */
	{ 211, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.uIH */
	{ 212, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode */
	{ 213, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.v75Parameters */
	{ 214, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.nonStandard */
	{ 215, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.sessionID */
	{ 216, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.associatedSessionID */
	{ 129, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTP, 0 }, /* H245:H2250LogicalChannelParameters.mediaChannel */
	{ 217, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaGuaranteedDelivery */
	{ 129, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTCP, 0 }, /* H245:H2250LogicalChannelParameters.mediaControlChannel */
	{ 218, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaControlGuaranteedDelivery */
	{ 219, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.silenceSuppression */
	{ 220, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.destination */
	{ 221, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.dynamicRTPPayloadType */
	{ 222, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaPacketization */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.transportCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.redundancyEncoding */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.source */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.nominalAudioLevel */
	{ 223, 0, 0, 0 }, /* H245:Q2931Address.address */
	{ 224, NFH_PER_M_OPT, 0, 0 }, /* H245:Q2931Address.subaddress */
	{ 225, 0, 0, 0 }, /* H245:TransportAddress.unicastAddress */
	{ 226, 0, 0, 0 }, /* H245:TransportAddress.multicastAddress */
	{ 227, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.create */
	{ 228, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.join */
	{ 229, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.invite */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.capability-negotiation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:Setup-UUIE.conferenceGoal.callIndependentSupplementaryService */
	{ 236, 0, 0, 0 }, /* H225:ReleaseCompleteReason.noBandwidth */
	{ 237, 0, 0, 0 }, /* H225:ReleaseCompleteReason.gatekeeperResources */
	{ 238, 0, 0, 0 }, /* H225:ReleaseCompleteReason.unreachableDestination */
	{ 239, 0, 0, 0 }, /* H225:ReleaseCompleteReason.destinationRejection */
	{ 240, 0, 0, 0 }, /* H225:ReleaseCompleteReason.invalidRevision */
	{ 241, 0, 0, 0 }, /* H225:ReleaseCompleteReason.noPermission */
	{ 242, 0, 0, 0 }, /* H225:ReleaseCompleteReason.unreachableGatekeeper */
	{ 243, 0, 0, 0 }, /* H225:ReleaseCompleteReason.gatewayResources */
	{ 244, 0, 0, 0 }, /* H225:ReleaseCompleteReason.badFormatAddress */
	{ 245, 0, 0, 0 }, /* H225:ReleaseCompleteReason.adaptiveBusy */
	{ 246, 0, 0, 0 }, /* H225:ReleaseCompleteReason.inConf */
	{ 247, 0, 0, 0 }, /* H225:ReleaseCompleteReason.undefinedReason */
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
	{ 248, 0, 0, 0 }, /* H225:FacilityReason.routeCallToGatekeeper */
	{ 249, 0, 0, 0 }, /* H225:FacilityReason.callForwarded */
	{ 250, 0, 0, 0 }, /* H225:FacilityReason.routeCallToMC */
	{ 251, 0, 0, 0 }, /* H225:FacilityReason.undefinedReason */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.conferenceListChoice */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.startH245 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.noH245 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.newTokens */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.featureSetUpdate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.forwardedElements */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:FacilityReason.transportedInformation */
	{ 253, 0, 0, 0 }, /* H225:CallIdentifier.guid */
	{ 25, 0, 0, 0 }, /* H225:H245Security.nonStandard */
	{ 254, 0, 0, 0 }, /* H225:H245Security.noSecurity */
	{ 255, 0, 0, 0 }, /* H225:H245Security.tls */
	{ 255, 0, 0, 0 }, /* H225:H245Security.ipsec */
	{ 260, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.routing.strict */
	{ 261, 0, 0, 0 }, /* H225:TransportAddress.ipSourceRoute.routing.loose */
	{ 31, NFH_PER_M_OPT, 0, 0 }, /* H225:TransportChannelInfo.sendAddress */
	{ 31, NFH_PER_M_OPT, 0, 0 }, /* H225:TransportChannelInfo.recvAddress */
	{ 121, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters.h222LogicalChannelParameters */
	{ 124, 0, 0, 0 }, /* H245:OpenLogicalChannelAck.reverseLogicalChannelParameters.multiplexParameters.h2250LogicalChannelParameters */
	{ 265, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.nonStandard */
	{ 266, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.sessionID */
	{ 129, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTP, 0 }, /* H245:H2250LogicalChannelAckParameters.mediaChannel */
	{ 129, NFH_PER_M_OPT, NFH_H323_ACT_ROLE_RTCP, 0 }, /* H245:H2250LogicalChannelAckParameters.mediaControlChannel */
	{ 267, NFH_PER_M_OPT, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.dynamicRTPPayloadType */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.flowControlToZero */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.portNumber */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelAckParameters.multiplePayloadStream */
	{ 268, 0, 0, 0 }, /* H245:NonStandardIdentifier.object */
	{ 269, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard */
	{ 270, NFH_PER_M_OPT, 0, 0 }, /* H245:H261VideoCapability.qcifMPI */
	{ 271, NFH_PER_M_OPT, 0, 0 }, /* H245:H261VideoCapability.cifMPI */
	{ 272, 0, 0, 0 }, /* H245:H261VideoCapability.temporalSpatialTradeOffCapability */
	{ 273, 0, 0, 0 }, /* H245:H261VideoCapability.maxBitRate */
	{ 274, 0, 0, 0 }, /* H245:H261VideoCapability.stillImageTransmission */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H261VideoCapability.videoBadMBsCap */
	{ 275, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SPatML */
	{ 276, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatLL */
	{ 277, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatML */
	{ 278, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatH-14 */
	{ 279, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-MPatHL */
	{ 280, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SNRatLL */
	{ 281, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SNRatML */
	{ 282, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-SpatialatH-14 */
	{ 283, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-HPatML */
	{ 284, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-HPatH-14 */
	{ 285, 0, 0, 0 }, /* H245:H262VideoCapability.profileAndLevel-HPatHL */
	{ 286, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.videoBitRate */
	{ 287, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.vbvBufferSize */
	{ 288, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.samplesPerLine */
	{ 289, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.linesPerFrame */
	{ 290, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.framesPerSecond */
	{ 291, NFH_PER_M_OPT, 0, 0 }, /* H245:H262VideoCapability.luminanceSampleRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H262VideoCapability.videoBadMBsCap */
	{ 292, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.sqcifMPI */
	{ 293, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.qcifMPI */
	{ 294, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.cifMPI */
	{ 295, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.cif4MPI */
	{ 296, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.cif16MPI */
	{ 297, 0, 0, 0 }, /* H245:H263VideoCapability.maxBitRate */
	{ 298, 0, 0, 0 }, /* H245:H263VideoCapability.unrestrictedVector */
	{ 299, 0, 0, 0 }, /* H245:H263VideoCapability.arithmeticCoding */
	{ 300, 0, 0, 0 }, /* H245:H263VideoCapability.advancedPrediction */
	{ 301, 0, 0, 0 }, /* H245:H263VideoCapability.pbFrames */
	{ 302, 0, 0, 0 }, /* H245:H263VideoCapability.temporalSpatialTradeOffCapability */
	{ 303, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.hrd-B */
	{ 304, NFH_PER_M_OPT, 0, 0 }, /* H245:H263VideoCapability.bppMaxKb */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowSqcifMPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowQcifMPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowCifMPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowCif4MPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.slowCif16MPI */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.errorCompensation */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.enhancementLayerInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H263VideoCapability.h263Options */
	{ 305, 0, 0, 0 }, /* H245:IS11172VideoCapability.constrainedBitstream */
	{ 306, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.videoBitRate */
	{ 307, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.vbvBufferSize */
	{ 308, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.samplesPerLine */
	{ 309, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.linesPerFrame */
	{ 310, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.pictureRate */
	{ 311, NFH_PER_M_OPT, 0, 0 }, /* H245:IS11172VideoCapability.luminanceSampleRate */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:IS11172VideoCapability.videoBadMBsCap */
	{ 312, 0, 0, 0 }, /* H245:AudioCapability.g7231.maxAl-sduAudioFrames */
	{ 313, 0, 0, 0 }, /* H245:AudioCapability.g7231.silenceSuppression */
	{ 314, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioLayer1 */
	{ 315, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioLayer2 */
	{ 316, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioLayer3 */
	{ 317, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioSampling32k */
	{ 318, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioSampling44k1 */
	{ 319, 0, 0, 0 }, /* H245:IS11172AudioCapability.audioSampling48k */
	{ 320, 0, 0, 0 }, /* H245:IS11172AudioCapability.singleChannel */
	{ 321, 0, 0, 0 }, /* H245:IS11172AudioCapability.twoChannels */
	{ 322, 0, 0, 0 }, /* H245:IS11172AudioCapability.bitRate */
	{ 323, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioLayer1 */
	{ 324, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioLayer2 */
	{ 325, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioLayer3 */
	{ 326, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling16k */
	{ 327, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling22k05 */
	{ 328, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling24k */
	{ 329, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling32k */
	{ 330, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling44k1 */
	{ 331, 0, 0, 0 }, /* H245:IS13818AudioCapability.audioSampling48k */
	{ 332, 0, 0, 0 }, /* H245:IS13818AudioCapability.singleChannel */
	{ 333, 0, 0, 0 }, /* H245:IS13818AudioCapability.twoChannels */
	{ 334, 0, 0, 0 }, /* H245:IS13818AudioCapability.threeChannels2-1 */
	{ 335, 0, 0, 0 }, /* H245:IS13818AudioCapability.threeChannels3-0 */
	{ 336, 0, 0, 0 }, /* H245:IS13818AudioCapability.fourChannels2-0-2-0 */
	{ 337, 0, 0, 0 }, /* H245:IS13818AudioCapability.fourChannels2-2 */
	{ 338, 0, 0, 0 }, /* H245:IS13818AudioCapability.fourChannels3-1 */
	{ 339, 0, 0, 0 }, /* H245:IS13818AudioCapability.fiveChannels3-0-2-0 */
	{ 340, 0, 0, 0 }, /* H245:IS13818AudioCapability.fiveChannels3-2 */
	{ 341, 0, 0, 0 }, /* H245:IS13818AudioCapability.lowFrequencyEnhancement */
	{ 342, 0, 0, 0 }, /* H245:IS13818AudioCapability.multilingual */
	{ 343, 0, 0, 0 }, /* H245:IS13818AudioCapability.bitRate */
	{ 115, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nonStandard */
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t120 */
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.dsm-cc */
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.userData */
	{ 345, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t84 */
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t434 */
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.h224 */
	{ 346, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nlpid */
	{ 347, 0, 0, 0 }, /* H245:DataApplicationCapability.application.dsvdControl */
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.h222DataPartitioning */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t30fax */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t140 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t38fax */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.genericDataCapability */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.dataChannel */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:DataApplicationCapability.application.extendedDataApplicationCapability */
	{ 115, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.nonStandard */
	{ 348, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1Framed */
	{ 349, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1NotFramed */
	{ 350, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithoutSequenceNumbers */
	{ 351, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2WithSequenceNumbers */
	{ 352, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al1M */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al2M */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3M */
	{ 353, 0, 0, 0 }, /* H245:V76HDLCParameters.crcLength */
	{ 354, 0, 0, 0 }, /* H245:V76HDLCParameters.n401 */
	{ 355, 0, 0, 0 }, /* H245:V76HDLCParameters.loopbackTestProcedure */
	{ 356, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume.noSuspendResume */
	{ 357, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewAddress */
	{ 358, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.suspendResume.suspendResumewoAddress */
	{ 359, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM */
	{ 360, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.uNERM */
	{ 361, 0, 0, 0 }, /* H245:V75Parameters.audioHeaderPresent */
	{ 362, 0, 0, 0 }, /* H245:TerminalLabel.mcuNumber */
	{ 363, 0, 0, 0 }, /* H245:TerminalLabel.terminalNumber */
	{ 364, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaPacketization.h261aVideoPacketization */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:H2250LogicalChannelParameters.mediaPacketization.rtpPayloadType */
	{ 365, 0, 0, 0 }, /* H245:Q2931Address.address.internationalNumber */
	{ 366, 0, 0, 0 }, /* H245:Q2931Address.address.nsapAddress */
	{ 367, 0, NFH_H323_ACT_IP4, 0 }, /* H245:UnicastAddress.iPAddress */
	{ 368, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress */
	{ 369, 0, NFH_H323_ACT_IP6, 0 }, /* H245:UnicastAddress.iP6Address */
	{ 370, 0, 0, 0 }, /* H245:UnicastAddress.netBios */
	{ 371, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:UnicastAddress.nsap */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:UnicastAddress.nonStandardAddress */
	{ 372, 0, 0, 0 }, /* H245:MulticastAddress.iPAddress */
	{ 373, 0, 0, 0 }, /* H245:MulticastAddress.iP6Address */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:MulticastAddress.nsap */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H245:MulticastAddress.nonStandardAddress */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:SecurityCapabilities.nonStandard */
	{ 374, 0, 0, 0 }, /* H225:SecurityCapabilities.encryption */
	{ 374, 0, 0, 0 }, /* H225:SecurityCapabilities.authenticaton */
	{ 374, 0, 0, 0 }, /* H225:SecurityCapabilities.integrity */
	{ 375, 0, 0, 0 }, /* H235:ClearToken.tokenOID */
	{ 376, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.timeStamp */
	{ 377, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.password */
	{ 378, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.dhkey */
	{ 379, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.challenge */
	{ 380, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.random */
	{ 381, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.certificate */
	{ 382, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.generalID */
	{ 383, NFH_PER_M_OPT, 0, 0 }, /* H235:ClearToken.nonStandard */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.eckasdhkey */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.sendersID */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.h235Key */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.profileInfo */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:ClearToken.dhkeyext */
	{ 384, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash */
	{ 385, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash */
	{ 386, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdEncr */
	{ 387, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdEncr */
	{ 388, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPCert */
	{ 389, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKCert */
	{ 390, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoFastStart */
	{ 391, 0, 0, 0 }, /* H225:CryptoH323Token.nestedcryptoToken */
	{ 25, 0, 0, 0 }, /* H225:SupportedProtocols.nonStandardData */
	{ 392, 0, 0, 0 }, /* H225:SupportedProtocols.h310 */
	{ 393, 0, 0, 0 }, /* H225:SupportedProtocols.h320 */
	{ 394, 0, 0, 0 }, /* H225:SupportedProtocols.h321 */
	{ 395, 0, 0, 0 }, /* H225:SupportedProtocols.h322 */
	{ 396, 0, 0, 0 }, /* H225:SupportedProtocols.h323 */
	{ 397, 0, 0, 0 }, /* H225:SupportedProtocols.h324 */
	{ 398, 0, 0, 0 }, /* H225:SupportedProtocols.voice */
	{ 399, 0, 0, 0 }, /* H225:SupportedProtocols.t120-only */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:SupportedProtocols.nonStandardProtocol */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:SupportedProtocols.t38FaxAnnexbOnly */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:SupportedProtocols.sip */
	{ 175, 0, 0, 0 }, /* H225:RTPSession.rtpAddress */
	{ 175, 0, 0, 0 }, /* H225:RTPSession.rtcpAddress */
	{ 400, 0, 0, 0 }, /* H225:RTPSession.cname */
	{ 401, 0, 0, 0 }, /* H225:RTPSession.ssrc */
	{ 402, 0, 0, 0 }, /* H225:RTPSession.sessionId */
	{ 403, 0, 0, 0 }, /* H225:RTPSession.associatedSessionIds */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RTPSession.multicast */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:RTPSession.bandwidth */
	{ 4, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.pdu.h323pdu */
	{ 404, 0, 0, 0 }, /* H225:InfoRequestResponse.perCallInfo.pdu.sent */
	{ 405, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard.t35CountryCode */
	{ 406, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard.t35Extension */
	{ 407, 0, 0, 0 }, /* H245:NonStandardIdentifier.h221NonStandard.manufacturerCode */
	{ 115, 0, 0, 0 }, /* H245:DataProtocolCapability.nonStandard */
	{ 408, 0, 0, 0 }, /* H245:DataProtocolCapability.v14buffered */
	{ 409, 0, 0, 0 }, /* H245:DataProtocolCapability.v42lapm */
	{ 410, 0, 0, 0 }, /* H245:DataProtocolCapability.hdlcFrameTunnelling */
	{ 411, 0, 0, 0 }, /* H245:DataProtocolCapability.h310SeparateVCStack */
	{ 412, 0, 0, 0 }, /* H245:DataProtocolCapability.h310SingleVCStack */
	{ 413, 0, 0, 0 }, /* H245:DataProtocolCapability.transparent */
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
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t84.t84Protocol */
	{ 414, 0, 0, 0 }, /* H245:DataApplicationCapability.application.t84.t84Profile */
	{ 344, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nlpid.nlpidProtocol */
	{ 415, 0, 0, 0 }, /* H245:DataApplicationCapability.application.nlpid.nlpidData */
	{ 416, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.controlFieldOctets */
	{ 417, 0, 0, 0 }, /* H245:H223LogicalChannelParameters.adaptationLayerType.al3.sendBufferSize */
	{ 418, 0, 0, 0 }, /* H245:CRCLength.crc8bit */
	{ 419, 0, 0, 0 }, /* H245:CRCLength.crc16bit */
	{ 420, 0, 0, 0 }, /* H245:CRCLength.crc32bit */
	{ 421, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.windowSize */
	{ 422, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery */
	{ 423, 0, NFH_H323_ACT_ADDR, 0 }, /* H245:UnicastAddress.iPAddress.network */
	{ 424, 0, NFH_H323_ACT_PORT, 0 }, /* H245:UnicastAddress.iPAddress.tsapIdentifier */
	{ 425, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress.node */
	{ 426, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress.netnum */
	{ 427, 0, 0, 0 }, /* H245:UnicastAddress.iPXAddress.tsapIdentifier */
	{ 428, 0, NFH_H323_ACT_ADDR, 0 }, /* H245:UnicastAddress.iP6Address.network */
	{ 429, 0, NFH_H323_ACT_PORT, 0 }, /* H245:UnicastAddress.iP6Address.tsapIdentifier */
	{ 430, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.routing */
	{ 431, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.network */
	{ 432, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.tsapIdentifier */
	{ 433, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.route */
	{ 434, 0, 0, 0 }, /* H245:MulticastAddress.iPAddress.network */
	{ 435, 0, 0, 0 }, /* H245:MulticastAddress.iPAddress.tsapIdentifier */
	{ 436, 0, 0, 0 }, /* H245:MulticastAddress.iP6Address.network */
	{ 437, 0, 0, 0 }, /* H245:MulticastAddress.iP6Address.tsapIdentifier */
	{ 25, 0, 0, 0 }, /* H225:SecurityServiceMode.nonStandard */
	{ 438, 0, 0, 0 }, /* H225:SecurityServiceMode.none */
	{ 439, 0, 0, 0 }, /* H225:SecurityServiceMode.default */
	{ 440, 0, 0, 0 }, /* H235:DHset.halfkey */
	{ 441, 0, 0, 0 }, /* H235:DHset.modSize */
	{ 442, 0, 0, 0 }, /* H235:DHset.generator */
	{ 443, 0, 0, 0 }, /* H235:TypedCertificate.type */
	{ 444, 0, 0, 0 }, /* H235:TypedCertificate.certificate */
	{ 445, 0, 0, 0 }, /* H235:NonStandardParameter.nonStandardIdentifier */
	{ 446, 0, 0, 0 }, /* H235:NonStandardParameter.data */
	{ 102, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash.alias */
	{ 376, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash.timeStamp */
	{ 447, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoEPPwdHash.token */
	{ 33, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash.gatekeeperId */
	{ 376, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash.timeStamp */
	{ 448, 0, 0, 0 }, /* H225:CryptoH323Token.cryptoGKPwdHash.token */
	{ 449, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 451, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 452, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 453, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 454, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 455, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 456, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 454, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 457, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 458, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 459, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 460, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 461, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 462, 0, 0, 0 }, /* H235:CryptoToken.cryptoEncryptedToken */
	{ 463, 0, 0, 0 }, /* H235:CryptoToken.cryptoSignedToken */
	{ 464, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken */
	{ 465, 0, 0, 0 }, /* H235:CryptoToken.cryptoPwdEncr */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:H310Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H310Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H310Caps.supportedPrefixes */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:H320Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H320Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H320Caps.supportedPrefixes */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:H321Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H321Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H321Caps.supportedPrefixes */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:H322Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H322Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H322Caps.supportedPrefixes */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:H323Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H323Caps.supportedPrefixes */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:H324Caps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H324Caps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:H324Caps.supportedPrefixes */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:VoiceCaps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:VoiceCaps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:VoiceCaps.supportedPrefixes */
	{ 25, NFH_PER_M_OPT, 0, 0 }, /* H225:T120OnlyCaps.nonStandardData */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:T120OnlyCaps.dataRatesSupported */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H225:T120OnlyCaps.supportedPrefixes */
	{ 467, 0, 0, 0 }, /* H245:T84Profile.t84Unrestricted */
	{ 468, 0, 0, 0 }, /* H245:T84Profile.t84Restricted */
	{ 469, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.rej */
	{ 470, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.sREJ */
	{ 471, 0, 0, 0 }, /* H245:V76LogicalChannelParameters.mode.eRM.recovery.mSREJ */
	{ 472, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.strict */
	{ 473, 0, 0, 0 }, /* H245:UnicastAddress.iPSourceRouteAddress.routing.loose */
	{ 475, 0, 0, 0 }, /* H235:HASHED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:HASHED.paramS */
	{ 476, 0, 0, 0 }, /* H235:HASHED.hash */
	{ 477, 0, 0, 0 }, /* H235:HASHED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:HASHED.paramS */
	{ 478, 0, 0, 0 }, /* H235:HASHED.hash */
	{ 479, NFH_PER_M_OPT, 0, 0 }, /* H235:Params.ranInt */
	{ 480, NFH_PER_M_OPT, 0, 0 }, /* H235:Params.iv8 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:Params.iv16 */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:Params.iv */
	{ NFH_H323_T_SKIP, 0, 0, 0 }, /* H235:Params.clearSalt */
	{ 481, 0, 0, 0 }, /* H235:CryptoToken.cryptoEncryptedToken.tokenOID */
	{ 482, 0, 0, 0 }, /* H235:CryptoToken.cryptoEncryptedToken.token */
	{ 483, 0, 0, 0 }, /* H235:CryptoToken.cryptoSignedToken.tokenOID */
	{ 484, 0, 0, 0 }, /* H235:CryptoToken.cryptoSignedToken.token */
	{ 485, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken.tokenOID */
	{ 256, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken.hashedVals */
	{ 486, 0, 0, 0 }, /* H235:CryptoToken.cryptoHashedToken.token */
	{ 487, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 488, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 489, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.qcif */
	{ 490, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.cif */
	{ 491, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.ccir601Seq */
	{ 492, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.ccir601Prog */
	{ 493, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.hdtvSeq */
	{ 494, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.hdtvProg */
	{ 495, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g3FacsMH200x100 */
	{ 496, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g3FacsMH200x200 */
	{ 497, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x100 */
	{ 498, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.g4FacsMMR200x200 */
	{ 499, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig200x200Seq */
	{ 500, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig200x200Prog */
	{ 501, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig300x300Seq */
	{ 502, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.jbig300x300Prog */
	{ 503, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoLow */
	{ 504, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoMedSeq */
	{ 505, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoMedProg */
	{ 506, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoHighSeq */
	{ 507, 0, 0, 0 }, /* H245:T84Profile.t84Restricted.digPhotoHighProg */
	{ 508, 0, 0, 0 }, /* H235:ENCRYPTED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:ENCRYPTED.paramS */
	{ 509, 0, 0, 0 }, /* H235:ENCRYPTED.encryptedData */
	{ 510, 0, 0, 0 }, /* H235:SIGNED.toBeSigned */
	{ 511, 0, 0, 0 }, /* H235:SIGNED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:SIGNED.paramS */
	{ 512, 0, 0, 0 }, /* H235:SIGNED.signature */
	{ 513, 0, 0, 0 }, /* H235:HASHED.algorithmOID */
	{ 450, 0, 0, 0 }, /* H235:HASHED.paramS */
	{ 514, 0, 0, 0 }, /* H235:HASHED.hash */
};

const char *const nfh_h323_msg_names[112] = {
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
