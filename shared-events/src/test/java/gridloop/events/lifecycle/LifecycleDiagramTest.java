package gridloop.events.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/architecture.md shows the diagram the lifecycle draws, exactly. */
class LifecycleDiagramTest {

    @Test
    void theArchitectureDocShowsTheLifecycleAsItIs() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        String block = "```mermaid\n" + LifecycleDiagram.mermaid() + "```\n";
        assertTrue(doc.contains(block), "docs/architecture.md must contain, verbatim:\n" + block);
    }
}
