package oxbench.stories.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import oxbench.jmh.InputFile;
import oxbench.story.InputOptions;
import oxbench.corpus.FileNodes;
import oxbench.corpus.NodeListInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintStoryTest {
    private final FingerprintStory story = new FingerprintStory();

    @TempDir
    Path dir;

    @Test
    void theInputSurvivesTheTripToTheForks() throws Exception {
        NodeListInput input = ImplementationsAgreeTest.trickyInput();
        Path file = dir.resolve("input.json");
        InputFile.write(story, input, file);
        assertEquals(input, InputFile.read(story, file));
    }

    @Test
    void outputLinesNameTheFileAndTheHexFingerprint() {
        NodeListInput input = new NodeListInput("t", List.of(new FileNodes("a.py", 1, List.of())), List.of());
        assertEquals(List.of("a.py 00000000000000ff"), story.describe(input, new long[] {255}));
    }
}
