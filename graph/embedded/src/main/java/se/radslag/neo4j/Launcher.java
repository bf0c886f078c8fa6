package se.radslag.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1, for Rådslag's Node wrapper.
 *
 * <p>Protocol with the wrapper (graph/embedded/launch-process.ts), one line each on stdout:
 * <ul>
 *   <li>{@code RADSLAG_NEO4J_READY bolt://127.0.0.1:<port>} once the default database is available;</li>
 *   <li>{@code RADSLAG_NEO4J_FAILED <code> <message>} before a non-zero exit (code: store_locked,
 *       start_failed, bad_arguments);</li>
 *   <li>{@code RADSLAG_NEO4J_STOPPED} after a clean shutdown.</li>
 * </ul>
 * Everything else on stdout/stderr is Neo4j's own log. The process stops cleanly on SIGTERM/SIGINT
 * (shutdown hook) and when stdin reaches end-of-file: the wrapper keeps a pipe open and never writes,
 * so EOF means the Node parent is gone, even after kill -9.
 */
public final class Launcher {
    private static final String PREFIX = "RADSLAG_NEO4J_";

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("bad_arguments", e.getMessage(), 2);
            return;
        }

        DatabaseManagementService dbms;
        try {
            dbms = build(options);
        } catch (Throwable e) {
            if (isStoreLocked(e)) {
                fail("store_locked", "store at " + options.home + " is locked by another process", 3);
            }
            e.printStackTrace();
            fail("start_failed", oneLine(e), 1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
                System.out.println(PREFIX + "STOPPED");
                System.out.flush();
            } finally {
                stopped.countDown();
            }
        }, "radslag-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(options.database);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
            fail("start_failed", "database " + options.database + " did not become available", 1);
        }
        if (options.exitOnStdinEof) {
            watchStdin();
        }
        System.out.println(PREFIX + "READY bolt://127.0.0.1:" + options.port);
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService build(Options options) {
        return new DatabaseManagementServiceBuilder(options.home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(GraphDatabaseSettings.initial_default_database, options.database)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                // Loopback only, so no authentication; never listen on another interface.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port))
                // No network at run time: the usage data collector would phone home.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Plans are cached per statement and per size class of each string and list parameter
                // by default, so a search statement had a plan for each length of question and number
                // of topics named: a kind of question first asked after start-up waited 300-500 ms for
                // its plan, however warm the server was. The sizes do not change the plans of these
                // statements, which a full-text or vector index call leads.
                .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                // Netty's graceful shutdown waits a 5 s quiet period per event-loop group (10 s per stop);
                // a local server with its only client gone needs none of it.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();
    }

    /** A daemon thread that exits the JVM (running the shutdown hook) when stdin closes. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // The wrapper never writes; anything that arrives is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.exit(0);
        }, "radslag-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Neo4j reports a held store lock as org.neo4j.io.locker.FileLockException somewhere in the cause chain. */
    private static boolean isStoreLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith("FileLockException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.replaceAll("\\s+", " ");
    }

    private static void fail(String code, String message, int status) {
        System.out.println(PREFIX + "FAILED " + code + " " + message.replaceAll("\\s+", " "));
        System.out.flush();
        System.exit(status);
    }

    /** Command line: --home DIR --port N [--pagecache 64m] [--database neo4j] [--no-stdin-watch]. */
    private static final class Options {
        Path home;
        int port = -1;
        long pageCacheBytes = ByteUnit.mebiBytes(128);
        String database = "neo4j";
        boolean exitOnStdinEof = true;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                switch (flag) {
                    case "--home" -> o.home = Path.of(value(args, ++i, flag)).toAbsolutePath();
                    case "--port" -> o.port = Integer.parseInt(value(args, ++i, flag));
                    case "--pagecache" -> o.pageCacheBytes = ByteUnit.parse(value(args, ++i, flag));
                    case "--database" -> o.database = value(args, ++i, flag);
                    case "--no-stdin-watch" -> o.exitOnStdinEof = false;
                    default -> throw new IllegalArgumentException("unknown argument " + flag);
                }
            }
            if (o.home == null) {
                throw new IllegalArgumentException("--home is required");
            }
            if (o.port < 1 || o.port > 65535) {
                throw new IllegalArgumentException("--port must be 1-65535");
            }
            return o;
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }
    }
}
