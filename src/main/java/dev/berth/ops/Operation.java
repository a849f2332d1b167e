package dev.berth.ops;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.berth.model.Address;
import dev.berth.observed.ReachableHost;

import java.util.List;

/**
 * One change on one host. {@link #commands} are exactly what runs, {@link #undo} what reverts it
 * (empty when {@link #risk} says it cannot be undone), and {@link #isDone} tells from observed
 * state that it already happened, so that a resumed apply skips it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PoolOperations.CreateVolumeGroup.class, name = "create-volume-group"),
        @JsonSubTypes.Type(value = PoolOperations.CreateThinPool.class, name = "create-thin-pool"),
        @JsonSubTypes.Type(value = PoolOperations.CreateZpool.class, name = "create-zpool"),
        @JsonSubTypes.Type(value = VolumeOperations.CreateBackingVolume.class, name = "create-backing-volume"),
        @JsonSubTypes.Type(value = VolumeOperations.MarkBackingVolume.class, name = "mark-backing-volume"),
        @JsonSubTypes.Type(value = VolumeOperations.GrowBackingVolume.class, name = "grow-backing-volume"),
        @JsonSubTypes.Type(value = VolumeOperations.RemoveBackingVolume.class, name = "remove-backing-volume"),
        @JsonSubTypes.Type(value = FileOperations.WriteResourceFile.class, name = "write-resource-file"),
        @JsonSubTypes.Type(value = FileOperations.RemoveResourceFile.class, name = "remove-resource-file"),
        @JsonSubTypes.Type(value = DrbdOperations.CreateMetadata.class, name = "create-metadata"),
        @JsonSubTypes.Type(value = DrbdOperations.BringUp.class, name = "bring-up"),
        @JsonSubTypes.Type(value = DrbdOperations.Reconfigure.class, name = "reconfigure"),
        @JsonSubTypes.Type(value = DrbdOperations.AttachDisk.class, name = "attach-disk"),
        @JsonSubTypes.Type(value = DrbdOperations.TakeDown.class, name = "take-down"),
        @JsonSubTypes.Type(value = DrbdOperations.SkipInitialSync.class, name = "skip-initial-sync"),
        @JsonSubTypes.Type(value = DrbdOperations.StartInitialSync.class, name = "start-initial-sync"),
        @JsonSubTypes.Type(value = DrbdOperations.Resize.class, name = "resize"),
        @JsonSubTypes.Type(value = DrbdOperations.ForgetPeer.class, name = "forget-peer"),
        @JsonSubTypes.Type(value = DrbdOperations.WaitFor.class, name = "wait")})
public interface Operation {
    /** The node the commands run on. */
    String node();

    /** The object this operation changes. */
    @JsonIgnore
    Address address();

    /** A short verb phrase for reports: "create backing volume", "bring up". */
    @JsonIgnore
    String summary();

    @JsonIgnore
    List<HostCommand> commands();

    @JsonIgnore
    List<HostCommand> undo();

    @JsonIgnore
    Risk risk();

    /** True when observed state shows this already happened. */
    boolean isDone(ReachableHost host);
}
