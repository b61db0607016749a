package oxbench.summary;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One claim of the guide, checked against a run's measurements, in the form every reader shares:
 * what kind it is, its verdict and finding in words, the implementations it is about, its own
 * fields ({@code data}) and the tables that explain it. Renderers draw {@link #tables} and never ask
 * which kind a claim is.
 *
 * <p>The kind's own fields are also written at the claim's top level, where summary.json format 0
 * had them (a speedup claim's {@code measured_speedup}, {@code low}, {@code high}), so that readers
 * of format 0 keep working; {@code data} is where format 1 readers find them.
 *
 * @param kind         which rule checked it, e.g. {@code speedup}; its story owns the rule (absent from
 *                     speedup claims of format 0, which readers upgrade)
 * @param title        the claim in a few words, e.g. {@code rust@ffm vs python@graalpy}
 * @param finding      what was measured, in one sentence, or null
 * @param source       what the guide says, quoted
 * @param impls        the implementations the claim is about (it is checked only when all of them ran)
 * @param warnings     what makes the verdict less than it seems (a side below the timer's resolution,
 *                     an unsettled row); empty when nothing does
 * @param tables       how the claim is shown (see {@link Table})
 * @param marks        points the scaling charts mark for this claim (e.g. a crossover); often empty
 * @param complexities what the claim found about the implementations' algorithms; often empty
 * @param data         the kind's own fields, as its rule wrote them
 */
@JsonIgnoreProperties(ignoreUnknown = true) // the top-level copy of data's fields (see above)
@JsonPropertyOrder({"kind", "title", "verdict", "finding", "source", "impls", "warnings", "tables", "marks", "complexities", "data"})
public record ClaimResult(
        String kind,
        String title,
        Verdict verdict,
        String finding,
        String source,
        List<String> impls,
        List<String> warnings,
        List<Table> tables,
        List<Mark> marks,
        List<Complexity> complexities,
        ObjectNode data) {
    /** The generic fields' names, which the top-level copy of {@code data} never overwrites. */
    public static final Set<String> GENERIC_FIELDS = Set.of("kind", "title", "verdict", "finding", "source", "impls",
            "warnings", "tables", "marks", "complexities", "data");

    public ClaimResult {
        impls = impls == null ? List.of() : List.copyOf(impls);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        tables = tables == null ? List.of() : List.copyOf(tables);
        marks = marks == null ? List.of() : List.copyOf(marks);
        complexities = complexities == null ? List.of() : List.copyOf(complexities);
    }

    /** This result with {@code data} as its own fields. */
    public ClaimResult withData(ObjectNode data) {
        return new ClaimResult(kind, title, verdict, finding, source, impls, warnings, tables, marks, complexities, data);
    }

    /** The kind's fields again at the top level, as in format 0 (never a generic field's name). */
    @JsonAnyGetter
    Map<String, JsonNode> topLevelCopyOfData() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        if (data != null) {
            data.properties().forEach(field -> {
                if (!GENERIC_FIELDS.contains(field.getKey())) {
                    copy.put(field.getKey(), field.getValue());
                }
            });
        }
        return copy;
    }
}
