%% SPDX-License-Identifier: GPL-2.0
%%
%% h323_vmgen - message templates for the H.323 VM scenarios
%% (tests/vm/h323/run.sh), encoded with Erlang/OTP's aligned-PER encoder
%% (modules from ../shared/corpus/asn1, compiled with erlc -bper +maps).
%%
%% Every transport address is a placeholder: the address of a ROLE and the
%% port of a SLOT (both listed in the header lines "# role" and "# slot").
%% The peers (h323peer.py) replace them by same-length byte replacement with
%% the topology's addresses and the real ports: in aligned PER a fixed
%% 4/16-octet string and a 0..65535 port are octet-aligned and adjacent, so
%% the layout never changes.
%%
%% Output: header lines, then one line per message: KIND NAME HEX, KIND q931
%% (an H323-UserInformation; NAME starts with the Q.931 message type), h245
%% (a MultimediaSystemControlMessage) or ras (a RasMessage).
-module(h323_vmgen).
-export([main/0]).

-define(H225, 'H323-MESSAGES').
-define(H245, 'MULTIMEDIA-SYSTEM-CONTROL').

roles() -> [{caller, 1}, {callee, 2}, {gk, 3}, {third, 4}, {router, 5}].
slots() -> [cs_a, ras_a, h245_a, rtp_a, rtcp_a, h245_b, rtp_b, rtcp_b, cs_b,
            ras_b, rtp_a2, rtcp_a2, rtp_a3, rtcp_a3, rtcp_c1, rtcp_c2,
            rtcp_c3, rtcp_c4, rtcp_c5, low, cs_alt].
v4(R) -> N = 200 + proplists:get_value(R, roles()), <<198, 18, N, N>>.
v6(R) -> N = 200 + proplists:get_value(R, roles()),
         <<16#20, 16#01, 16#0d, 16#b8, 16#ff, 16#ff, 0:48, 0, N, 0, N>>.
port(S) -> 64000 + length(lists:takewhile(fun(X) -> X =/= S end, slots())).

%% ta(Fam, Role, Slot): H.225 TransportAddress; ua(...): H.245 unicast
ta(4, R, S) -> {ipAddress, #{ip => v4(R), port => port(S)}};
ta(6, R, S) -> {ip6Address, #{ip => v6(R), port => port(S)}}.
ua(4, R, S) -> {unicastAddress, {iPAddress, #{network => v4(R),
                                              tsapIdentifier => port(S)}}};
ua(6, R, S) -> {unicastAddress, {iP6Address, #{network => v6(R),
                                               tsapIdentifier => port(S)}}}.

pid() -> {0, 0, 8, 2250, 0, 4}.
vendor() -> #{vendor => #{t35CountryCode => 181, t35Extension => 0,
                          manufacturerCode => 21324},
              productId => <<"nfhelpers">>, versionId => <<"1">>}.
ept() -> #{vendor => vendor(), terminal => #{}, mc => false,
           undefinedNode => false}.
callid(N) -> #{guid => <<N:128>>}.

%% H.245
h2250(Media, Ctrl) ->
    M0 = #{sessionID => 1},
    M1 = case Media of none -> M0; _ -> M0#{mediaChannel => Media} end,
    case Ctrl of none -> M1; _ -> M1#{mediaControlChannel => Ctrl} end.
lcp(Media, Ctrl) ->
    #{dataType => {audioData, {g711Ulaw64k, 20}},
      multiplexParameters => {h2250LogicalChannelParameters,
                              h2250(Media, Ctrl)}}.
olc(N, FwdCtrl, none) ->
    #{forwardLogicalChannelNumber => N,
      forwardLogicalChannelParameters => lcp(none, FwdCtrl)};
olc(N, FwdCtrl, {Media, Ctrl}) ->
    (olc(N, FwdCtrl, none))#{reverseLogicalChannelParameters =>
                                 lcp(Media, Ctrl)}.
olcack(N, Media, Ctrl) ->
    #{forwardLogicalChannelNumber => N,
      forwardMultiplexAckParameters =>
          {h2250LogicalChannelAckParameters,
           #{sessionID => 1, flowControlToZero => false,
             mediaChannel => Media, mediaControlChannel => Ctrl}}}.
