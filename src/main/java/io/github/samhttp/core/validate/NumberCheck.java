package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.shape.Key;
import io.github.samhttp.core.shape.Shape;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape check of numbers: whole and decimal, in range, written as numbers (not quoted, no unit). */
final class NumberCheck {

    /** A number followed by a unit: {@code 10s}, {@code 5 minutes}. */
    private static final Pattern WITH_UNIT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]+)\\s*");

    private final FieldReader fields;

    NumberCheck(FieldReader fields) {
        this.fields = fields;
    }

    boolean whole(String field, JsonNode node, Shape.Whole whole, Key key) {
        String range = "a whole number from " + whole.min() + " to " + whole.max();
        String example = FieldReader.leaf(field) + ": " + ShapeMessages.example(key, Integer.toString(whole.min()));
        if (node.isTextual()) {
            return numberAsText(field, node.asText(), whole.unit(), example);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < whole.min()
                || node.intValue() > whole.max()) {
            fields.addProblem(field, fields.raw(field, node), "must be " + range + (whole.unit() == null ? ""
                    : " (" + whole.unit() + ")"), "write a number in that range, e.g. '" + example + "'");
            return false;
        }
        return true;
    }

    boolean decimal(String field, JsonNode node, Shape.Decimal decimal, Key key) {
        String example = FieldReader.leaf(field) + ": " + ShapeMessages.example(key, decimal.min().toPlainString());
        if (node.isTextual()) {
            return numberAsText(field, node.asText(), null, example);
        }
        BigDecimal value = node.isNumber() ? node.decimalValue() : null;
        if (value == null || value.compareTo(decimal.min()) < 0 || value.compareTo(decimal.max()) > 0) {
            fields.addProblem(field, fields.raw(field, node), "must be a number from " + decimal.min() + " to "
                    + decimal.max(), "write a number in that range, e.g. '" + example + "'");
            return false;
        }
        return true;
    }

    /** A number written as text: quoted, or with a unit the key already names. */
    private boolean numberAsText(String field, String text, String unit, String example) {
        Matcher withUnit = WITH_UNIT.matcher(text);
        if (withUnit.matches()) {
            fields.addProblem(field, text, "must be a plain number" + (unit == null ? "" : " of " + unit)
                    + ", without a unit", "write '" + FieldReader.leaf(field) + ": " + withUnit.group(1) + "'");
        } else if (ShapeMessages.NUMBER.matcher(text).matches()) {
            fields.addProblem(field, text, "must be a number, not quoted text", "remove the quotes: '"
                    + FieldReader.leaf(field) + ": " + text.strip() + "'");
        } else {
            fields.addProblem(field, text, "must be a number", "write e.g. '" + example + "'");
        }
        return false;
    }
}
