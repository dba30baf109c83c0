package dev.rendezvous.tck.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Explains why {@code unshare --user --net} failed, from the kernel settings that forbid
 * unprivileged user namespaces on the usual distributions.
 */
final class UserNamespaceDiagnosis {
    private UserNamespaceDiagnosis() {}

    /** The explanation, reading the settings from {@code /proc/sys}. */
    static String explain(String failure, boolean root) {
        return explain(failure, root, UserNamespaceDiagnosis::readSysctl);
    }

    /**
     * The explanation: the first setting that forbids user namespaces, named with its value,
     * else the failure as {@code unshare} reported it.
     *
     * @param failure what {@code unshare} printed
     * @param root    whether the caller is root (the settings for unprivileged users do not apply)
     * @param sysctl  reads a setting by its dotted name
     */
    static String explain(String failure, boolean root, Function<String, Optional<String>> sysctl) {
        if (!root
                && sysctl.apply("kernel.unprivileged_userns_clone")
                        .filter("0"::equals)
                        .isPresent()) {
            return "unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone=0)";
        }
        if (sysctl.apply("user.max_user_namespaces").filter("0"::equals).isPresent()) {
            return "user namespaces are disabled (user.max_user_namespaces=0)";
        }
        if (!root
                && sysctl.apply("kernel.apparmor_restrict_unprivileged_userns")
                        .filter("1"::equals)
                        .isPresent()) {
            return "AppArmor restricts unprivileged user namespaces "
                    + "(kernel.apparmor_restrict_unprivileged_userns=1)";
        }
        return "unshare --user --map-root-user --net failed: " + failure;
    }

    private static Optional<String> readSysctl(String name) {
        Path file = Path.of("/proc/sys", name.split("\\."));
        try {
            return Optional.of(Files.readString(file).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
