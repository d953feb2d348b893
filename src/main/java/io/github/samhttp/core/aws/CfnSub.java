package io.github.samhttp.core.aws;

import java.util.Map;
import java.util.function.Function;

/** CloudFormation's {@code Fn::Sub} on a string: {@code ${Name}} from the variables, <code>${!}</code> for a literal. */
public final class CfnSub {

    private CfnSub() {
    }

    /** Substitutes; fails on a reference that the variables do not define. */
    public static String resolve(String template, Map<String, String> variables) {
        return resolve(template, name -> {
            if (!variables.containsKey(name)) {
                throw new IllegalArgumentException("Fn::Sub would resolve ${" + name + "} from the stack");
            }
            return variables.get(name);
        });
    }

    /** Substitutes each {@code ${Name}} with {@code lookup.apply(Name)}. */
    public static String resolve(String template, Function<String, String> lookup) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int start = template.indexOf("${", i);
            if (start < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, start);
            if (template.startsWith("${!", start)) {
                out.append("${");
                i = start + 3;
                continue;
            }
            int end = template.indexOf('}', start);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed ${ in Fn::Sub");
            }
            out.append(lookup.apply(template.substring(start + 2, end)));
            i = end + 1;
        }
        return out.toString();
    }
}
