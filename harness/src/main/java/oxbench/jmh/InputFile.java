package oxbench.jmh;

import java.nio.file.Path;
import oxbench.results.Json;
import oxbench.story.Story;

/**
 * The file that carries a story's input from the parent, which made it once, to the JMH forks and
 * external drivers: the input as JSON, read back as the story's {@link Story#inputType()}.
 */
public final class InputFile {
    private InputFile() {}

    public static <I> void write(Story<I> story, I input, Path file) throws Exception {
        Json.MAPPER.writeValue(file.toFile(), input);
    }

    public static <I> I read(Story<I> story, Path file) throws Exception {
        return Json.MAPPER.readValue(file.toFile(), story.inputType());
    }
}
