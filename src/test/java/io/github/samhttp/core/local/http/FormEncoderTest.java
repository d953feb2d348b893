package io.github.samhttp.core.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The examples of AWS's "Applying URL-encoding on request body" (call-https-apis), on the wire. */
class FormEncoderTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "INDICES  | array[0]=a&array[1]=b&array[2]=c&array[3]=d",
        "REPEAT   | array=a&array=b&array=c&array=d",
        "COMMAS   | array=a,b,c,d",
        "BRACKETS | array[]=a&array[]=b&array[]=c&array[]=d"})
    void arraysAreEncodedAsAwsDocuments(String format, String documented) throws Exception {
        String encoded = FormEncoder.encode(JSON.readTree("{\"array\": [\"a\", \"b\", \"c\", \"d\"]}"), format);

        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(documented);
        assertThat(encoded).doesNotContain("[", "]");
    }

    @Test
    void theStripeExampleOfTheDocsMatchesOnTheWire() throws Exception {
        String encoded = FormEncoder.encode(JSON.readTree("{\"description\": \"Monthly subscription\", "
                + "\"metadata\": {\"order_details\": \"monthly report data\"}, \"customer\": \"1234567890\"}"), "INDICES");

        assertThat(encoded).isEqualTo("description=Monthly%20subscription"
                + "&metadata%5Border_details%5D=monthly%20report%20data&customer=1234567890");
    }

    @Test
    void specialCharactersArePercentEncoded() throws Exception {
        assertThat(FormEncoder.encode(JSON.readTree("{\"k&=\": \"a+b c/d?\u00e9\", \"n\": 1, \"z\": null}"), "INDICES"))
                .isEqualTo("k%26%3D=a%2Bb%20c%2Fd%3F%C3%A9&n=1&z=");
    }
}
