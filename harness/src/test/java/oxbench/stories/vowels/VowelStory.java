package oxbench.stories.vowels;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import oxbench.story.Claim;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Story;
import oxbench.story.Warnings;

/** The example of docs/adding-a-story.md: how many vowels each word of a list has. */
public final class VowelStory implements Story<List<String>> {
    @Override
    public String id() {
        return "vowels";
    }

    @Override
    public String title() {
        return "Vowels per word";
    }

    @Override
    public String unitOfWork() {
        return "word";
    }

    @Override
    public String baseline() {
        return "java@loop";
    }

    @Override
    public List<Implementation<List<String>>> implementations() {
        return List.of(new CountVowels("java@loop", CountVowels::byLoop), new CountVowels("java@regex", CountVowels::byRegex));
    }

    @Override
    public List<Claim<?>> claims() {
        return List.of(new AtMostSlowerClaim("java@regex", "java@loop", 50, "a made-up guide: regexes cost at most 50x"));
    }

    @Override
    public List<String> prepare(InputOptions options, Warnings warnings) {
        Random random = new Random(16);
        int words = options.quick() ? 1_000 : 10_000;
        return IntStream.range(0, words)
                .mapToObj(i -> random.ints(3 + random.nextInt(8), 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .toList();
    }

    @Override
    public int units(List<String> input) {
        return input.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<List<String>> inputType() {
        return (Class<List<String>>) (Class<?>) List.class;
    }

    @Override
    public List<String> describe(List<String> input, Object output) {
        int[] counts = (int[]) output;
        return IntStream.range(0, counts.length).mapToObj(i -> input.get(i) + " " + counts[i]).toList();
    }

    @Override
    public Object inputSummary(List<String> input) {
        return Map.of("words", input.size(), "seed", 16);
    }
}
