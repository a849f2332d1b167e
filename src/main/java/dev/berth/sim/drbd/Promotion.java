package dev.berth.sim.drbd;

/**
 * events2's may_promote and promotion_score (drbdsetup_events2.c compute_promotion_info): no
 * promotion without devices or quorum or some UpToDate replica; otherwise the score ranks having
 * disks, local UpToDate devices and the smallest count of UpToDate replicas, and promotion is
 * possible when no node is Primary and every device reaches UpToDate data.
 */
record Promotion(boolean mayPromote, int score) {
    static Promotion of(ResourceState resource) {
        if (resource.volumes.isEmpty()) return new Promotion(false, 0);
        int upToDateDevices = 0;
        int minReplicas = -1;
        boolean allHaveDisk = true;
        boolean allStable = true;
        for (VolumeState volume : resource.volumes) {
            if (!volume.quorum) return new Promotion(false, 0);
            int replicas = volume.diskState.equals("UpToDate") ? 1 : 0;
            boolean stable = volume.diskState.equals("UpToDate");
            for (ConnectionState connection : resource.connections) {
                boolean peerUpToDate = connection.peerVolume(volume.volume).map(p -> p.peerDiskState.equals("UpToDate")).orElse(false);
                if (peerUpToDate) {
                    replicas++;
                    stable = true;
                }
            }
            if (volume.diskState.equals("UpToDate")) upToDateDevices++;
            else if (!volume.diskState.equals("Consistent") && !volume.diskState.equals("Inconsistent")) allHaveDisk = false;
            if (minReplicas == -1 || replicas < minReplicas) minReplicas = replicas;
            allStable &= stable;
        }
        if (minReplicas <= 0) return new Promotion(false, 0);
        boolean primaryAround = resource.primary() || resource.connections.stream().anyMatch(c -> c.peerRole.equals("Primary"));
        int score = (allHaveDisk ? 1 : 0) * 10000 + Math.min(upToDateDevices, 99) * 100 + Math.min(minReplicas, 99);
        return new Promotion(!primaryAround && allStable, score);
    }
}
