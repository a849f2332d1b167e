package dev.berth.testing;

import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.model.Address;
import dev.berth.model.Size;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.ops.PoolOperations;
import dev.berth.ops.VolumeOperations;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Action;
import dev.berth.plan.Plan;
import dev.berth.plan.Unmanaged;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.SampleResources.FAST;
import static dev.berth.testing.SampleResources.backingName;
import static dev.berth.testing.SampleResources.gross;

/**
 * Hand-made plans for renderer and codec tests, until the planner makes real ones: the MySQL
 * demo built from blank disks, a grown volume, and a plan with nothing to do. Replica moves,
 * refusals and blocked hosts are in {@link SampleChangePlans}; a plan of any size in {@link BigPlans}.
 */
public final class SamplePlans {
    static final List<String> HOSTS = List.of("worker-1", "worker-2", "worker-3");
    static final String RESOURCE = "mysql-data-0";

    private SamplePlans() {}

    /** Every sample by the name its golden files use. */
    public static Map<String, Plan> all() {
        Map<String, Plan> all = new LinkedHashMap<>();
        all.put("greenfield", greenfield());
        all.put("grow", grow());
        all.put("move-replica", SampleChangePlans.moveReplica());
        all.put("refused-delete", SampleChangePlans.refusedDelete());
        all.put("blocked-host", SampleChangePlans.blockedHost());
        all.put("no-changes", noChanges());
        all.put("held-back", heldBack());
        return all;
    }

    /** Pools from /dev/vdb, three new replicas, metadata, up, and the initial sync skipped (new thin volumes read as zeros). */
    public static Plan greenfield() {
        PlanBuilder plan = new PlanBuilder();
        ResourceConfig config = SampleResources.mysql(HOSTS.toArray(String[]::new));
        Size net = Size.ofGiB(20);
        plan.change(Address.resource(RESOURCE), List.of(Action.CREATE), Map.of(), SampleAttributes.resource(config, net),
                RESOURCE + " is new in the stack");
        String[] upSteps = new String[HOSTS.size()];
        for (int i = 0; i < HOSTS.size(); i++) {
            String host = HOSTS.get(i);
            plan.change(Address.pool("fast", host), List.of(Action.CREATE), Map.of(), SampleAttributes.pool("/dev/vdb"),
                    "pool fast is declared on " + host + " and does not exist there yet");
            plan.change(Address.volume(RESOURCE, 0, host), List.of(Action.CREATE), Map.of(), SampleAttributes.volume(RESOURCE, net),
                    "a new diskful replica of " + RESOURCE + " is placed on " + host);
            plan.change(Address.drbd(RESOURCE, host), List.of(Action.CREATE), Map.of(), SampleAttributes.drbd(config, host),
                    "a new diskful replica of " + RESOURCE + " is placed on " + host);
            String group = plan.step(new PoolOperations.CreateVolumeGroup(host, "fast", "vg_fast", List.of("/dev/vdb"), List.of()),
                    "/dev/vdb is blank: no signature, partition, mount or holder");
            String thin = plan.step(new PoolOperations.CreateThinPool(host, "fast", "vg_fast", "thin"),
                    "pool fast is LVM-thin; zeroing makes new thin volumes read as zeros", group);
            String volume = plan.step(new VolumeOperations.CreateBackingVolume(host, RESOURCE, 0, backingName(RESOURCE), FAST, gross(net)),
                    "20GiB of data plus DRBD's internal metadata for 7 peer slots, rounded up to 4MiB extents", thin);
            String file = plan.step(new FileOperations.WriteResourceFile(host, RESOURCE, ResourceFileWriter.writeRedacted(config), false),
                    "drbdadm reads the resource from this file", volume);
            String metadata = plan.step(new DrbdOperations.CreateMetadata(host, RESOURCE, 0, SampleResources.PEER_SLOTS), config,
                    "the backing volume was created by this apply, so it holds no data", file);
            upSteps[i] = plan.step(new DrbdOperations.BringUp(host, RESOURCE), config, "the replica joins the resource", metadata);
        }
        String connected = plan.step(new DrbdOperations.WaitFor("worker-1", RESOURCE,
                new WaitCondition(WaitCondition.Kind.CONNECTED, RESOURCE, HOSTS)), "the initial sync is skipped only with every replica connected", upSteps);
        plan.step(new DrbdOperations.SkipInitialSync("worker-1", RESOURCE, 1), config,
                "every backing volume is new on LVM-thin with zeroing, so all replicas already hold the same zeros", connected);
        plan.allocation(SampleAttributes.allocation(config));
        return plan.build(SampleAttributes.basis(digest("greenfield"), projections("{\"drbd\":[],\"files\":[],\"last_plan_id\":null,\"pools\":[],\"volumes\":[]}")));
    }

