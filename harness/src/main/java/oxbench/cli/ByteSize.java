package oxbench.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size in bytes as a user writes it: {@code 500000}, {@code 512k}, {@code 4M}, {@code 1G} (1024-based). */
final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (!text.isEmpty()) {
            switch (text.charAt(text.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> { }
            }
        }
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        try {
            long number = Long.parseLong(digits);
            if (number < 1) {
                throw new TypeConversionException("'" + value + "' is not a size of at least 1 byte");
            }
            return Math.multiplyExact(number, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException("'" + value + "' is not a size in bytes (e.g. 500000, 512k, 4M)");
        }
    }
}
