package dev.berth.apply;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.berth.desired.DesiredCluster;
import dev.berth.desired.DriftIgnore;
import dev.berth.drift.Drift;
import dev.berth.drift.DriftReport;
import dev.berth.model.Command;
import dev.berth.plan.PlanOptions;
import dev.berth.render.DriftJsonRenderer;
import dev.berth.render.DriftJunitRenderer;
import dev.berth.render.DriftMarkdownRenderer;
import dev.berth.render.DriftTextRenderer;
import dev.berth.testing.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One realistic drift, in every format: the MySQL demo applied in-process (fixed target and
 * digest, the lab's virtual clock, so the state files and thus the goldens are the same on every
 * machine), then an admin's afternoon: a volume grown, a replica taken down and its volume
 * removed, a peer disconnected, a resource file tuned by hand (one option of it muted in the
 * stack), and a scratch volume beside Berth's. Lives beside ApplyLab, which does the applying.
 */
class DriftGoldenTest {
    @TempDir
    Path dir;

    DriftReport report;

    @BeforeEach
    void drifted() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        assertEquals(dev.berth.apply.events.ApplyReport.Outcome.SUCCEEDED, lab.apply(lab.plan()).outcome());
        admin(lab, "worker-1", "lvextend", "-L", "+1g", "vg_fast/mysql-data-1_00000");
        admin(lab, "worker-3", "drbdadm", "down", "mysql-data-2");
        admin(lab, "worker-3", "lvremove", "-y", "vg_fast/mysql-data-2_00000");
        admin(lab, "worker-3", "lvcreate", "-V", "1g", "-T", "vg_fast/thin", "-n", "scratch");
        admin(lab, "worker-2", "drbdadm", "disconnect", "mysql-data-0:worker-3");
        String file = "/etc/drbd.d/mysql-data-0.res";
        String tuned = lab.lab.host("worker-1").readFile(file).orElseThrow().replace("protocol C;", "protocol A;\n        max-buffers 8000;");
        try (var host = lab.lab.connect("worker-1")) {
            host.writeFile(file, tuned, "0644");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        DesiredCluster c = lab.cluster;
        DesiredCluster muted = new DesiredCluster(c.name(), c.connection(), c.nodes(), c.storagePools(), c.resourceGroups(), c.resources(),
                List.of(new DriftIgnore("drbd.mysql-data-0@*", List.of("net.max-buffers"), "raised on worker-1 while the import runs")),
                c.ownership());
        report = Drift.report(muted, lab.observe(), lab.plan(), PlanOptions.defaults());
    }

    static void admin(ApplyLab lab, String node, String... argv) {
        var result = lab.lab.host(node).run(new Command(List.of(argv)), "");
        assertEquals(0, result.exitCode(), String.join(" ", argv) + ": " + result.stderr());
    }

    @Test
    void text() { Golden.verify("drift/afternoon", DriftTextRenderer.render(report)); }

    @Test
    void markdown() { Golden.verify("drift/afternoon", "md", DriftMarkdownRenderer.render(report)); }

    @Test
    void json() {
        String json = DriftJsonRenderer.render(report);
        Golden.verify("drift/afternoon", "json", json);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://berth.dev/schemas/", "classpath:schemas/")))
                .getSchema(SchemaLocation.of("https://berth.dev/schemas/drift.schema.json"));
        var errors = schema.validate(JsonMapper.builder().build().readTree(json));
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void junitParsesAsXmlWithTheExpectedCounts() throws Exception {
        String xml = DriftJunitRenderer.render(report);
        Golden.verify("drift/afternoon", "xml", xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertEquals("mysql-ha", suite.getAttribute("name"));
        NodeList testcases = suite.getElementsByTagName("testcase");
        NodeList failures = suite.getElementsByTagName("failure");
        assertEquals(String.valueOf(testcases.getLength()), suite.getAttribute("tests"));
        assertEquals(String.valueOf(failures.getLength()), suite.getAttribute("failures"));
        assertEquals(report.checked().size(), testcases.getLength(), "a testcase per checked address");
        assertEquals(report.drift().stream().map(d -> d.address()).distinct().count(), failures.getLength(), "a failure per drifted address");
        assertEquals(3, report.checked().stream().filter(a -> a.toString().startsWith("node.")).count(), "one testcase per host");
        assertTrue(xml.contains("name=\"drbd.mysql-data-0@worker-1\""), xml);
    }
}
