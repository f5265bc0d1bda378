package dev.jdaguide.site.generate;

/** Writes JSON string literals; the generated files are small enough that a JSON library would add only weight. */
final class Json {

    private Json() {
    }

    /** Returns {@code value} as a quoted JSON string, escaped so it is also safe inside an HTML script element. */
    static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                // "</script>" or "<!--" inside a string would end or confuse a script element.
                case '<' -> json.append("\\u003c");
                // U+2028 and U+2029 are valid in JSON but end a line in older JavaScript engines.
                case '\u2028' -> json.append("\\u2028");
                case '\u2029' -> json.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
