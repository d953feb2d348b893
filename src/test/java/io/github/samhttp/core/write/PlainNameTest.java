package io.github.samhttp.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainNameTest {

    /** The rule as a regular expression: what a YAML key may be written as without quotes. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z/_][A-Za-z0-9_./:-]*");
    private static final String ALPHABET = "aZ/_09.:-+ é\t\"'#{}[]!&*@`%,?|>~=$x";

    @Test
    void theHandWrittenCheckAgreesWithTheRegularExpression() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertThat(Serializers.plainName(name.toString())).as("'%s'", name)
                    .isEqualTo(PLAIN_NAME.matcher(name).matches());
        }
        assertThat(Serializers.plainName("AWS::Serverless::Function")).isTrue();
        assertThat(Serializers.plainName("/sms/{id}")).isFalse();
        assertThat(Serializers.plainName("1x")).isFalse();
    }
}