enc245(Type, V) -> {ok, B} = ?H245:encode(Type, V), iolist_to_binary(B).
mscm(V) -> enc245('MultimediaSystemControlMessage', V).
req_olc(O) -> mscm({request, {openLogicalChannel, O}}).
resp_ack(A) -> mscm({response, {openLogicalChannelAck, A}}).
%% fastStart element: the caller's channel, receiving on RTP/RTCP slots
fs(F, R, N, Rtp, Rtcp) ->
    enc245('OpenLogicalChannel',
           olc(N, ua(F, R, Rtcp), {ua(F, R, Rtp), ua(F, R, Rtcp)})).

%% H.225.0
uui(Body) -> uui(Body, #{}).
uui(Body, Extra) ->
    #{'h323-uu-pdu' => maps:merge(#{'h323-message-body' => Body}, Extra)}.
tun(List) -> #{h245Tunneling => true, h245Control => List}.
opt(M, _K, none) -> M;
opt(M, K, V) -> M#{K => V}.
setup(F, Call, H245, Fast) -> setup(F, Call, H245, Fast, caller).
setup(F, Call, H245, Fast, Src) ->
    S0 = #{protocolIdentifier => pid(), sourceInfo => ept(),
           activeMC => false, conferenceID => <<Call:128>>,
           conferenceGoal => {create, 'NULL'},
           callType => {pointToPoint, 'NULL'},
           sourceAddress => [{'h323-ID', "alice"}],
           destinationAddress => [{dialedDigits, "1234"}],
           destCallSignalAddress => ta(F, callee, cs_b),
           sourceCallSignalAddress => ta(F, Src, cs_a),
           callIdentifier => callid(Call), mediaWaitForConnect => false,
           canOverlapSend => false, multipleCalls => false,
           maintainConnection => false},
    opt(opt(S0, h245Address, H245), fastStart, Fast).
answer(Type, _F, Call, H245, Fast) ->
    B0 = #{protocolIdentifier => pid(), destinationInfo => ept(),
           callIdentifier => callid(Call), multipleCalls => false,
           maintainConnection => false},
    B1 = case Type of connect -> B0#{conferenceID => <<Call:128>>};
                      _ -> B0 end,
    {Type, opt(opt(B1, h245Address, H245), fastStart, Fast)}.
facility(_F, Call, Reason, Alt, H245) ->
    B = #{protocolIdentifier => pid(), reason => {Reason, 'NULL'},
          callIdentifier => callid(Call), multipleCalls => false,
          maintainConnection => false},
    {facility, opt(opt(B, alternativeAddress, Alt), h245Address, H245)}.
fs_a(F) -> [fs(F, caller, 1, rtp_a, rtcp_a)].
release(Call) ->
    uui({releaseComplete, #{protocolIdentifier => pid(),
                            reason => {undefinedReason, 'NULL'},
                            callIdentifier => callid(Call)}}).
fs_b(F) -> [fs(F, callee, 1, rtp_b, rtcp_b)].

