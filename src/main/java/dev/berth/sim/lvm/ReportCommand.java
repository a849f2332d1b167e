package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code pvs}, {@code vgs} and {@code lvs}: rows sorted as lvm2 sorts them (pv_name; vg_name;
 * vg_name then lv_name), the columns of {@code -o} in the order given ({@code -o +f} adds to the
 * defaults), and lvm2's habit of still printing a valid report, with exit 5, when a named object
 * is missing.
 */
final class ReportCommand implements LvmCommand {
    private static final List<String> PV_DEFAULT = List.of("pv_name", "vg_name", "pv_fmt", "pv_attr", "pv_size", "pv_free");
    private static final List<String> VG_DEFAULT = List.of("vg_name", "pv_count", "lv_count", "snap_count", "vg_attr", "vg_size", "vg_free");
    private static final List<String> LV_DEFAULT = List.of("lv_name", "vg_name", "lv_attr", "lv_size", "pool_lv", "origin", "data_percent",
            "metadata_percent", "move_pv", "mirror_log", "copy_percent", "convert_lv");

    private final String section;

    ReportCommand(String section) {
        this.section = section;
    }

    @Override
    public Arguments.Spec spec() {
        return LvmCommand.options()
                .value("reportformat", "--reportformat")
                .value("units", "--units")
                .flag("nosuffix", "--nosuffix")
                .value("options", "-o", "--options")
                .flag("noheadings", "--noheadings")
                .value("separator", "--separator")
                .flag("all", "-a", "--all")
                .flag("aligned", "--aligned");
    }

    @Override
    public CommandResult run(Context context) {
        Arguments args = context.args();
        String reportFormat = args.value("reportformat").orElse("basic");
        if (!reportFormat.equals("json") && !reportFormat.equals("basic")) {
            return context.output().err("  Invalid argument for --reportformat: " + reportFormat)
                    .err("  Error during parsing of command line.").exit(INVALID);
        }
        String units = args.value("units").orElse("r");
        if (units.length() != 1 || "bBsSkKmMgGtTpPeEhHrR".indexOf(units.charAt(0)) < 0) {
            return context.output().err("  Invalid argument for --units: " + units).err("  Error during parsing of command line.").exit(INVALID);
        }
        boolean json = reportFormat.equals("json");
        List<LvmField> fields = new ArrayList<>();
        for (String name : columns(args)) {
            Optional<LvmField> field = LvmFieldCatalogue.field(name);
            if (field.isEmpty()) {
                if (json) context.output().outRaw(LvmReport.emptyJson());
                return context.output().err("  Unrecognised field: " + name).exit(LvmCommand.FAILED);
            }
            fields.add(field.get());
        }
        boolean segments = fields.stream().anyMatch(f -> f.kind() == LvmField.Kind.SEG);
        ReportRows rows = new ReportRows(context);
        List<ReportRow> selected = switch (section) {
            case "pv" -> rows.physical(args.positional());
            case "vg" -> rows.groups(args.positional());
            default -> rows.volumes(args.positional(), args.has("all"), segments);
        };
        LvmReport.Format format = new LvmReport.Format(json, !args.has("noheadings"), args.value("separator").orElse(null),
                units.charAt(0), !args.has("nosuffix"));
        context.output().outRaw(LvmReport.render(section, fields, selected, format));
        return context.output().exit(rows.failed() ? FAILED : 0);
    }

    private List<String> columns(Arguments args) {
        List<String> defaults = switch (section) {
            case "pv" -> PV_DEFAULT;
            case "vg" -> VG_DEFAULT;
            default -> LV_DEFAULT;
        };
        List<String> columns = new ArrayList<>();
        boolean replaced = false;
        for (String list : args.values("options")) {
            if (list.startsWith("+")) {
                if (!replaced) columns.addAll(defaults);
                replaced = true;
                list = list.substring(1);
            } else if (!replaced) {
                replaced = true;
            }
            columns.addAll(Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        return replaced ? columns : defaults;
    }
}
