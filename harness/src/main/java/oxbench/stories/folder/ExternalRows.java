package oxbench.stories.folder;

import java.util.List;
import oxbench.story.Implementation;

/** The rows of a folder story that run as separate processes (CPython, Node), with their drivers. */
final class ExternalRows {
    private ExternalRows() {}

    static List<Implementation<FolderInput>> of(String language) {
        return List.of();
    }
}
