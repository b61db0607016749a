package oxbench.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import oxbench.results.Json;
import oxbench.story.Claim;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.story.Story;
import oxbench.summary.ClaimResult;
import oxbench.summary.Verdict;

/** Claims checked and written the one way summary.json keeps them, whatever their kind. */
public final class ClaimResults {
    private ClaimResults() {}

    /** Checks {@code claim} on {@code evidence}: the outcome as it reads, with its own fields as {@code data}. */
    public static <O extends ClaimOutcome> ClaimResult judge(Claim<O> claim, Evidence evidence) {
        return of(claim.judge(evidence));
    }

    /** An outcome as summary.json keeps it. */
    public static ClaimResult of(ClaimOutcome outcome) {
        return outcome.present().withData(Json.MAPPER.valueToTree(outcome));
    }

    /** Every claim kind the registered stories make: its name and the type its rule's outcome has. */
    public static Map<String, Class<? extends ClaimOutcome>> kinds(Iterable<? extends Story<?>> stories) {
        Map<String, Class<? extends ClaimOutcome>> kinds = new LinkedHashMap<>();
        for (Story<?> story : stories) {
            for (Claim<?> claim : story.claims()) {
                Class<? extends ClaimOutcome> type = claim.kind().outcomeType();
                Class<? extends ClaimOutcome> known = kinds.putIfAbsent(claim.kind().name(), type);
                if (known != null && known != type) {
                    throw new IllegalStateException("claim kind '" + claim.kind().name() + "' has two outcome types: "
                            + known.getName() + " and " + type.getName());
                }
            }
        }
        return kinds;
    }

    /**
     * A claim of summary.json format 0, which had only its kind's fields (and {@code kind}, absent for
     * speedups), in format 1: read as its kind's outcome and presented as today's runs are. A kind no
     * registered story makes any more keeps its verdict, finding and source, and no tables.
     *
     * @param reader how summaries are read (strictly: no number that is not finite)
     * @throws IllegalArgumentException when the claim's fields do not fit its kind
     */
    public static ClaimResult upgrade(ObjectNode claim, Map<String, Class<? extends ClaimOutcome>> kinds,
            com.fasterxml.jackson.databind.ObjectMapper reader) {
        String kind = claim.path("kind").asText(SpeedupClaim.KIND.name());
        ObjectNode fields = claim.deepCopy();
        fields.remove("kind");
        Class<? extends ClaimOutcome> type = kinds.get(kind);
        if (type == null) {
            JsonNode verdict = claim.get("verdict");
            return new ClaimResult(kind, kind, verdict == null ? Verdict.INCONCLUSIVE : Verdict.of(verdict.asText()),
                    text(claim, "finding"), text(claim, "source"), null, null, null, null, null, fields);
        }
        ClaimOutcome outcome;
        try {
            outcome = reader.treeToValue(fields, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("a " + kind + " claim does not have its kind's fields: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        try {
            return of(outcome);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("a " + kind + " claim lacks a field its kind needs (its verdict?)", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
