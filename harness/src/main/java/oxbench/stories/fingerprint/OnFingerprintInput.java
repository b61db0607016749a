package oxbench.stories.fingerprint;

import java.util.List;
import oxbench.story.Story;

/**
 * A story computed on the fingerprint story's input (node lists of real Python files, one unit of
 * work per file), whose output lines are the fingerprint story's: the JSON pitfall and the service.
 */
public interface OnFingerprintInput extends Story<FingerprintInput> {
    /** The story whose input and output lines these stories share. */
    FingerprintStory FINGERPRINT = new FingerprintStory();

    @Override
    default int units(FingerprintInput input) {
        return FINGERPRINT.units(input);
    }

    @Override
    default Class<FingerprintInput> inputType() {
        return FingerprintInput.class;
    }

    /** {@code <file> <fingerprint>}, as the fingerprint story's lines. */
    @Override
    default List<String> describe(FingerprintInput input, Object output) {
        return FINGERPRINT.describe(input, output);
    }

    @Override
    default Object inputSummary(FingerprintInput input) {
        return FINGERPRINT.inputSummary(input);
    }
}
