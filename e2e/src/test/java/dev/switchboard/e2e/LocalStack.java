package dev.switchboard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system started the way a user starts it ({@code deploy/switchboard start}): a Kafka broker process,
 * PostgreSQL, the sandbox and every service as its own process, in a state folder under target/ and on ports
 * shifted by an offset so that it never meets a stack a developer runs.
 */
public final class LocalStack {

    static final int PORT_OFFSET = Integer.getInteger("switchboard.e2e.port-offset", 1000);

    private static LocalStack started;

    final Path root;
    final Path home;
    final Map<String, String> secrets;

    private LocalStack(Path root, Path home, Map<String, String> secrets) {
        this.root = root;
        this.home = home;
        this.secrets = secrets;
    }

    /** Starts the stack once per test JVM and stops it when the JVM ends. */
    public static synchronized LocalStack get() {
        if (started == null) {
            Path root = Path.of(System.getProperty("switchboard.root", "..")).toAbsolutePath().normalize();
            Path home = root.resolve("e2e/target/stack");
            // every run starts from nothing: no links, no breaker window, no offsets left by an earlier run
            run(root, home, "stop");
            deleteTree(home);
            run(root, home, "start");
            started = new LocalStack(root, home, readSecrets(home.resolve("secrets.env")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(root, home, "stop"), "stack-stop"));
            // the tests move many users and poll RingCentral; the clients' limiters are tested in their modules
            // and measured against the sandbox's real limits by the benchmarks
            SandboxControl sandbox = new SandboxControl(started);
            sandbox.rateLimits(false);
            // ready means the wiring is done too: ringcentral-ingress's webhook subscription exists
            String webhook = started.ringCentralIngress() + "/hooks/ringcentral";
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(500))
                    .until(() -> sandbox.subscriptions().toString().contains(webhook));
        }
        return started;
    }

    String sandbox() {
        return "http://127.0.0.1:" + (8090 + PORT_OFFSET);
    }

    String reconciler() {
        return "http://127.0.0.1:" + (8083 + PORT_OFFSET);
    }

    String ringCentralIngress() {
        return "http://127.0.0.1:" + (8082 + PORT_OFFSET);
    }

    String oktaIngress() {
        return "http://127.0.0.1:" + (8081 + PORT_OFFSET);
    }

    String kafka() {
        return "127.0.0.1:" + (19092 + PORT_OFFSET);
    }

    String secret(String name) {
        return secrets.get(name);
    }

    private static void run(Path root, Path home, String command) {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", root.resolve("deploy/switchboard").toString(), command))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = builder.environment();
        env.put("SWITCHBOARD_HOME", home.toString());
        env.put("SWITCHBOARD_PORT_OFFSET", Integer.toString(PORT_OFFSET));
        try {
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("deploy/switchboard " + command + " failed; logs in " + home.resolve("logs"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("could not clear " + dir, e);
        }
    }

    private static Map<String, String> readSecrets(Path file) {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("no secrets at " + file, e);
        }
        return values;
    }
}