cs_msgs() ->
    [{"setup_plain", uui({setup, setup(4, 1, none, none)})},
     {"setup_h245", uui({setup, setup(4, 1, ta(4, caller, h245_a), none)})},
     {"setup_fs", uui({setup, setup(4, 1, none, fs_a(4))})},
     {"setup_fs_h245", uui({setup, setup(4, 1, ta(4, caller, h245_a),
                                         fs_a(4))})},
     {"setup_fs_c2", uui({setup, setup(4, 2, none,
                                       [fs(4, caller, 1, rtp_a2, rtcp_a2)])})},
     {"setup_fs_c3", uui({setup, setup(4, 3, none,
                                       [fs(4, caller, 1, rtp_a3, rtcp_a3)])})},
     {"setup_tun", uui({setup, setup(4, 1, none, none)},
                       tun([mscm({request, {terminalCapabilitySet,
                                  #{sequenceNumber => 1,
                                    protocolIdentifier =>
                                        {0, 0, 8, 245, 0, 8}}}})]))},
     %% larger than one segment: 40 aliases between h245Address and fastStart
     {"setup_big", uui({setup, (setup(4, 1, ta(4, caller, h245_a), fs_a(4)))
                        #{destinationAddress =>
                              [{'h323-ID', lists:duplicate(20, $0 + I rem 10)}
                               || I <- lists:seq(1, 40)]}})},
     %% from outside: addresses of a third host / the router, a low port
     {"setup_attack_third", uui({setup, setup(4, 9, ta(4, third, low),
                                              [fs(4, third, 1, rtp_a, rtcp_a)],
                                              third)})},
     {"setup_attack_router", uui({setup, setup(4, 9, ta(4, router, h245_a),
                                               [fs(4, router, 1, rtp_a,
                                                   rtcp_a)], router)})},
     {"callproceeding", uui(answer(callProceeding, 4, 1, none, none))},
     {"alerting", uui(answer(alerting, 4, 1, none, none))},
     {"connect_plain", uui(answer(connect, 4, 1, none, none))},
     {"connect_h245", uui(answer(connect, 4, 1, ta(4, callee, h245_b),
                                 none))},
     {"connect_fs", uui(answer(connect, 4, 1, none, fs_b(4)))},
     {"connect_fs_c2", uui(answer(connect, 4, 2, none, fs_b(4)))},
     {"connect_fs_c3", uui(answer(connect, 4, 3, none, fs_b(4)))},
     {"connect_tun_olc", uui(answer(connect, 4, 1, none, none),
                             tun([req_olc(olc(2, ua(4, callee, rtcp_b),
                                              none))]))},
     {"facility_tun_olcack", uui(facility(4, 1, undefinedReason, none, none),
                                 tun([resp_ack(olcack(2, ua(4, caller, rtp_a),
                                                      ua(4, caller,
                                                         rtcp_a)))]))},
     {"facility_tun_5olc", uui(facility(4, 1, undefinedReason, none, none),
                               tun([req_olc(olc(10 + I, ua(4, caller, C),
                                                none))
                                    || {I, C} <- lists:zip(
                                                   lists:seq(1, 5),
                                                   [rtcp_c1, rtcp_c2, rtcp_c3,
                                                    rtcp_c4, rtcp_c5])]))},
     {"facility_h245", uui(facility(4, 1, startH245, none,
                                    ta(4, caller, h245_a)))},
     {"facility_forward_third", uui(facility(4, 1, callForwarded,
                                             ta(4, third, cs_b), none))},
     {"releasecomplete", release(1)},
     {"releasecomplete_c2", release(2)},
     {"releasecomplete_c3", release(3)},
     {"setup_fs_v6", uui({setup, setup(6, 1, none, fs_a(6))})},
     {"connect_fs_v6", uui(answer(connect, 6, 1, none, fs_b(6)))}].

h245_msgs() ->
    [{"olc_a", {request, {openLogicalChannel,
                          olc(1, ua(4, caller, rtcp_a), none)}}},
     {"olcack_b", {response, {openLogicalChannelAck,
                              olcack(1, ua(4, callee, rtp_b),
                                     ua(4, callee, rtcp_b))}}},
     {"olc_b", {request, {openLogicalChannel,
                          olc(2, ua(4, callee, rtcp_b), none)}}},
     {"olcack_a", {response, {openLogicalChannelAck,
                              olcack(2, ua(4, caller, rtp_a),
                                     ua(4, caller, rtcp_a))}}},
     {"clc_1", clc(1)},
     {"clc_2", clc(2)}].
clc(N) -> {request, {closeLogicalChannel,
                     #{forwardLogicalChannelNumber => N,
                       source => {user, 'NULL'}}}}.

rrq(Extra) ->
    maps:merge(#{requestSeqNum => 1, protocolIdentifier => pid(),
                 discoveryComplete => false,
                 callSignalAddress => [ta(4, caller, cs_a)],
                 rasAddress => [ta(4, caller, ras_a)],
                 terminalType => ept(), terminalAlias => [{'h323-ID', "bob"}],
                 endpointVendor => vendor(), timeToLive => 60,
                 keepAlive => false, willSupplyUUIEs => false,
                 maintainConnection => false, supportsAssignedGK => false},
               Extra).
