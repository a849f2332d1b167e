package dev.berth.sim;

import dev.berth.sim.drbd.DrbdTool;
import dev.berth.sim.lvm.LvmTool;
import dev.berth.sim.system.BlkidTool;
import dev.berth.sim.system.CatTool;
import dev.berth.sim.system.DrbdWithoutModule;
import dev.berth.sim.system.FindTool;
import dev.berth.sim.system.ListTool;
import dev.berth.sim.system.LsblkTool;
import dev.berth.sim.system.MakeDirectoryTool;
import dev.berth.sim.system.MoveTool;
import dev.berth.sim.system.RemoveTool;
import dev.berth.sim.system.ShellTool;
import dev.berth.sim.system.UnameTool;
import dev.berth.sim.system.WipefsTool;
import dev.berth.sim.zfs.ZfsTool;

import java.util.List;

/**
 * The tools every lab host has. The DRBD kernel stand-in comes after {@link DrbdWithoutModule},
 * whose programs it takes over (it answers as that tool on hosts without a DRBD module).
 */
public final class StandardTools {
    private StandardTools() {}

    public static ToolRegistry registry() {
        return ToolRegistry.of(List.of(
                new UnameTool(), new CatTool(), new ListTool(), new FindTool(), new MakeDirectoryTool(), new RemoveTool(),
                new MoveTool(), new ShellTool(), new LsblkTool(), new BlkidTool(), new WipefsTool(),
                new LvmTool(), new ZfsTool(),
                new DrbdWithoutModule(), new DrbdTool()));
    }
}
