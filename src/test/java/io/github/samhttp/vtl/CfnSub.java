package io.github.samhttp.vtl;

import java.util.Map;

/** CloudFormation's {@code Fn::Sub} on a string: {@code ${Name}} from the variables, {@code ${!} for a literal. */
public final class CfnSub {

    private CfnSub() {
    }

    /** Substitutes; fails on a reference that the variables do not define (CloudFormation would resolve it). */
    public static String resolve(String template, Map<String, String> variables) {
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
            String name = template.substring(start + 2, end);
            if (!variables.containsKey(name)) {
                throw new AssertionError("Fn::Sub would resolve ${" + name + "} from the stack");
            }
            out.append(variables.get(name));
            i = end + 1;
        }
        return out.toString();
    }
}
