package oxbench.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import oxbench.results.Json;

/** How {@code bench compare} writes a comparison: Markdown for people, JSON for machines. */
public enum ComparisonFormat {
    MARKDOWN {
        @Override
        public String render(RunComparison comparison) {
            return ComparisonMarkdown.render(comparison);
        }
    },
    JSON {
        @Override
        public String render(RunComparison comparison) {
            try {
                return Json.MAPPER.writeValueAsString(comparison) + System.lineSeparator();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the comparison as JSON", e);
            }
        }
    };

    public abstract String render(RunComparison comparison);
}
