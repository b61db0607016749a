package oxbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import oxbench.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench --help} lists every command with the first line of its description only. */
class HelpTextTest {
    @Test
    void everyCommandsFirstDescriptionLineIsAWholeSentence() {
        CommandLine bench = new CommandLine(new Main());
        bench.getSubcommands().forEach((name, command) -> {
            // picocli lists a command by its header's first line, or else its description's.
            String[] header = command.getCommandSpec().usageMessage().header();
            String[] description = header.length > 0 ? header : command.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, name + " has a description");
            String first = description[0].strip();
            assertTrue(Character.isUpperCase(first.charAt(0)) && first.matches(".*[.?!]$"),
                    name + ": the command list shows \"" + first + "\", which is not a whole sentence");
        });
        String help = Cli.bench("--help").out();
        assertTrue(help.contains("proposal   Write a migration proposal in Markdown from one run's evidence."), help);
    }
}
