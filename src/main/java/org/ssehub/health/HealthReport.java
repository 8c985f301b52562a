package org.ssehub.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A health answer in MicroProfile Health's JSON shape: {@code {"status":"UP","checks":[{"name":..,
 * "status":..,"data":{..}}]}}; the whole is UP only when every check is.
 */
final class HealthReport {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    private final List<Map<String, Object>> checks;

    HealthReport(List<Map<String, Object>> checks) {
        this.checks = List.copyOf(checks);
    }

    static Map<String, Object> check(String name, boolean up, Map<String, Object> data) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("name", name);
        check.put("status", up ? UP : DOWN);
        check.put("data", data);
        return check;
    }

    boolean up() {
        return checks.stream().allMatch(check -> UP.equals(check.get("status")));
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up() ? UP : DOWN);
        body.put("checks", checks);
        return body;
    }
}