    /** volume 0 of mysql-data-0 from 20GiB to 30GiB: every backing volume first, then one resize. */
    public static Plan grow() {
        PlanBuilder plan = new PlanBuilder();
        ResourceConfig config = SampleResources.mysql(HOSTS.toArray(String[]::new));
        Size before = Size.ofGiB(20);
        Size after = Size.ofGiB(30);
        plan.change(Address.resource(RESOURCE), List.of(Action.UPDATE), SampleAttributes.resource(config, before),
                SampleAttributes.resource(config, after), "the stack asks for 30GiB; the volume has 20GiB");
        String[] grown = new String[HOSTS.size()];
        for (int i = 0; i < HOSTS.size(); i++) {
            String host = HOSTS.get(i);
            plan.change(Address.volume(RESOURCE, 0, host), List.of(Action.UPDATE), SampleAttributes.volume(RESOURCE, before),
                    SampleAttributes.volume(RESOURCE, after), "DRBD can grow only once every diskful replica's backing volume has grown");
            grown[i] = plan.step(new VolumeOperations.GrowBackingVolume(host, RESOURCE, 0, backingName(RESOURCE), FAST, gross(before), gross(after)),
                    "room for 30GiB of data and the larger bitmap");
        }
        plan.step(new DrbdOperations.Resize("worker-1", RESOURCE, 0, true), config,
                "one resize on a connected node grows the resource on every replica; thin volumes read the new area as zeros", grown);
        plan.allocation(SampleAttributes.allocation(config));
        return plan.build(SampleAttributes.basis(digest("grow"), projections(
                "{\"drbd\":[{\"resource\":\"mysql-data-0\",\"role\":\"Secondary\",\"disk\":\"UpToDate\",\"replication\":\"Established\"}],"
                        + "\"volumes\":[{\"name\":\"vg_fast/mysql-data-0_00000\",\"size\":" + gross(before).bytes() + ",\"tags\":[\"berth\"]}]}")));
    }

    /** The hosts match the stack; things on them that Berth did not make are listed and left alone. */
    public static Plan noChanges() {
        PlanBuilder plan = new PlanBuilder();
        plan.unmanaged(new Unmanaged("worker-1", "logical-volume", "vg_fast/legacy-backup", "no berth tag: made by someone else"));
        plan.unmanaged(new Unmanaged("worker-2", "drbd-resource", "pgdata", "/etc/drbd.d/pgdata.res was not written by Berth"));
        return plan.build(SampleAttributes.basis(digest("no-changes"), projections("{\"drbd\":[],\"volumes\":[]}")));
    }

    /** Nothing to do now: the one resource with a change has a replica on a node in maintenance. */
    public static Plan heldBack() {
        PlanBuilder plan = new PlanBuilder();
        plan.deferred(new dev.berth.plan.Deferral(dev.berth.model.Address.resource(RESOURCE),
                "its changes wait while worker-2 is in maintenance (state: maintenance in the stack)"));
        return plan.build(SampleAttributes.basis(digest("held-back"), projections("{\"drbd\":[],\"volumes\":[]}")));
    }

    static Map<String, String> projections(String each) {
        Map<String, String> out = new LinkedHashMap<>();
        HOSTS.forEach(host -> out.put(host, each));
        return out;
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
