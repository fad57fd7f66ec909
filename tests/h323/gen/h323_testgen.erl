%% SPDX-License-Identifier: GPL-2.0
%%
%% h323_testgen - encode H.225.0 / H.245 / RAS test messages with Erlang/OTP's
%% aligned-PER encoder (an encoder independent of the decoder under test).
%%
%% Modules compiled with: erlc -bper +maps *.asn (../shared/corpus/asn1).
%% Prints one line per message: KIND NAME EXPECT HEX, where KIND is q931 (an
%% H.225.0 H323-UserInformation, wrapped into Q.931 by mkpcap.py), h245 (a
%% MultimediaSystemControlMessage) or ras (a RasMessage).
%%
%% EXPECT is what the decoder must report besides the address count, as
%% KEY=VALUE;... (tests/h323/h323_vectors.h): msg (message name), seq, ttl,
%% reason (FacilityReason index + 1), flags (h460_18, h460_19, keepalive,
%% tunnelling joined by +, 0 for none), close (CloseLogicalChannel numbers
%% joined by /, - for none), addr (per address in order: f (fastStart) t
%% (tunnelled) or - , a colon, the lcn; joined by /).  Everything but addr
%% is derived here from the values encoded (tunnelled H.245 decoded back by
%% Erlang), not from the decoder under test; addr is written by hand next
%% to the message.
-module(h323_testgen).
-export([main/0]).

-define(H225, 'H323-MESSAGES').
-define(H245, 'MULTIMEDIA-SYSTEM-CONTROL').

pid(V) -> {0, 0, 8, 2250, 0, V}.
ip4(A, B, C, D, Port) -> {ipAddress, #{ip => <<A, B, C, D>>, port => Port}}.
ip6(Last, Port) ->
    {ip6Address, #{ip => <<16#20, 16#01, 16#0d, 16#b8, 0:80, Last:16>>,
                   port => Port}}.
u4(A, B, C, D, Port) ->
    {unicastAddress, {iPAddress, #{network => <<A, B, C, D>>,
                                   tsapIdentifier => Port}}}.
u6(Last, Port) ->
    {unicastAddress, {iP6Address, #{network => <<16#20, 16#01, 16#0d,
                                                 16#b8, 0:80, Last:16>>,
                                    tsapIdentifier => Port}}}.
guid(N) -> <<N:128>>.
vendor() -> #{vendor => #{t35CountryCode => 181, t35Extension => 0,
                          manufacturerCode => 21324},
              productId => <<"nfhelpers">>, versionId => <<"1">>}.
ept() -> #{vendor => vendor(), terminal => #{}, mc => false,
           undefinedNode => false}.
callid(N) -> #{guid => guid(N)}.

%% H.245 OpenLogicalChannel / Ack
h2250(Sess, Media, Ctrl) ->
    M0 = #{sessionID => Sess},
    M1 = case Media of none -> M0; _ -> M0#{mediaChannel => Media} end,
    case Ctrl of none -> M1; _ -> M1#{mediaControlChannel => Ctrl} end.
olc(N, FwdCtrl, Rev) ->
    Base = #{forwardLogicalChannelNumber => N,
             forwardLogicalChannelParameters =>
                 #{dataType => {audioData, {g711Ulaw64k, 20}},
                   multiplexParameters =>
                       {h2250LogicalChannelParameters,
                        h2250(1, none, FwdCtrl)}}},
    case Rev of
        none -> Base;
        {Media, Ctrl} ->
            Base#{reverseLogicalChannelParameters =>
                      #{dataType => {audioData, {g711Ulaw64k, 20}},
                        multiplexParameters =>
                            {h2250LogicalChannelParameters,
                             h2250(1, Media, Ctrl)}}}
    end.
olc_t120(N, Addr) ->
    #{forwardLogicalChannelNumber => N,
      forwardLogicalChannelParameters =>
          #{dataType => {data, #{application => {t120, {tcp, 'NULL'}},
                                 maxBitRate => 100}},
            multiplexParameters => {none, 'NULL'}},
      separateStack => #{networkAddress => {localAreaAddress, Addr},
                         associateConference => false}}.
