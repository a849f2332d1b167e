package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.HostFiles;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.ToolOutput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code find} for the one form discovery uses: every resource file with its bytes in one command,
 * {@code find /etc/drbd.d -maxdepth 1 -type f -name *.res -printf %p\0 -exec cat {} ; -printf \0}.
 * The expression is evaluated left to right per entry, as find does; entries come sorted (real
 * find uses directory order), which keeps the lab deterministic. Other forms are refused plainly.
 */
public final class FindTool implements SimTool {
    @Override
    public String name() { return "find"; }

    @Override
    public Set<String> programs() { return Set.of("find"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        List<String> args = command.argv();
        if (args.size() < 2 || args.get(1).startsWith("-")) return Answers.notImplemented("find", "find without a starting folder");
        String root = args.get(1);
        List<String> expression = args.subList(2, args.size());
        if (!expression.contains("-maxdepth") || !expression.get(expression.indexOf("-maxdepth") + 1).equals("1")) {
            return Answers.notImplemented("find", "find without -maxdepth 1");
        }
        HostFiles files = host.files();
        if (files.kind(root) == HostFiles.Kind.MISSING) return CommandResult.failed(1, "find: '" + root + "': No such file or directory\n");
        List<String> entries = new ArrayList<>(List.of(root));
        try {
            if (files.kind(root) == HostFiles.Kind.DIRECTORY) {
                for (String name : files.list(root)) entries.add(root.endsWith("/") ? root + name : root + "/" + name);
            }
        } catch (HostFiles.Problem problem) {
            return CommandResult.failed(1, "find: '" + root + "': " + problem.getMessage() + "\n");
        }
        ToolOutput output = new ToolOutput();
        for (String entry : entries) {
            CommandResult refused = evaluate(host, entry, expression, output);
            if (refused != null) return refused;
        }
        return output.ok();
    }

    /** Runs the expression on one entry; a false test stops it, as {@code -a} chains do. */
    private static CommandResult evaluate(SimHost host, String path, List<String> expression, ToolOutput output) {
        HostFiles.Kind kind = host.files().kind(path);
        for (int i = 0; i < expression.size(); i++) {
            String word = expression.get(i);
            switch (word) {
                case "-maxdepth":
                    i++;
                    break;
                case "-type":
                    String type = expression.get(++i);
                    if (type.equals("f") && kind != HostFiles.Kind.FILE) return null;
                    if (type.equals("d") && kind != HostFiles.Kind.DIRECTORY) return null;
                    break;
                case "-name":
                    if (!glob(expression.get(++i)).matcher(path.substring(path.lastIndexOf('/') + 1)).matches()) return null;
                    break;
                case "-printf":
                    output.outRaw(format(expression.get(++i), path));
                    break;
                case "-print":
                    output.outRaw(path + "\n");
                    break;
                case "-exec":
                    if (i + 3 >= expression.size() || !expression.get(i + 1).equals("cat") || !expression.get(i + 2).equals("{}")
                            || !expression.get(i + 3).equals(";")) {
                        return Answers.notImplemented("find", "-exec other than 'cat {} ;'");
                    }
                    output.outRaw(host.readFile(path).orElse(""));
                    i += 3;
                    break;
                default:
                    return Answers.notImplemented("find", "the expression word " + word);
            }
        }
        return null;
    }

    /** find's -printf: {@code %p} path, {@code %f} name, backslash escapes {@code \0 \n \t \\}. */
    private static String format(String template, String path) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '\\' || c == '%') && i + 1 < template.length()) {
                char next = template.charAt(++i);
                if (c == '%' && next == 'p') text.append(path);
                else if (c == '%' && next == 'f') text.append(path.substring(path.lastIndexOf('/') + 1));
                else if (c == '%' && next == '%') text.append('%');
                else if (c == '\\' && next == '0') text.append('\0');
                else if (c == '\\' && next == 'n') text.append('\n');
                else if (c == '\\' && next == 't') text.append('\t');
                else if (c == '\\' && next == '\\') text.append('\\');
                else text.append(c).append(next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