ras_msgs() ->
    [{"rrq", {registrationRequest, rrq(#{})}},
     {"rrq_h460_18", {registrationRequest,
                      rrq(#{featureSet =>
                                #{replacementFeatureSet => false,
                                  supportedFeatures =>
                                      [#{id => {standard, 18}}]}})}},
     {"rcf", {registrationConfirm,
              #{requestSeqNum => 1, protocolIdentifier => pid(),
                callSignalAddress => [ta(4, gk, cs_b)],
                endpointIdentifier => "ep1", timeToLive => 60,
                willRespondToIRR => false, maintainConnection => false}}},
     %% the same with a short timeToLive: the pinhole must go after it
     {"rcf_ttl5", {registrationConfirm,
                   #{requestSeqNum => 1, protocolIdentifier => pid(),
                     callSignalAddress => [ta(4, gk, cs_b)],
                     endpointIdentifier => "ep1", timeToLive => 5,
                     willRespondToIRR => false, maintainConnection => false}}},
     %% the same for a slow (debug) kernel, whose checks take longer than 5 s
     {"rcf_ttl30", {registrationConfirm,
                    #{requestSeqNum => 1, protocolIdentifier => pid(),
                      callSignalAddress => [ta(4, gk, cs_b)],
                      endpointIdentifier => "ep1", timeToLive => 30,
                      willRespondToIRR => false, maintainConnection => false}}},
     %% ras_register on a slow (debug) kernel: its checks between the RCF
     %% and the Setup through the pinhole took longer than 60 s
     {"rcf_ttl300", {registrationConfirm,
                     #{requestSeqNum => 1, protocolIdentifier => pid(),
                       callSignalAddress => [ta(4, gk, cs_b)],
                       endpointIdentifier => "ep1", timeToLive => 300,
                       willRespondToIRR => false, maintainConnection => false}}},
     {"urq", {unregistrationRequest,
              #{requestSeqNum => 2,
                callSignalAddress => [ta(4, caller, cs_a)],
                endpointIdentifier => "ep1"}}},
     {"ucf", {unregistrationConfirm, #{requestSeqNum => 2}}},
     %% a gatekeeper-routed call: the gatekeeper takes the call signalling
     %% on a port other than 1720
     {"arq", {admissionRequest,
              #{requestSeqNum => 3, callType => {pointToPoint, 'NULL'},
                callModel => {gatekeeperRouted, 'NULL'},
                endpointIdentifier => "ep1",
                destinationInfo => [{dialedDigits, "1234"}],
                srcInfo => [{'h323-ID', "bob"}],
                srcCallSignalAddress => ta(4, caller, cs_a),
                bandWidth => 1280, callReferenceValue => 1,
                conferenceID => <<1:128>>, activeMC => false,
                answerCall => false, canMapAlias => false,
                callIdentifier => callid(1), willSupplyUUIEs => false,
                canMapSrcAlias => false}}},
     {"acf", {admissionConfirm,
              #{requestSeqNum => 3, bandWidth => 1280,
                callModel => {gatekeeperRouted, 'NULL'},
                destCallSignalAddress => ta(4, gk, cs_alt),
                willRespondToIRR => false,
                uuiesRequested => #{setup => false, callProceeding => false,
                                    connect => false, alerting => false,
                                    information => false,
                                    releaseComplete => false,
                                    facility => false, progress => false,
                                    empty => false}}}}].

hex(Bin) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= Bin].
out(Kind, Name, Bin) -> io:format("~s ~s ~s~n", [Kind, Name, hex(Bin)]).

main() ->
    [io:format("# role ~s ~s ~s~n", [R, hex(v4(R)), hex(v6(R))])
     || {R, _} <- roles()],
    [io:format("# slot ~s ~b~n", [S, port(S)]) || S <- slots()],
    [begin {ok, B} = ?H225:encode('H323-UserInformation', V),
           out("q931", N, iolist_to_binary(B)) end || {N, V} <- cs_msgs()],
    [out("h245", N, mscm(V)) || {N, V} <- h245_msgs()],
    [begin {ok, B} = ?H225:encode('RasMessage', V),
           out("ras", N, iolist_to_binary(B)) end || {N, V} <- ras_msgs()],
    halt().