olcack(N, Media, Ctrl) ->
    #{forwardLogicalChannelNumber => N,
      forwardMultiplexAckParameters =>
          {h2250LogicalChannelAckParameters,
           h2250ack(Media, Ctrl)}}.
h2250ack(Media, Ctrl) ->
    M0 = #{sessionID => 1, flowControlToZero => false},
    M1 = case Media of none -> M0; _ -> M0#{mediaChannel => Media} end,
    case Ctrl of none -> M1; _ -> M1#{mediaControlChannel => Ctrl} end.
olcack_t120(N, Addr) ->
    #{forwardLogicalChannelNumber => N,
      separateStack => #{networkAddress => {localAreaAddress, Addr},
                         associateConference => true}}.

enc245(Type, V) ->
    {ok, B} = ?H245:encode(Type, V),
    iolist_to_binary(B).
mscm(V) -> enc245('MultimediaSystemControlMessage', V).
olcbin(V) -> enc245('OpenLogicalChannel', V).

%% H.225.0 GenericData / FeatureSet
gd(Id) -> #{id => {standard, Id}}.
gd(Id, Params) -> #{id => {standard, Id}, parameters => Params}.
param(Id, Content) -> #{id => {standard, Id}, content => Content}.
%% GenericData 17 holding N levels of nested GenericData, the innermost 18
%% (inside a parameter: no feature of the message)
nest(0) -> gd(18);
nest(N) -> gd(17, [param(N, {nested, [nest(N - 1)]})]).
%% a parameter whose Content holds N levels of compound parameters (N + 1
%% Contents in all)
compound(0) -> param(99, {bool, true});
compound(N) -> param(N, {compound, [compound(N - 1)]}).
rrq_gd(Seq, Gd) ->
    {registrationRequest,
     #{requestSeqNum => Seq, protocolIdentifier => pid(6),
       discoveryComplete => false, callSignalAddress => [],
       rasAddress => [ip4(192, 0, 2, 50, 1719)],
       terminalType => ept(), endpointVendor => vendor(),
       keepAlive => false, willSupplyUUIEs => false,
       maintainConnection => false,
       genericData => Gd, supportsAssignedGK => false}}.
fset(Supported) -> #{replacementFeatureSet => false,
                     supportedFeatures => Supported}.

%% H.225 call signalling
uui(Body, Extra) ->
    #{'h323-uu-pdu' => maps:merge(#{'h323-message-body' => Body}, Extra)}.
tun(List) -> #{h245Tunneling => true, h245Control => List}.
%% h245Tunneling FALSE, and tunnelled H.245 all the same (a negative control
%% of the tunnelling flag)
notun(List) -> #{h245Tunneling => false, h245Control => List}.

setup(H245, Dst, Src, Fast, V) ->
    S0 = #{protocolIdentifier => pid(V), sourceInfo => ept(),
           activeMC => false, conferenceID => guid(1),
           conferenceGoal => {create, 'NULL'},
           callType => {pointToPoint, 'NULL'},
           sourceAddress => [{'h323-ID', "alice"}],
           destinationAddress => [{dialedDigits, "1234#*"}],
           callIdentifier => callid(2), mediaWaitForConnect => false,
           canOverlapSend => false, multipleCalls => false,
           maintainConnection => false},
    S1 = opt(S0, h245Address, H245),
    S2 = opt(S1, destCallSignalAddress, Dst),
    S3 = opt(S2, sourceCallSignalAddress, Src),
    opt(S3, fastStart, Fast).
opt(M, _K, none) -> M;
opt(M, K, V) -> M#{K => V}.

