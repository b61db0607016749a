package oxbench.stories.vowels;

import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.MeasurementNeeds;
import oxbench.story.Workload;

/** Counts the vowels of every word with one of two Java functions. */
record CountVowels(String id, ToIntFunction<String> count) implements Implementation<List<String>> {
    private static final Pattern VOWEL = Pattern.compile("[aeiou]");

    static int byLoop(String word) {
        int vowels = 0;
        for (int i = 0; i < word.length(); i++) {
            vowels += "aeiou".indexOf(word.charAt(i)) >= 0 ? 1 : 0;
        }
        return vowels;
    }

    static int byRegex(String word) {
        return (int) VOWEL.matcher(word).results().count();
    }

    @Override
    public String language() {
        return "java";
    }

    @Override
    public String runtime() {
        return "JVM, C2";
    }

    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.HOST);
    }

    @Override
    public Workload open(List<String> input) {
        return () -> input.stream().mapToInt(count).toArray();
    }
}
