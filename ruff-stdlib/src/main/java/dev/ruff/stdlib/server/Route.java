package dev.ruff.stdlib.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One {@code server.route(method, path, handler)}: a method, a path with optional {@code :param} segments, a callable. */
record Route(String method, String path, Object handler) {

    Route {
        method = method.toUpperCase(Locale.ROOT);
    }

    boolean isPattern() {
        return path.contains("/:");
    }

    /** The {@code :param} values when {@code requestPath} matches this pattern, else {@code null}. */
    Map<String, String> match(String requestPath) {
        String[] want = path.split("/", -1);
        String[] got = requestPath.split("/", -1);
        if (want.length != got.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith(":") && want[i].length() > 1) {
                if (got[i].isEmpty()) {
                    return null;
                }
                params.put(want[i].substring(1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return params;
    }
}