cs_msgs() ->
    Olc1 = olcbin(olc(1, u4(192, 0, 2, 10, 5001),
                      {u4(192, 0, 2, 10, 5000), u4(192, 0, 2, 10, 5001)})),
    Olc6 = olcbin(olc(2, u6(10, 6001), {u6(10, 6000), u6(10, 6001)})),
    Olc6m = olcbin(olc(3, u6(11, 7001), {u6(11, 7000), none})),
    Olc4m = olcbin(olc(1, u4(192, 0, 2, 10, 5001),
                       {u4(192, 0, 2, 10, 5000), u4(192, 0, 2, 10, 5001)})),
    [{"setup_v4_faststart_h245",
      uui({setup, setup(ip4(192, 0, 2, 10, 30000), ip4(192, 0, 2, 20, 1720),
                        ip4(192, 0, 2, 10, 32803), [Olc4m], 4)}, #{})},
     {"setup_v6_faststart",
      uui({setup, setup(ip6(10, 30000), ip6(20, 1720), ip6(10, 40000),
                        [olcbin(olc(1, u6(10, 6001),
                                    {u6(10, 6000), u6(10, 6001)}))], 6)},
          #{})},
     {"setup_mixed_two_faststart",
      uui({setup, setup(ip6(10, 1300), ip4(192, 0, 2, 20, 1720), none,
                        [Olc4m, Olc6m], 5)}, #{})},
     {"setup_tunnel_h245",
      uui({setup, setup(none, ip4(192, 0, 2, 20, 1720), none, none, 4)},
          tun([mscm({request, {openLogicalChannel,
                               olc(1, u4(192, 0, 2, 10, 5003), none)}}),
               mscm({request, {terminalCapabilitySet,
                               #{sequenceNumber => 1,
                                 protocolIdentifier => {0, 0, 8, 245, 0, 8}
                                }}})]))},
     {"callproceeding_h245",
      uui({callProceeding, #{protocolIdentifier => pid(4),
                             destinationInfo => ept(),
                             h245Address => ip4(198, 51, 100, 1, 1300),
                             callIdentifier => callid(2),
                             multipleCalls => false,
                             maintainConnection => false}}, #{})},
     {"callproceeding_faststart",
      uui({callProceeding, #{protocolIdentifier => pid(4),
                             destinationInfo => ept(),
                             callIdentifier => callid(2),
                             fastStart => [olcbin(olc(1, u4(198, 51, 100, 1,
                                                            2001),
                                                      {u4(198, 51, 100, 1,
                                                          2000),
                                                       u4(198, 51, 100, 1,
                                                          2001)}))],
                             multipleCalls => false,
                             maintainConnection => false}}, #{})},
     {"alerting_v6_h245",
      uui({alerting, #{protocolIdentifier => pid(6),
                       destinationInfo => ept(),
                       h245Address => ip6(20, 1301),
                       callIdentifier => callid(2),
                       multipleCalls => false,
                       maintainConnection => false}}, #{})},
     {"connect_h245_faststart_tunnel",
      uui({connect, #{protocolIdentifier => pid(4),
                      h245Address => ip4(198, 51, 100, 1, 1302),
                      destinationInfo => ept(), conferenceID => guid(1),
                      callIdentifier => callid(2),
                      fastStart => [Olc4m],
                      multipleCalls => false,
                      maintainConnection => false}},
          tun([mscm({response, {openLogicalChannelAck,
                                olcack(1, u4(198, 51, 100, 1, 2000),
                                       u4(198, 51, 100, 1, 2001))}}),
               mscm({response, {openLogicalChannelAck,
                                olcack_t120(4, u4(198, 51, 100, 1, 1503))}})
              ]))},
     {"connect_v2_no_extensions",
      uui({connect, #{protocolIdentifier => pid(2),
                      h245Address => ip4(198, 51, 100, 1, 1303),
                      destinationInfo => ept(), conferenceID => guid(1)}},
          #{})},
     {"progress_h245",
      uui({progress, #{protocolIdentifier => pid(4),
                       destinationInfo => ept(),
                       h245Address => ip4(198, 51, 100, 1, 1304),
                       callIdentifier => callid(2),
                       fastStart => [Olc1]}}, #{})},
     {"facility_forward_tunnel_t120",
      uui({facility, #{protocolIdentifier => pid(4),
                       alternativeAddress => ip4(203, 0, 113, 5, 1720),
                       reason => {callForwarded, 'NULL'},
                       callIdentifier => callid(2),
                       h245Address => ip6(30, 1305),
                       multipleCalls => false,
                       maintainConnection => false}},
          tun([mscm({request, {openLogicalChannel,
                               olc_t120(4, u6(30, 1503))}})]))},
     {"facility_v6_alternative",
      uui({facility, #{protocolIdentifier => pid(4),
                       alternativeAddress => ip6(40, 1720),
                       reason => {routeCallToGatekeeper, 'NULL'},
                       callIdentifier => callid(2),
                       multipleCalls => false,
                       maintainConnection => false}}, #{})},
     {"releasecomplete",
      uui({releaseComplete, #{protocolIdentifier => pid(4),
                              reason => {noBandwidth, 'NULL'},
                              callIdentifier => callid(2)}}, #{})},
     {"releasecomplete_v1",
      uui({releaseComplete, #{protocolIdentifier => pid(1)}}, #{})},
     {"setup_faststart_v6_only_olc",
      uui({setup, setup(none, none, none, [Olc6], 7)}, #{}), "addr=f:2/f:2/f:2"},
     %% H.460.19 in H323-UU-PDU.genericData; a parameter whose id is 18
     %% inside it does not name a feature
     {"setup_h46019_genericdata",
      uui({setup, setup(ip4(192, 0, 2, 10, 30001), none, none, none, 4)},
          #{genericData => [gd(19, [param(18, {bool, true}),
                                    param(1, {number16, 18})])]}),
      "addr=-:0"},
     %% H.460.18 in Setup's supportedFeatures, nested GenericData in a
     %% parameter naming 19 (not a feature of the Setup)
     {"setup_h46018_supported",
      (uui({setup, (setup(none, none, none, none, 7))#{
                      supportedFeatures =>
                          [gd(18, [param(2, {nested, [gd(19)]})])]}},
           #{}))},
     %% negative controls: features 17 and 4711, a nonStandard feature id
     {"setup_other_features",
      uui({setup, (setup(none, none, none, none, 7))#{
                     neededFeatures => [gd(17)],
                     desiredFeatures =>
                         [#{id => {nonStandard, guid(18)}}]}},
          #{genericData => [gd(4711)]})},
     {"facility_clc_tunnel",
      uui({facility, #{protocolIdentifier => pid(4),
                       reason => {undefinedReason, 'NULL'},
                       callIdentifier => callid(2),
                       multipleCalls => false,
                       maintainConnection => false}},
          tun([mscm({request, {closeLogicalChannel,
                               #{forwardLogicalChannelNumber => 5,
                                 source => {user, 'NULL'}}}}),
               mscm({request, {openLogicalChannel,
                               olc(1234, u4(192, 0, 2, 10, 5005), none)}}),
               mscm({request, {closeLogicalChannel,
                               #{forwardLogicalChannelNumber => 65535,
                                 source => {lcse, 'NULL'}}}})])),
      "addr=t:1234"},
     %% nine tunnelled CloseLogicalChannels: eight recorded, then the flag
     {"facility_clc_tunnel_nine",
      uui({facility, #{protocolIdentifier => pid(4),
                       reason => {startH245, 'NULL'},
                       callIdentifier => callid(2),
                       multipleCalls => false,
                       maintainConnection => false}},
          tun([mscm({request, {closeLogicalChannel,
                               #{forwardLogicalChannelNumber => N,
                                 source => {user, 'NULL'}}}})
               || N <- lists:seq(11, 19)]))},
     %% parallelH245Control: tunnelled like h245Control
     {"setup_parallel_h245",
      uui({setup, (setup(none, ip4(192, 0, 2, 20, 1720), none, none, 4))#{
                     parallelH245Control =>
                         [mscm({request, {openLogicalChannel,
                                          olc(42, u4(192, 0, 2, 10, 5042),
                                              none)}})]}},
          #{h245Tunneling => true}),
      "addr=-:0/t:42"},
     {"facility_forward_notunnel",
      uui({facility, #{protocolIdentifier => pid(4),
                       alternativeAddress => ip4(203, 0, 113, 6, 1720),
                       reason => {callForwarded, 'NULL'},
                       callIdentifier => callid(2),
                       multipleCalls => false,
                       maintainConnection => false}},
          notun([mscm({response, {openLogicalChannelAck,
                                  olcack(77, u4(198, 51, 100, 1, 2000),
                                         none)}})])),
      "addr=-:0/t:77"}].

h245_msgs() ->
    [{"olc_fwd_rev", {request, {openLogicalChannel,
                                olc(1, u4(192, 0, 2, 10, 5001),
                                    {u4(192, 0, 2, 10, 5000),
                                     u4(192, 0, 2, 10, 5001)})}}},
     {"olc_v6", {request, {openLogicalChannel,
                           olc(2, u6(10, 5011), {u6(10, 5010), none})}}},
     {"olc_t120", {request, {openLogicalChannel,
                             olc_t120(3, u4(192, 0, 2, 10, 1503))}}},
     {"olcack_v4", {response, {openLogicalChannelAck,
                               olcack(1, u4(198, 51, 100, 1, 2000),
                                      u4(198, 51, 100, 1, 2001))}}},
     {"olcack_v6", {response, {openLogicalChannelAck,
                               olcack(2, u6(20, 2010), u6(20, 2011))}}},
     {"olcack_t120_v6", {response, {openLogicalChannelAck,
                                    olcack_t120(3, u6(20, 1503))}}},
     {"roundtrip", {request, {roundTripDelayRequest,
                              #{sequenceNumber => 7}}}},
     {"olc_lcn_4660", {request, {openLogicalChannel,
                                 olc(4660, u4(192, 0, 2, 10, 5021),
                                     {u4(192, 0, 2, 10, 5020),
                                      u4(192, 0, 2, 10, 5021)})}},
      "addr=-:4660/-:4660/-:4660"},
     {"olcack_lcn_65535", {response, {openLogicalChannelAck,
                                      olcack(65535, u6(20, 2020),
                                             u6(20, 2021))}},
      "addr=-:65535/-:65535"},
     {"clc_bare", {request, {closeLogicalChannel,
                             #{forwardLogicalChannelNumber => 4660,
                               source => {user, 'NULL'},
                               reason => {reopen, 'NULL'}}}}},
     {"clcack_not_close", {response, {closeLogicalChannelAck,
                                      #{forwardLogicalChannelNumber => 9}}}},
     {"endsession", {command, {endSessionCommand,
                               {disconnect, 'NULL'}}}}].

ras_msgs() ->
    Alias = [{'h323-ID', "bob"}],
    [{"grq_v6", {gatekeeperRequest,
                 #{requestSeqNum => 1, protocolIdentifier => pid(6),
                   rasAddress => ip6(50, 1719), endpointType => ept(),
                   supportsAssignedGK => false}}},
     {"grq_v2_no_ext", {gatekeeperRequest,
                        #{requestSeqNum => 2, protocolIdentifier => pid(2),
                          rasAddress => ip4(192, 0, 2, 50, 1719),
                          endpointType => ept()}}},
     {"gcf", {gatekeeperConfirm,
              #{requestSeqNum => 1, protocolIdentifier => pid(4),
                rasAddress => ip4(192, 0, 2, 1, 1719)}}},
     {"rrq_multi", {registrationRequest,
                    #{requestSeqNum => 3, protocolIdentifier => pid(4),
                      discoveryComplete => true,
                      callSignalAddress => [ip4(192, 0, 2, 50, 1720),
                                            ip6(50, 1720),
                                            ip4(192, 0, 2, 51, 1721)],
                      rasAddress => [ip4(192, 0, 2, 50, 1719),
                                     ip6(50, 1719)],
                      terminalType => ept(), terminalAlias => Alias,
                      endpointVendor => vendor(), keepAlive => false,
                      willSupplyUUIEs => false, maintainConnection => false,
                      supportsAssignedGK => false}}},
     {"rcf", {registrationConfirm,
              #{requestSeqNum => 3, protocolIdentifier => pid(4),
                callSignalAddress => [ip4(192, 0, 2, 1, 1720)],
                endpointIdentifier => "ep1", willRespondToIRR => false,
                maintainConnection => false}}},
     {"urq", {unregistrationRequest,
              #{requestSeqNum => 4,
                callSignalAddress => [ip6(50, 1720)]}}},
     {"arq", {admissionRequest,
              #{requestSeqNum => 5, callType => {pointToPoint, 'NULL'},
                endpointIdentifier => "ep1",
                destCallSignalAddress => ip4(192, 0, 2, 60, 1720),
                srcInfo => Alias,
                srcCallSignalAddress => ip6(50, 1720),
                bandWidth => 1280, callReferenceValue => 77,
                conferenceID => guid(1), activeMC => false,
                answerCall => false, canMapAlias => false,
                callIdentifier => callid(2), willSupplyUUIEs => false,
                canMapSrcAlias => false}}},
     {"acf", {admissionConfirm,
              #{requestSeqNum => 5, bandWidth => 1280,
                callModel => {direct, 'NULL'},
                destCallSignalAddress => ip4(192, 0, 2, 60, 1720),
                willRespondToIRR => false,
                uuiesRequested => #{setup => false, callProceeding => false,
                                    connect => false, alerting => false,
                                    information => false,
                                    releaseComplete => false,
                                    facility => false, progress => false,
                                    empty => false}}}},
     {"lrq", {locationRequest,
              #{requestSeqNum => 6, destinationInfo => Alias,
                replyAddress => ip6(60, 1719), canMapAlias => false,
                canMapSrcAlias => false}}},
     {"lcf", {locationConfirm,
              #{requestSeqNum => 6,
                callSignalAddress => ip4(192, 0, 2, 70, 1720),
                rasAddress => ip4(192, 0, 2, 70, 1719)}}},
     {"irr", {infoRequestResponse,
              #{requestSeqNum => 8, endpointType => ept(),
                endpointIdentifier => "ep1",
                rasAddress => ip4(192, 0, 2, 50, 1719),
                callSignalAddress => [ip4(192, 0, 2, 50, 1720),
                                      ip6(50, 1720)],
                needResponse => false, unsolicited => true}}},
     %% an IRR reporting a call's Facility (perCallInfo pdu): the Facility's
     %% reason and addresses are not the IRR's (a fuzz_ras find, 2026-12-03)
     {"irr_percall_facility", {infoRequestResponse,
              #{requestSeqNum => 9, endpointType => ept(),
                endpointIdentifier => "ep1",
                rasAddress => ip4(192, 0, 2, 50, 1719),
                callSignalAddress => [ip4(192, 0, 2, 50, 1720)],
                perCallInfo =>
                    [#{callReferenceValue => 1, conferenceID => guid(1),
                       h245 => #{}, callSignaling => #{},
                       callType => {pointToPoint, 'NULL'},
                       bandWidth => 1280, callModel => {direct, 'NULL'},
                       callIdentifier => callid(1), substituteConfIDs => [],
                       pdu => [#{h323pdu =>
                                     maps:get('h323-uu-pdu',
                                              uui({facility,
                                                   #{protocolIdentifier => pid(4),
                                                     alternativeAddress =>
                                                         ip4(203, 0, 113, 5, 1720),
                                                     reason => {callForwarded, 'NULL'},
                                                     callIdentifier => callid(1),
                                                     multipleCalls => false,
                                                     maintainConnection => false}},
                                                  #{})),
                                 sent => true}]}],
                needResponse => false, unsolicited => true}}},
     {"rrq_ttl_h46018", {registrationRequest,
                         #{requestSeqNum => 10, protocolIdentifier => pid(6),
                           discoveryComplete => false,
                           callSignalAddress => [ip4(192, 0, 2, 50, 1720)],
                           rasAddress => [ip4(192, 0, 2, 50, 1719)],
                           terminalType => ept(), terminalAlias => Alias,
                           endpointVendor => vendor(), timeToLive => 300,
                           keepAlive => false, willSupplyUUIEs => false,
                           maintainConnection => false,
                           featureSet => fset([gd(18), gd(9)]),
                           supportsAssignedGK => false}}},
     {"rrq_lightweight_keepalive",
      {registrationRequest,
       #{requestSeqNum => 11, protocolIdentifier => pid(6),
         discoveryComplete => false, callSignalAddress => [],
         rasAddress => [ip4(192, 0, 2, 50, 1719)],
         terminalType => ept(), endpointVendor => vendor(),
         timeToLive => 4294967295, keepAlive => true,
         endpointIdentifier => "ep1", gatekeeperIdentifier => "gk",
         willSupplyUUIEs => false, maintainConnection => false,
         genericData => [gd(19), gd(17, [param(18, {bool, true})])],
         supportsAssignedGK => false}}},
     {"rcf_ttl", {registrationConfirm,
                  #{requestSeqNum => 65535, protocolIdentifier => pid(6),
                    callSignalAddress => [ip4(192, 0, 2, 1, 1720)],
                    endpointIdentifier => "ep1", timeToLive => 1,
                    willRespondToIRR => false,
                    maintainConnection => false,
                    featureSet => fset([gd(18, [param(1, {number8, 19})])])
                   }}},
     %% the cut inside timeToLive (malformed.txt) starts from this one:
     %% 0x12345679 - 1 = 12 34 56 78
     {"rrq_ttl_marker", {registrationRequest,
                         #{requestSeqNum => 12, protocolIdentifier => pid(6),
                           discoveryComplete => false,
                           callSignalAddress => [ip4(192, 0, 2, 50, 1720)],
                           rasAddress => [ip4(192, 0, 2, 50, 1719)],
                           terminalType => ept(),
                           endpointVendor => vendor(),
                           timeToLive => 16#12345679,
                           keepAlive => false, willSupplyUUIEs => false,
                           maintainConnection => false,
                           supportsAssignedGK => false}}},
     {"ucf", {unregistrationConfirm, #{requestSeqNum => 6}}},
     %% valid, but GenericData nested 8 deep: past the decoder's depth cap
     %% (bad_: malformed.txt only, see gen.sh)
     {"bad_rrq_generic_nested_8",
      {registrationRequest,
       #{requestSeqNum => 13, protocolIdentifier => pid(6),
         discoveryComplete => false, callSignalAddress => [],
         rasAddress => [ip4(192, 0, 2, 50, 1719)],
         terminalType => ept(), endpointVendor => vendor(),
         keepAlive => false, willSupplyUUIEs => false,
         maintainConnection => false,
         genericData => [nest(8)], supportsAssignedGK => false}}},
     %% GenericData nested 3 deep, compound parameters 3 Contents deep: one
     %% Content more than the decoder takes (NFH_H323_PARAM_NEST_MAX 2)
     {"bad_rrq_generic_nested_3", rrq_gd(15, [nest(3)])},
     {"bad_rrq_compound_3", rrq_gd(16, [gd(17, [compound(2)])])},
     {"rrq_compound_2", rrq_gd(17, [gd(17, [compound(1)]), gd(18)])},
     {"rrq_generic_nested_2",
      {registrationRequest,
       #{requestSeqNum => 14, protocolIdentifier => pid(6),
         discoveryComplete => false, callSignalAddress => [],
         rasAddress => [ip4(192, 0, 2, 50, 1719)],
         terminalType => ept(), endpointVendor => vendor(),
         keepAlive => false, willSupplyUUIEs => false,
         maintainConnection => false,
         genericData => [nest(2)], supportsAssignedGK => false}}},
     {"drq_ignored", {disengageRequest,
                      #{requestSeqNum => 9, endpointIdentifier => "ep1",
                        conferenceID => guid(1), callReferenceValue => 77,
                        disengageReason => {normalDrop, 'NULL'},
                        callIdentifier => callid(2),
                        answeredCall => false}}}].

