package dev.berth.drbd;

import java.util.ArrayList;
import java.util.List;

/**
 * The verb/host combinations checked against real {@code drbdadm -d} output. Each case has a
 * verbatim fixture {@code fixtures/drbdadm/<resource case>.<host>.<name>.txt} made by the real tool.
 */
final class DrbdadmCases {
    record Case(String resourceCase, String host, String name, VerbRequest request) {
        ResourceConfig resource() { return SampleResources.all().get(resourceCase); }

        String fixture() { return resourceCase + "." + host + "." + name + ".txt"; }
    }

    private DrbdadmCases() {}

    static List<Case> all() {
        var cases = new ArrayList<Case>();
        for (String host : List.of("alpha", "gamma")) resourceVerbs(cases, "three-diskful", "r0", host);
        cases.add(new Case("three-diskful", "alpha", "create-md-max-peers-7-force",
                VerbRequest.of(DrbdadmVerb.CREATE_MD, "r0").withMaxPeers(7).with(VerbFlag.FORCE)));
        cases.add(new Case("three-diskful", "beta", "forget-peer-gamma", VerbRequest.of(DrbdadmVerb.FORGET_PEER, "r0").toPeer("gamma")));
        cases.add(new Case("three-diskful", "beta", "primary-force", VerbRequest.of(DrbdadmVerb.PRIMARY, "r0").with(VerbFlag.FORCE)));
        for (String host : List.of("node-a", "node-c")) resourceVerbs(cases, "two-diskful-one-diskless", "web-data", host);
        resourceVerbs(cases, "two-volumes", "db", "beta");
        cases.add(new Case("two-volumes", "alpha", "resize-1-assume-clean",
                VerbRequest.of(DrbdadmVerb.RESIZE, "db").onVolume(1).with(VerbFlag.ASSUME_CLEAN)));
        cases.add(new Case("two-volumes", "alpha", "new-current-uuid-0-clear-bitmap",
                VerbRequest.of(DrbdadmVerb.NEW_CURRENT_UUID, "db").onVolume(0).with(VerbFlag.CLEAR_BITMAP)));
        cases.add(new Case("two-volumes", "alpha", "new-current-uuid-1-force-resync",
                VerbRequest.of(DrbdadmVerb.NEW_CURRENT_UUID, "db").onVolume(1).with(VerbFlag.FORCE_RESYNC)));
        cases.add(new Case("two-volumes", "alpha", "attach-1", VerbRequest.of(DrbdadmVerb.ATTACH, "db").onVolume(1)));
        cases.add(new Case("two-volumes", "alpha", "create-md-0", VerbRequest.of(DrbdadmVerb.CREATE_MD, "db").onVolume(0)));
        return cases;
    }

    private static void resourceVerbs(List<Case> cases, String resourceCase, String resource, String host) {
        for (DrbdadmVerb verb : DrbdadmVerb.values()) {
            if (verb == DrbdadmVerb.NEW_CURRENT_UUID) continue; // needs a volume: covered above
            cases.add(new Case(resourceCase, host, verb.word(), VerbRequest.of(verb, resource)));
        }
        cases.add(new Case(resourceCase, host, "create-md-max-peers-7", VerbRequest.of(DrbdadmVerb.CREATE_MD, resource).withMaxPeers(7)));
        cases.add(new Case(resourceCase, host, "create-md-force", VerbRequest.of(DrbdadmVerb.CREATE_MD, resource).with(VerbFlag.FORCE)));
        cases.add(new Case(resourceCase, host, "resize-assume-clean", VerbRequest.of(DrbdadmVerb.RESIZE, resource).with(VerbFlag.ASSUME_CLEAN)));
    }
}
