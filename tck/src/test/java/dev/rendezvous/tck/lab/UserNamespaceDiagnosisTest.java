package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserNamespaceDiagnosisTest {
    private static String explain(boolean root, Map<String, String> sysctls) {
        return UserNamespaceDiagnosis.explain(
                "unshare: unshare failed: Operation not permitted",
                root,
                name -> Optional.ofNullable(sysctls.get(name)));
    }

    @Test
    void namesTheDebianSwitch() {
        assertThat(explain(false, Map.of("kernel.unprivileged_userns_clone", "0", "user.max_user_namespaces", "100")))
                .isEqualTo("unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone=0)");
    }

    @Test
    void namesTheNamespaceLimit() {
        assertThat(explain(true, Map.of("user.max_user_namespaces", "0")))
                .isEqualTo("user namespaces are disabled (user.max_user_namespaces=0)");
    }

    @Test
    void namesTheAppArmorRestriction() {
        assertThat(explain(false, Map.of("kernel.apparmor_restrict_unprivileged_userns", "1")))
                .isEqualTo("AppArmor restricts unprivileged user namespaces "
                        + "(kernel.apparmor_restrict_unprivileged_userns=1)");
    }

    @Test
    void settingsForUnprivilegedUsersDoNotExplainRootsFailure() {
        assertThat(explain(true, Map.of("kernel.unprivileged_userns_clone", "0")))
                .isEqualTo(
                        "unshare --user --map-root-user --net failed: unshare: unshare failed: Operation not permitted");
    }
}
