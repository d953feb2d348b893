package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Choice rules: And, Or, Not; the Is* type tests; string, numeric and boolean comparisons, each also in its
 * {@code ...Path} form; StringMatches with {@code *} wildcards. Timestamp comparisons are not supported locally.
 */
final class ChoiceRules {

    private ChoiceRules() {
    }

    static boolean matches(JsonNode rule, JsonNode input) throws StatesError {
        if (rule.has("And")) {
            for (JsonNode part : rule.get("And")) {
                if (!matches(part, input)) {
                    return false;
                }
            }
            return true;
        }
        if (rule.has("Or")) {
            for (JsonNode part : rule.get("Or")) {
                if (matches(part, input)) {
                    return true;
                }
            }
            return false;
        }
        if (rule.has("Not")) {
            return !matches(rule.get("Not"), input);
        }
        String variable = rule.path("Variable").asText();
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String operator = names.next();
            if (operator.equals("Variable") || operator.equals("Next") || operator.equals("Comment")) {
                continue;
            }
            return compare(operator, variable, rule.get(operator), input);
        }
        throw new StatesError(StatesError.RUNTIME, "Choice rule without a comparison: " + rule);
    }

    private static boolean compare(String operator, String variable, JsonNode expected, JsonNode input)
            throws StatesError {
        boolean present = Paths.exists(input, variable);
        switch (operator) {
            case "IsPresent":
                return present == expected.asBoolean();
            case "IsNull":
                return (present && Paths.read(input, variable).isNull()) == expected.asBoolean();
            case "IsString":
                return (present && Paths.read(input, variable).isTextual()) == expected.asBoolean();
            case "IsNumeric":
                return (present && Paths.read(input, variable).isNumber()) == expected.asBoolean();
            case "IsBoolean":
                return (present && Paths.read(input, variable).isBoolean()) == expected.asBoolean();
            default:
                break;
        }
        JsonNode value = Paths.read(input, variable);
        String base = operator.endsWith("Path") ? operator.substring(0, operator.length() - 4) : operator;
        JsonNode other = operator.endsWith("Path") ? Paths.read(input, expected.asText()) : expected;
        if (base.startsWith("String")) {
            if (!value.isTextual()) {
                return false;
            }
            if (base.equals("StringMatches")) {
                return wildcard(other.asText()).matcher(value.asText()).matches();
            }
            return order(base.substring("String".length()), value.asText().compareTo(other.asText()));
        }
        if (base.startsWith("Numeric")) {
            return value.isNumber() && other.isNumber()
                    && order(base.substring("Numeric".length()), value.decimalValue().compareTo(other.decimalValue()));
        }
        if (base.equals("BooleanEquals")) {
            return value.isBoolean() && value.asBoolean() == other.asBoolean();
        }
        throw new StatesError(StatesError.RUNTIME, "Choice operator " + operator + " is not supported locally");
    }

    private static boolean order(String relation, int comparison) throws StatesError {
        switch (relation) {
            case "Equals":
                return comparison == 0;
            case "LessThan":
                return comparison < 0;
            case "LessThanEquals":
                return comparison <= 0;
            case "GreaterThan":
                return comparison > 0;
            case "GreaterThanEquals":
                return comparison >= 0;
            default:
                throw new StatesError(StatesError.RUNTIME, "unknown comparison " + relation);
        }
    }

    private static Pattern wildcard(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
