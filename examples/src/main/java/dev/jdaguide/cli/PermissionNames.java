package dev.jdaguide.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * Resolves permission names typed on the command line to JDA's {@link Permission} constants.
 *
 * <p>Accepted are JDA's constant names ({@code MESSAGE_SEND}) and the names Discord's app shows, from
 * {@link Permission#getName()} ({@code Send Messages}, also written {@code SEND_MESSAGES}), in any case and with
 * {@code -} or a space for {@code _}. Discord's API flag names differ from both for a few permissions
 * ({@code MANAGE_GUILD}), and those are not accepted.
 * A name that matches neither is rejected with the nearest valid names by edit distance.
 */
final class PermissionNames {

    private static final int MAX_SUGGESTIONS = 3;

    private final Map<String, Permission> byName = new LinkedHashMap<>();

    PermissionNames() {
        for (Permission permission : Permission.values()) {
            if (permission != Permission.UNKNOWN) {
                byName.put(permission.name(), permission);
            }
        }
        // JDA's constant names come first, so a display name never hides a constant of the same spelling.
        for (Permission permission : Permission.values()) {
            if (permission != Permission.UNKNOWN) {
                byName.putIfAbsent(normalize(permission.getName()), permission);
            }
        }
    }

    /**
     * Returns the permission with the given name.
     *
     * @throws IllegalArgumentException naming the value and the nearest valid names
     */
    Permission resolve(String name) {
        Permission permission = byName.get(normalize(name));
        if (permission != null) {
            return permission;
        }
        List<String> suggestions = suggestionsFor(name);
        String hint = suggestions.isEmpty() ? "" : " Did you mean " + joinAsChoices(suggestions) + "?";
        throw new IllegalArgumentException("Unknown permission \"" + name + "\"." + hint
                + " Run with --list-permissions to see every name.");
    }

    /** Returns the JDA constant names nearest to {@code name}, nearest first, or none when nothing is close. */
    List<String> suggestionsFor(String name) {
        String typed = normalize(name);
        // Allow about one typo per three characters, and at least two, so short names still get suggestions.
        int maxDistance = Math.max(2, typed.length() / 3);
        List<Map.Entry<String, Permission>> candidates = new ArrayList<>(byName.entrySet());
        candidates.sort(Comparator.comparingInt(entry -> EditDistance.between(typed, entry.getKey())));
        Set<String> suggestions = new LinkedHashSet<>();
        for (Map.Entry<String, Permission> candidate : candidates) {
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
            if (EditDistance.between(typed, candidate.getKey()) <= maxDistance) {
                suggestions.add(candidate.getValue().name());
            }
        }
        return List.copyOf(suggestions);
    }

    /** Returns every permission, in JDA's order. */
    List<Permission> all() {
        return byName.values().stream().distinct().toList();
    }

    static String normalize(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    static String joinAsChoices(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
