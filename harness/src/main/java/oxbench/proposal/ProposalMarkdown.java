package oxbench.proposal;

import oxbench.summary.ClaimResult;

import oxbench.results.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import oxbench.proposal.Proposal.Applies;
import oxbench.proposal.Proposal.CheckItem;
import oxbench.proposal.Proposal.Reason;
import oxbench.report.MarkdownReport;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.report.Tables;

/** A {@link Proposal} as Markdown, following the guide's "Migration Checklist" and "When to Migrate". */
public final class ProposalMarkdown {
    private ProposalMarkdown() {}

    public static String render(Proposal p) {
        StringBuilder md = new StringBuilder();
        md.append("# Proposal: ").append(p.story()).append(" from ").append(p.from().impl()).append(" to ")
                .append(p.to().impl()).append("\n\n");
        md.append("> ").append(p.title()).append("\n\n");
        for (String warning : p.warnings()) {
            md.append("> **Warning**: ").append(warning).append("\n\n");
        }
        md.append("**Recommendation: ").append(p.recommendation().decision().label()).append("**: ")
                .append(p.recommendation().why()).append(".\n\n");

        md.append("## The evidence\n\n");
        md.append(MarkdownReport.table(List.of("", ""), evidence(p))).append('\n');
        md.append("Times are JMH averages per ").append(Format.unitOfWork(p.unit()))
                .append(" with their 99.9% confidence intervals; the speedup's interval is the widest ratio the two"
                        + " intervals allow. Nothing here was re-measured: every number is from the run's summary.json.\n\n");

        if (!p.overall().isEmpty()) {
            md.append("## The whole program (Amdahl's law)\n\n");
            md.append("With a share F of the program's time spent in this function and the function s times faster, the"
                    + " program becomes 1 / ((1 - F) + F / s) times faster; the interval carries the ends of s's interval through.\n\n");
            md.append(MarkdownReport.table(List.of("share F of the time in this function", "program speedup [interval]",
                    "program time saved"), p.overall().stream().map(o -> List.of(
                            Format.percent(o.share()) + (p.share() == null ? " (example)" : " (given by the proposer)"),
                            Format.speedupWithInterval(o.value(), o.low(), o.high()),
                            Format.percent(o.timeSaved()))).toList())).append('\n');
            if (p.share() == null) {
                md.append("No share was given (`--share F`): these are examples. Profile the program first.\n\n");
            }
        }

        if (!p.claims().isEmpty()) {
            md.append("## The guide's claim for this pair\n\n");
            for (ClaimResult claim : p.claims()) {
                md.append("- ").append(claim(claim)).append('\n');
            }
            md.append('\n');
        }

        md.append("## Migration Checklist\n\n");
        for (CheckItem item : p.checklist()) {
            md.append("- [").append(item.done() ? 'x' : ' ').append("] **").append(item.item()).append("**: ")
                    .append(item.evidence()).append('\n');
        }
        md.append('\n');

        md.append("## When to Migrate\n\n");
        md.append(String.format(Locale.ROOT, "Thresholds: the guide's own (>%.0f ms, >%s of the time); \"10%% improvement\""
                + " is taken as a whole-program speedup under %s. *Applies* is yes or no only when the whole interval is on"
                + " one side of the threshold.%n%n", Proposals.BOTTLENECK_MILLIS, Format.percent(Proposals.HOT_PATH_SHARE),
                Format.times(Proposals.WORTH_IT_OVERALL)));
        reasons(md, "DO migrate when", p.reasons().stream().filter(Reason::migrate).toList());
        reasons(md, "DON'T migrate when", p.reasons().stream().filter(r -> !r.migrate()).toList());

        Summary.RunInfo run = p.run();
        md.append("## Run\n\n");
        md.append(MarkdownReport.table(List.of("", ""), List.of(
                List.of("id", run.id() + " (" + p.runDir() + ")"),
                List.of("date", run.started() + (run.finished() == null ? " (not finished)" : " to " + run.finished())),
                List.of("commit", run.git()),
                List.of("machine", run.cpu() + ", " + run.cores() + " cores, " + run.os() + ", host " + run.host()),
                List.of("mode", run.mode() + " (default plan: " + Tables.plan(run.plan()) + ")"),
                List.of("guest runtime", run.runtime() + " (" + run.engine() + ")"),
                List.of("versions", "JDK " + run.jdk() + ", GraalVM polyglot " + run.graalvm() + ", JMH " + run.jmh()
                        + ", rustc " + run.rustc())))).append('\n');
        return md.toString();
    }

    private static List<List<String>> evidence(Proposal p) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("baseline (--from)", row(p.from(), p.unit())));
        rows.add(List.of("correctness", (p.correctness().same() ? "same output: " : "**NOT the same**: ") + p.correctness().account()));
        rows.add(List.of("candidate (--to)", row(p.to(), p.unit())));
        rows.add(List.of("speedup", p.speedup() == null ? "-"
                : Format.speedupWithInterval(p.speedup().value(), p.speedup().low(), p.speedup().high())));
        rows.add(List.of("time saved per " + Format.unitOfWork(p.unit()),
                p.savedPerUnit() == null ? "-" : Format.time(p.savedPerUnit(), p.unit())));
        return rows;
    }

    private static String row(ImplementationResult row, String unit) {
        String what = row.impl() + " (" + row.runtime() + ")";
        if (!row.measured()) {
            return what + ": " + row.status() + (row.message() == null ? "" : ": " + row.message());
        }
        return what + ": " + Proposals.timeWithInterval(row, unit)
                + (row.plan() == null ? "" : ", " + Tables.plan(row.plan()));
    }

    private static String claim(ClaimResult claim) {
        return claim.source() + ": " + claim.title() + " (**" + claim.verdict() + "**)"
                + (claim.finding() == null ? "" : ": " + claim.finding());
    }

    private static void reasons(StringBuilder md, String heading, List<Reason> reasons) {
        md.append("### ").append(heading).append("\n\n");
        md.append(MarkdownReport.table(List.of("the guide", "applies", "evidence"), reasons.stream()
                .map(r -> List.of(r.rule(), applies(r.applies()), r.evidence())).toList())).append('\n');
    }

    private static String applies(Applies applies) {
        return switch (applies) {
            case YES -> "**yes**";
            case NO -> "no";
            case UNKNOWN -> "unknown";
        };
    }
}
