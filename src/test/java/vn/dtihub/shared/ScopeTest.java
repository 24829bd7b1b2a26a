package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aSubtreeScopeCoversItsUnitsDescendantsAndPredecessorsOnly() {
        Scope thanhHoa = new Scope(false, List.of("current/38/", "pre2025/38/"), true, null);
        assertThat(thanhHoa.coversUnit("current/38/")).isTrue();
        assertThat(thanhHoa.coversUnit("current/38/16645/")).isTrue();
        assertThat(thanhHoa.coversUnit("pre2025/38/407/16642/")).isTrue();
        assertThat(thanhHoa.coversUnit("current/51/")).isFalse();
        // A code that merely starts with the same digits is another province.
        assertThat(thanhHoa.coversUnit("current/380/")).isFalse();
        assertThat(thanhHoa.likePatterns()).containsExactly("current/38/%", "pre2025/38/%");
    }

    @Test
    void aSeatScopeCoversOnlyItsOwnUnitOrAgency() {
        Scope reporter = new Scope(false, List.of("current/38/16645/"), false, null);
        assertThat(reporter.coversUnit("current/38/16645/")).isTrue();
        assertThat(reporter.coversUnit("current/38/")).isFalse();
        Scope agencyReporter = new Scope(false, List.of(), false, 7L);
        assertThat(agencyReporter.coversAgency(7, "pre2025/38/407/")).isTrue();
        assertThat(agencyReporter.coversAgency(8, "pre2025/38/407/")).isFalse();
        assertThat(agencyReporter.coversUnit("pre2025/38/407/")).isFalse();
    }

    @Test
    void theNationalScopeCoversEverything() {
        assertThat(Scope.everything().coversUnit("current/01/00004/")).isTrue();
        assertThat(Scope.everything().coversAgency(1, null)).isTrue();
    }
}
