package dev.switchboard.rcingress.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How a completed import compares with the extensions known before it: new (not known), changed (see
 * {@link ExtensionFingerprint#changedSince}), unchanged, and gone (known, not listed any more). Pure.
 */
public record ImportDiff(List<String> created, List<String> changed, List<String> unchanged, List<String> gone) {

    public ImportDiff {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        gone = List.copyOf(gone);
    }

    /**
     * @param known extension id to fingerprint, as stored before the run
     * @param seen  extension id to fingerprint, as listed by the run
     */
    public static ImportDiff of(Map<String, ExtensionFingerprint> known, Map<String, ExtensionFingerprint> seen) {
        List<String> created = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        seen.forEach((id, fingerprint) -> {
            ExtensionFingerprint before = known.get(id);
            if (before == null) {
                created.add(id);
            } else if (fingerprint.changedSince(before)) {
                changed.add(id);
            } else {
                unchanged.add(id);
            }
        });
        List<String> gone = new ArrayList<>(known.keySet().stream().filter(id -> !seen.containsKey(id)).toList());
        Collections.sort(created);
        Collections.sort(changed);
        Collections.sort(unchanged);
        Collections.sort(gone);
        return new ImportDiff(created, changed, unchanged, gone);
    }
}
