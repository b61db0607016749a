package oxbench.stories.folder;

import java.util.List;
import oxbench.story.Implementation;

/** The rows of a folder story that run in oxbench's process (GraalPy, GraalJS, FFM, GraalWasm). */
final class InProcessRows {
    private InProcessRows() {}

    static List<Implementation<FolderInput>> of(String language) {
        return List.of();
    }
}
