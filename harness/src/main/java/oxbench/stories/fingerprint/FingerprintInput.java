package oxbench.stories.fingerprint;

import java.util.List;

/**
 * The fingerprint story's input: every usable file of the corpus as a node list.
 *
 * @param corpus  where the files came from (the GraalPy standard library or the user's directory)
 * @param files   the files every implementation fingerprints, in order
 * @param skipped one line per file left out, with the reason
 */
public record FingerprintInput(String corpus, List<FileNodes> files, List<String> skipped) {}
