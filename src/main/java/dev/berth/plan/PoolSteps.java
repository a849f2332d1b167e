package dev.berth.plan;

import dev.berth.desired.Backend;
import dev.berth.desired.Device;
import dev.berth.desired.Node;
import dev.berth.desired.StoragePool;
import dev.berth.model.Address;
import dev.berth.observed.DeviceSignatures;
import dev.berth.observed.Reading;
import dev.berth.ops.Operation;
import dev.berth.ops.PoolOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pools built from declared devices: PVs and a VG (and a thin pool with zeroing), or a zpool. A
 * device that is not blank is used only with {@code wipe: true} and {@code --allow-destroy}. A pool
 * without devices must already exist where a replica needs it.
 */
final class PoolSteps {
    private final PlanContext context;

    PoolSteps(PlanContext context) { this.context = context; }

    void plan(StoragePool pool, Node node) {
        HostView view = context.view(node.name());
        if (!view.reachable() || exists(pool, view)) return;
        Address address = Address.pool(pool.name(), node.name());
        List<Device> devices = pool.devicesOn(node.name());
        if (devices.isEmpty()) return; // a missing pool without devices is refused where a replica needs it
        List<String> wipe = new ArrayList<>();
        for (Device device : devices) {
            Reading<DeviceSignatures> reading = view.host().orElseThrow().inventory().signatures().get(device.path());
            Optional<DeviceSignatures> signatures = reading == null ? Optional.empty() : reading.value();
            if (signatures.filter(DeviceSignatures::isBlank).isPresent()) continue;
            String what = signatures.map(s -> s.type().map(t -> "signature TYPE=" + t).orElse("something on it (" + s.state() + ")"))
                    .orElse("no readable state");
            if (device.wipe() && context.options.allowDestroy()) {
                wipe.add(device.path());
            } else {
                context.refuse(Refusal.Rule.DEVICE_NOT_BLANK, address, device.path() + " on " + node.name() + " is not blank: it has " + what,
                        device.wipe() ? "rerun with --allow-destroy to wipe it" : "set wipe: true for it in the stack and rerun with --allow-destroy, or use another device");
            }
        }
        List<String> paths = devices.stream().map(Device::path).toList();
        String last;
        if (pool.backend() == Backend.LVM_THIN && view.volumeGroup(pool.container()).isPresent()) {
            // the VG is there (built earlier, or by hand) but its thin pool is not
            last = add(new PoolOperations.CreateThinPool(node.name(), pool.name(), pool.container(), pool.thinPool().orElseThrow()),
                    "thin pool with zeroing, so new volumes read as zeros");
        } else if (pool.backend().isZfs()) {
            last = add(new PoolOperations.CreateZpool(node.name(), pool.name(), pool.container(), paths, wipe), "pool " + pool.name() + " is built from its devices");
        } else {
            last = add(new PoolOperations.CreateVolumeGroup(node.name(), pool.name(), pool.container(), paths, wipe),
                    "pool " + pool.name() + " is built from its devices");
            if (pool.backend() == Backend.LVM_THIN) {
                last = context.graph.add(new PoolOperations.CreateThinPool(node.name(), pool.name(), pool.container(), pool.thinPool().orElseThrow()),
                        List.of(last), List.of(), List.of(), "thin pool with zeroing, so new volumes read as zeros");
            }
        }
        context.poolSteps.put(PlanContext.poolKey(pool.name(), node.name()), last);
        context.changes.add(new ResourceChange(address, List.of(Action.CREATE), new java.util.TreeMap<>(),
                new java.util.TreeMap<>(java.util.Map.of("backend", pool.backend().spelling(), "container", pool.container(),
                        "devices", String.join(",", paths))), "built from " + String.join(", ", paths)));
    }

    private String add(Operation operation, String reason) {
        return context.graph.add(operation, List.of(), List.of(), List.of(), reason);
    }

    /** The pool is there: its VG (and thin pool), or its zpool dataset. */
    static boolean exists(StoragePool pool, HostView view) {
        if (pool.backend().isZfs()) return view.hasDataset(pool.container());
        if (view.volumeGroup(pool.container()).isEmpty()) return false;
        return pool.backend() != Backend.LVM_THIN || view.hasThinPool(pool.container(), pool.thinPool().orElseThrow());
    }
}