%% ------------------------------------------------------- expectations --

int(N) -> integer_to_list(N).
join(_Sep, []) -> "";
join(Sep, L) -> lists:flatten(lists:join(Sep, L)).

%% Feature flags of lists of GenericData: the top-level ids only.
feat_ids(Lists) ->
    [N || L <- Lists, #{id := {standard, N}} <- L, N =:= 18 orelse N =:= 19].
feat_lists(M, Keys) ->
    FS = case maps:get(featureSet, M, none) of
             none -> [];
             F -> [maps:get(K, F, []) || K <- [neededFeatures,
                                              desiredFeatures,
                                              supportedFeatures]]
         end,
    FS ++ [maps:get(K, M, []) || K <- Keys].
flags(Ids, KeepAlive, Tunnel) ->
    F = [S || {true, S} <- [{lists:member(18, Ids), "h460_18"},
                            {lists:member(19, Ids), "h460_19"},
                            {KeepAlive, "keepalive"},
                            {Tunnel, "tunnelling"}]],
    case F of [] -> "0"; _ -> join("+", F) end.
%% CloseLogicalChannel numbers of decoded MultimediaSystemControlMessages
closes(Vals) ->
    [N || {request, {closeLogicalChannel,
                     #{forwardLogicalChannelNumber := N}}} <- Vals].
close_str(L) ->
    Rec = lists:sublist(L, 8),
    "close=" ++ case Rec of [] -> "-"; _ -> join("/", [int(N) || N <- Rec])
                end ++ case length(L) > 8 of true -> ";more"; _ -> "" end.
index_of(X, L) -> index_of(X, L, 1).
index_of(X, [X | _], I) -> I;
index_of(X, [_ | T], I) -> index_of(X, T, I + 1).
-define(FACILITY_REASONS, [routeCallToGatekeeper, callForwarded,
                           routeCallToMC, undefinedReason,
                           conferenceListChoice, startH245, noH245,
                           newTokens, featureSetUpdate, forwardedElements,
                           transportedInformation]).

expect_cs(#{'h323-uu-pdu' := Pdu}) ->
    {Alt, Body} = maps:get('h323-message-body', Pdu),
    Vals = [begin
                {ok, D} = ?H245:decode('MultimediaSystemControlMessage', B),
                D
            end || B <- maps:get(h245Control, Pdu, [])],
    Ids = feat_ids(feat_lists(Body, [neededFeatures, desiredFeatures,
                                     supportedFeatures]) ++
                   [maps:get(genericData, Pdu, [])]),
    Reason = case Body of
                 #{reason := {R, _}} when Alt =:= facility ->
                     index_of(R, ?FACILITY_REASONS);
                 _ -> 0
             end,
    ["msg=" ++ atom_to_list(Alt), "seq=0", "ttl=0",
     "reason=" ++ int(Reason),
     "flags=" ++ flags(Ids, false, maps:get(h245Tunneling, Pdu, false)),
     close_str(closes(Vals))].
expect_h245({_, {Alt, _}} = V) ->
    ["msg=" ++ atom_to_list(Alt), "seq=0", "ttl=0", "reason=0", "flags=0",
     close_str(closes([V]))].
expect_ras({Alt, M}) ->
    Ids = feat_ids(feat_lists(M, [genericData])),
    KA = Alt =:= registrationRequest andalso maps:get(keepAlive, M, false),
    ["msg=" ++ atom_to_list(Alt), "seq=" ++ int(maps:get(requestSeqNum, M)),
     "ttl=" ++ int(maps:get(timeToLive, M, 0)), "reason=0",
     "flags=" ++ flags(Ids, KA, false), "close=-"].

out(Kind, Name, Expect, Addr, Bin) ->
    E = join(";", Expect ++ [A || A <- [Addr], A =/= ""]),
    io:format("~s ~s ~s ~s~n", [Kind, Name, E,
                                [io_lib:format("~2.16.0b", [X]) ||
                                    <<X>> <= Bin]]).

%% {Name, Value} or {Name, Value, "addr=..."}
each(F, L) ->
    lists:foreach(fun({N, V}) -> F(N, V, "");
                     ({N, V, A}) -> F(N, V, A) end, L).

main() ->
    each(fun(Name, V, A) ->
                 {ok, B} = ?H225:encode('H323-UserInformation', V),
                 out("q931", Name, expect_cs(V), A, iolist_to_binary(B))
         end, cs_msgs()),
    each(fun(Name, V, A) ->
                 out("h245", Name, expect_h245(V), A, mscm(V))
         end, h245_msgs()),
    each(fun(Name, V, A) ->
                 {ok, B} = ?H225:encode('RasMessage', V),
                 out("ras", Name, expect_ras(V), A, iolist_to_binary(B))
         end, ras_msgs()),
    halt().
