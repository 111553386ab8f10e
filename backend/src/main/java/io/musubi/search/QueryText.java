package io.musubi.search;

/** Makes arbitrary user input safe to send as query text: no lone surrogates, controls or highlight markers. */
final class QueryText {
    private QueryText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                text.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                text.append('\uFFFD');
            } else if (Character.isISOControl(c) || c == Highlights.PRE.charAt(0)
                    || c == Highlights.POST.charAt(0)) {
                text.append(' ');
            } else {
                text.append(c);
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }
}
