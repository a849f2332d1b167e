package dev.berth.render;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.model.Size;
import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.codec.PlanId;
import dev.berth.review.ChangeRequest;
import dev.berth.review.SpecDiff;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.spec.LoadedStack;
import dev.berth.spec.StackReader;
import dev.berth.testing.Examples;
import dev.berth.testing.Golden;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Change-request views on the lab: a change that grows a volume while the hosts already lack a
 * resource of the base (existing drift), and one so large that every section must collapse.
 */
class ChangeRequestRendererTest {
    static final String REPOSITORY = "https://git.example.org/infra/storage.git";
    static final String PATH = "stacks/mysql-ha";

    @TempDir
    Path dir;

    private static LoadedStack stack(String text) {
        LoadedStack loaded = StackReader.read("stack.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(loaded.isValid(), () -> loaded.diagnostics().toString());
        return loaded;
    }

    private static DesiredCluster cluster(String text) { return stack(text).cluster().orElseThrow(); }

    private static Plan fromGit(Plan plan, String commit) {
        return PlanId.assign(plan, plan.basis().withSource(new Basis.Source(REPOSITORY, commit, PATH)));
    }

    private static ChangeRequest request(String base, String head, SimLab lab) {
        String baseCommit = "1f0c9a7e5d3b2a1908f7e6d5c4b3a29180f7e6d5";
        String headCommit = "8e2d4c6b0a19f8e7d6c5b4a3928170f6e5d4c3b2";
        return new ChangeRequest(REPOSITORY, PATH, new ChangeRequest.Revision("main", baseCommit, stack(base).digest()),
                new ChangeRequest.Revision("grow-mysql-data-0", headCommit, stack(head).digest()),
                SpecDiff.between(cluster(base), cluster(head)), fromGit(PlannedLab.plan(cluster(head), lab, PlanOptions.defaults()), headCommit),
                java.util.Optional.of(PlannedLab.plan(cluster(base), lab, PlanOptions.defaults())));
    }

    @Test
    void aChangeThatGrowsAVolumeWithDriftThatWasThereBefore() throws IOException {
        String demo = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"));
        String withoutData2 = demo.replace("  mysql-data-2: { group: mysql, volumes: [ { size: 20GiB } ] }\n", "");
        String grown = demo.replace("mysql-data-0: { group: mysql, volumes: [ { size: 20GiB } ] }", "mysql-data-0: { group: mysql, volumes: [ { size: 30GiB } ] }");
        SimLab lab = StackLab.reset(cluster(demo), dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        StepRunner.run(lab, PlannedLab.plan(cluster(withoutData2), lab, PlanOptions.defaults())); // someone applied an older stack
        ChangeRequest request = request(demo, grown, lab);

        assertEquals(1, request.specChanges().size(), "the author edited one address");
        assertTrue(request.existingDrift().stream().allMatch(change -> change.address().resourceName().orElse("").equals("mysql-data-2")),
                "only the missing resource is drift: " + request.existingDrift());
        Golden.verify("change-request/grow", "txt", ChangeRequestTextRenderer.render(request, PlanTextRenderer.Options.PLAIN));
        Golden.verify("change-request/grow", "md", ChangeRequestMarkdownRenderer.render(request, "reviewed-plan.json"));
        String json = ChangeRequestJsonRenderer.render(request);
        assertEquals(java.util.List.of(), schema().validate(JsonSupport.MAPPER.readTree(json)).stream().map(Object::toString).toList());
        Golden.verify("change-request/grow", "json", json);
    }

    @Test
    void aChangeTooLargeForOneCommentIsCollapsedThenCut() throws IOException {
        String demo = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 400; i++) many.append(String.format("  bulk-%03d: { group: mysql, volumes: [ { size: 1GiB } ] }%n", i));
        String head = demo.replace("  mysql-data-0:", many + "  mysql-data-0:");
        SimLab lab = StackLab.reset(cluster(demo), dir.resolve("lab"), Size.ofBytes(4 * Size.TIB), LabOptions.defaults());
        ChangeRequest request = request(demo, head, lab);

        String markdown = ChangeRequestMarkdownRenderer.render(request, "reviewed-plan.json");
        assertTrue(markdown.length() <= PlanMarkdownRenderer.LIMIT, "length " + markdown.length());
        assertTrue(markdown.contains("One line per address (the whole diff does not fit in one comment)"), "the spec change collapsed");
        assertTrue(markdown.contains("more addresses not shown"), "and was cut with a note");
        assertTrue(markdown.contains("### 🌊 Drift that exists already"), "the drift section survives the cut");
        Golden.verify("change-request/collapsed", "md", markdown);
    }

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://berth.dev/schemas/", "classpath:schemas/")))
                .getSchema(SchemaLocation.of("https://berth.dev/schemas/change-request.schema.json"));
    }
}
