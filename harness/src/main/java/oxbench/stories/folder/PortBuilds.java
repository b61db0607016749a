package oxbench.stories.folder;

import oxbench.story.Warnings;

/** Builds every form of a folder story's Rust port the rows need, before anything runs. */
final class PortBuilds {
    private PortBuilds() {}

    static FolderInput.Port build(Manifest manifest, Warnings warnings) {
        String function = manifest.rust().function();
        String notYet = "not built";
        return new FolderInput.Port(function, null, null, notYet, null, notYet, null, notYet, null, notYet);
    }
}
