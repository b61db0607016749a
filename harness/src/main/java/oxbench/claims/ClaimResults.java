package oxbench.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import oxbench.results.Format;
import oxbench.results.Json;
import oxbench.summary.Table;
import oxbench.story.Claim;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.story.Story;
import oxbench.summary.ClaimResult;
import oxbench.summary.Verdict;

/** Claims checked and written the one way summary.json keeps them, whatever their kind. */
public final class ClaimResults {
    private ClaimResults() {}

    /**
     * Checks {@code claim} on {@code evidence}: the outcome as it reads, with its own fields as {@code data}.
     * A rule that throws, or presents its outcome under another kind or without a verdict, does not stop
     * the run: the claim is inconclusive, with why in its warnings.
     */
    public static <O extends ClaimOutcome> ClaimResult judge(Claim<O> claim, Evidence evidence) {
        ClaimResult result;
        try {
            result = of(claim.judge(evidence));
        } catch (RuntimeException e) {
            return unchecked(claim, "its rule failed: " + e.getClass().getSimpleName() + ": " + Format.oneLine(e));
        }
        if (!claim.kind().name().equals(result.kind())) {
            return unchecked(claim, "its rule presented a claim of kind '" + result.kind() + "'");
        }
        if (result.verdict() == null) {
            return unchecked(claim, "its rule gave no verdict");
        }
        return result;
    }

    /** A claim whose rule could not check it, said as such. */
    private static ClaimResult unchecked(Claim<?> claim, String why) {
        return new ClaimResult(claim.kind().name(), claim.describe(), Verdict.INCONCLUSIVE, "not checked: " + why,
                claim.source(), claim.impls(), List.of("the claim could not be checked: " + why),
                List.of(new Table("Claims that could not be checked", Table.cells(claim.source()), null,
                        List.of("claim", "why"), List.of(Table.cells(claim.describe(), why)), List.of())),
                null, null, Json.MAPPER.createObjectNode());
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
     * @param reader   how summaries are read (strictly: no number that is not finite)
     * @param evidence the story's rows as the summary has them, for what format 0 did not record
     * @throws IllegalArgumentException when the claim's fields do not fit its kind
     */
    public static ClaimResult upgrade(ObjectNode claim, Map<String, Class<? extends ClaimOutcome>> kinds,
            com.fasterxml.jackson.databind.ObjectMapper reader, Evidence evidence) {
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
            return of(outcome.completed(evidence));
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("a " + kind + " claim lacks a field its kind needs (its verdict?)", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
