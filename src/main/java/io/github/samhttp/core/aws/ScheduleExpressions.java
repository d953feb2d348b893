package io.github.samhttp.core.aws;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schedule expressions and time zones as EventBridge Scheduler takes them, checked field by field so that the
 * deploy does not fail on them: {@code rate(value unit)}, {@code cron(minutes hours day-of-month month day-of-week
 * year)} and {@code at(yyyy-mm-ddThh:mm:ss)}.
 */
public final class ScheduleExpressions {

    private static final Pattern RATE = Pattern.compile("rate\\(([0-9]+) ([a-z]+)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern AT = Pattern.compile("at\\((.*)\\)");
    private static final DateTimeFormatter AT_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    public static final String FORMS = "'rate(5 minutes)', 'cron(0 12 * * ? *)' (minutes hours day-of-month month"
            + " day-of-week year) or 'at(2030-01-01T09:00:00)'";

    /** One cron field: its name, range, and the special characters it takes besides {@code , - * /}. */
    private record Field(String name, int min, int max, List<String> names, String special) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("minutes", 0, 59, List.of(), ""),
            new Field("hours", 0, 23, List.of(), ""),
            new Field("day-of-month", 1, 31, List.of(), "?LW"),
            new Field("month", 1, 12, MONTHS, ""),
            new Field("day-of-week", 1, 7, DAYS, "?L#"),
            new Field("year", 1970, 2199, List.of(), ""));

    private ScheduleExpressions() {
    }

    /**
     * The fix for an expression {@link #problem} refused: the expression corrected where one change makes it right
     * (a rate's unit, the '?' of day-of-month or day-of-week), else the three forms.
     */
    public static String fix(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches() && rate.group(1).matches("[1-9][0-9]{0,8}")) {
            String singular = rate.group(2).endsWith("s") ? rate.group(2).substring(0, rate.group(2).length() - 1)
                    : rate.group(2);
            if (List.of("minute", "hour", "day").contains(singular)) {
                return "write 'rate(" + rate.group(1) + " " + singular + (rate.group(1).equals("1") ? "" : "s") + ")'";
            }
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            String[] parts = cron.group(1).strip().split("\\s+");
            if (parts.length == 6 && !parts[2].equals("?") && !parts[4].equals("?")) {
                int free = parts[4].equals("*") ? 4 : 2;
                parts[free] = "?";
                String fixed = "cron(" + String.join(" ", parts) + ")";
                if (problem(fixed) == null) {
                    return "write '" + fixed + "'";
                }
            }
        }
        return "write " + FORMS;
    }

    /** What is wrong with the expression, or null when EventBridge Scheduler takes it. */
    public static String problem(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            return rate(rate.group(1), rate.group(2));
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            return cron(cron.group(1).strip());
        }
        Matcher at = AT.matcher(expression);
        if (at.matches()) {
            try {
                LocalDateTime.parse(at.group(1), AT_FORMAT);
                return null;
            } catch (DateTimeParseException e) {
                return at.group(1).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")
                        ? "'" + at.group(1) + "' is not a date and time that exists"
                        : "an at() expression takes yyyy-mm-ddThh:mm:ss";
            }
        }
        return "not a schedule expression";
    }

    private static String rate(String value, String unit) {
        if (value.startsWith("0") || value.length() > 9) {
            return "the rate must be a whole number of 1 or more";
        }
        List<String> units = List.of("minute", "hour", "day");
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        if (!units.contains(singular)) {
            return "'" + unit + "' is not a unit of rate(): use minutes, hours or days";
        }
        boolean one = value.equals("1");
        if (one != unit.equals(singular)) {
            return one ? "a rate of 1 takes the singular: rate(1 " + singular + ")"
                    : "a rate above 1 takes the plural: rate(" + value + " " + singular + "s)";
        }
        return null;
    }

    private static String cron(String body) {
        String[] parts = body.split("\\s+");
        if (parts.length != 6) {
            return "a cron expression has six fields (minutes hours day-of-month month day-of-week year), this one"
                    + " has " + parts.length;
        }
        for (int i = 0; i < 6; i++) {
            String problem = field(FIELDS.get(i), parts[i].toUpperCase(Locale.ROOT));
            if (problem != null) {
                return problem;
            }
        }
        boolean domAny = parts[2].equals("?");
        boolean dowAny = parts[4].equals("?");
        if (domAny == dowAny) {
            return domAny ? "day-of-month and day-of-week cannot both be '?'"
                    : "one of day-of-month and day-of-week must be '?' (EventBridge takes a day from one of them)";
        }
        return null;
    }

    private static String field(Field field, String text) {
        if (text.equals("?")) {
            return field.special().contains("?") ? null : "'?' is only for day-of-month or day-of-week";
        }
        String[] items = text.split(",", -1);
        if (text.contains("#") && items.length > 1) {
            return "with '#', day-of-week takes one expression, not a list";
        }
        for (String item : items) {
            if (!item(field, item)) {
                return "'" + text + "' is not a valid " + field.name() + " field (" + field.min() + "-" + field.max()
                        + (field.names().isEmpty() ? "" : " or " + field.names().get(0) + "-"
                        + field.names().get(field.names().size() - 1)) + ", with , - * /"
                        + (field.special().isEmpty() ? "" : " " + String.join(" ",
                        field.special().replace("?", "").split(""))) + ")";
            }
        }
        return null;
    }

    private static boolean item(Field field, String item) {
        if (item.isEmpty()) {
            return false;
        }
        String special = field.special();
        if (special.contains("L") && (item.equals("L") || item.equals("LW") && special.contains("W"))) {
            return true;
        }
        if (special.contains("W") && item.endsWith("W")) {
            return value(field, item.substring(0, item.length() - 1));
        }
        if (special.contains("L") && item.endsWith("L") && field.name().equals("day-of-week")) {
            return value(field, item.substring(0, item.length() - 1));
        }
        if (special.contains("L") && item.startsWith("L-") && field.name().equals("day-of-month")) {
            return item.substring(2).matches("[0-9]{1,2}") && Integer.parseInt(item.substring(2)) <= 30;
        }
        if (special.contains("#") && item.contains("#")) {
            String[] parts = item.split("#", -1);
            return parts.length == 2 && value(field, parts[0]) && parts[1].matches("[1-5]");
        }
        String[] step = item.split("/", -1);
        if (step.length > 2) {
            return false;
        }
        if (step.length == 2 && !(step[1].matches("[0-9]{1,4}") && Integer.parseInt(step[1]) >= 1)) {
            return false;
        }
        String base = step[0];
        if (base.equals("*")) {
            return true;
        }
        String[] range = base.split("-", -1);
        if (range.length == 2) {
            return value(field, range[0]) && value(field, range[1]);
        }
        return range.length == 1 && value(field, base);
    }

    private static boolean value(Field field, String text) {
        if (field.names().contains(text)) {
            return true;
        }
        if (!text.matches("[0-9]{1,4}")) {
            return false;
        }
        int value = Integer.parseInt(text);
        return value >= field.min() && value <= field.max();
    }

    /** Whether the tz database (as the JDK has it) knows the zone. */
    public static boolean knownZone(String zone) {
        return zone.equals("UTC") || ZoneId.getAvailableZoneIds().contains(zone);
    }

    /** The zones of the tz database, as the JDK has it. */
    public static java.util.Set<String> zones() {
        return ZoneId.getAvailableZoneIds();
    }
}
