package vn.ioc.report;

/** Text made safe for HTML element content and attribute values. */
final class Html {
    private Html() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
