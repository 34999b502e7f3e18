package vn.ioc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Flink session cluster as an operator runs one: a JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code TaskManagerRunner}), each a JVM of its own,
 * configured by a {@code config.yaml} in a configuration directory, with the JVM sizes and memory settings Flink's
 * own scripts derive from it ({@code BashJavaUtils}, as {@code jobmanager.sh} and {@code taskmanager.sh} call it).
 * The classpath is the {@code lib/} the flink-cluster module assembles from Maven Central's module jars. Jobs are
 * submitted through the CLI frontend or the REST API, like from any client.
 */
public final class StandaloneFlinkCluster implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULT = "BASH_JAVA_UTILS_EXEC_RESULT:";

    private final Path home;
    private final String classpath;
    private final int restPort;
    private final Map<String, String> taskManagerEnv;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process jobManager;
    private final Map<String, Process> taskManagers = new LinkedHashMap<>();
    private final List<String> taskManagerJvm;
    private final List<String> taskManagerDynamic;
    private int started;

    private StandaloneFlinkCluster(Path home, String classpath, int restPort, Map<String, String> jobManagerEnv,
            Map<String, String> taskManagerEnv) throws Exception {
        this.home = home;
        this.classpath = classpath;
        this.restPort = restPort;
        this.taskManagerEnv = taskManagerEnv;
        List<String> jm = resourceParams("GET_JM_RESOURCE_PARAMS");
        List<String> tm = resourceParams("GET_TM_RESOURCE_PARAMS");
        this.taskManagerJvm = Arrays.asList(tm.get(0).split(" "));
        this.taskManagerDynamic = Arrays.asList(tm.get(1).split(" "));
        List<String> args = new ArrayList<>(List.of("--configDir", conf().toString()));
        args.addAll(Arrays.asList(jm.get(1).split(" ")));
        this.jobManager = ChildJvm.start(classpath, Arrays.asList(jm.get(0).split(" ")),
                "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint", args, jobManagerEnv,
                log("jobmanager"));
    }

    /**
     * Starts a JobManager and {@code taskManagers} TaskManagers and waits until they have registered.
     *
     * @param lib the directory of the cluster's jars
     * @param config settings added to the cluster's config.yaml (flat keys, as Flink's docs spell them)
     * @param jobManagerEnv the JobManager's environment (a web or REST submission runs the program's main there)
     * @param taskManagerEnv every TaskManager's environment
     */
    public static StandaloneFlinkCluster start(Path home, Path lib, int taskManagers, Map<String, String> config,
            Map<String, String> jobManagerEnv, Map<String, String> taskManagerEnv) throws Exception {
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " is missing: build the flink-cluster module first (mvn verify from"
                    + " the repository root)");
        }
        int restPort = freePort();
        Map<String, String> yaml = new LinkedHashMap<>();
        yaml.put("jobmanager.rpc.address", "localhost");
        yaml.put("jobmanager.rpc.port", Integer.toString(freePort()));
        yaml.put("jobmanager.bind-host", "localhost");
        yaml.put("taskmanager.bind-host", "localhost");
        yaml.put("taskmanager.host", "localhost");
        yaml.put("rest.address", "localhost");
        yaml.put("rest.bind-address", "localhost");
        yaml.put("rest.port", Integer.toString(restPort));
        yaml.put("io.tmp.dirs", home.resolve("tmp").toString());
        yaml.put("web.upload.dir", home.resolve("uploads").toString());
        yaml.putAll(config);
        Files.createDirectories(home.resolve("conf"));
        Files.createDirectories(home.resolve("log"));
        Files.createDirectories(home.resolve("tmp"));
        Files.createDirectories(home.resolve("uploads"));
        StringBuilder text = new StringBuilder();
        yaml.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        Files.writeString(home.resolve("conf/config.yaml"), text.toString(), StandardCharsets.UTF_8);

        StandaloneFlinkCluster cluster = new StandaloneFlinkCluster(home, lib.toAbsolutePath() + "/*", restPort,
                jobManagerEnv, taskManagerEnv);
        try {
            for (int i = 0; i < taskManagers; i++) {
                cluster.startTaskManager();
            }
            cluster.awaitTaskManagers(taskManagers);
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private Path conf() {
        return home.resolve("conf");
    }

    /** Starts one more TaskManager, named tm-1, tm-2, ... (its resource id), and returns its name. */
    public String startTaskManager() throws IOException {
        String id = "tm-" + (++started);
        List<String> args = new ArrayList<>(List.of("--configDir", conf().toString()));
        args.addAll(taskManagerDynamic);
        args.addAll(List.of("-D", "taskmanager.resource-id=" + id));
        taskManagers.put(id, ChildJvm.start(classpath, taskManagerJvm,
                "org.apache.flink.runtime.taskexecutor.TaskManagerRunner", args, taskManagerEnv, log(id)));
        return id;
    }

    /** {@code kill -9} of a TaskManager: no shutdown hook, no goodbye to the JobManager. */
    public void kill(String taskManager) throws InterruptedException {
        Process p = taskManagers.remove(taskManager);
        p.destroyForcibly();
        p.waitFor();
    }

    public boolean jobManagerAlive() {
        return jobManager.isAlive();
    }

    public void awaitTaskManagers(int count) throws Exception {
        await(Duration.ofMinutes(2), "taskmanagers registered: " + count,
                () -> get("/overview").path("taskmanagers").asInt() >= count);
    }

    /** The TaskManagers (resource ids) that run any task of a job. */
    public Set<String> taskManagersOf(String jobId) throws Exception {
        Set<String> holders = new HashSet<>();
        for (JsonNode vertex : get("/jobs/" + jobId).path("vertices")) {
            for (JsonNode tm : get("/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/taskmanagers")
                    .path("taskmanagers")) {
                holders.add(tm.path("taskmanager-id").asText());
            }
        }
        holders.retainAll(taskManagers.keySet());
        return holders;
    }

    public Set<String> taskManagers() {
        return taskManagers.keySet();
    }

    /** Waits until every task of the job runs, on live TaskManagers. */
    public void awaitAllTasksRunning(String jobId, Duration timeout) throws Exception {
        await(timeout, "job " + jobId + " running with every task", () -> {
            JsonNode job = get("/jobs/" + jobId);
            if (!"RUNNING".equals(job.path("state").asText())) {
                return false;
            }
            for (JsonNode vertex : job.path("vertices")) {
                if (!"RUNNING".equals(vertex.path("status").asText())) {
                    return false;
                }
            }
            return true;
        });
    }

    public long completedCheckpoints(String jobId) throws Exception {
        return get("/jobs/" + jobId + "/checkpoints").path("counts").path("completed").asLong();
    }

    private String jobState(String jobId) throws Exception {
        return get("/jobs/" + jobId).path("state").asText();
    }

    public void awaitJobState(String jobId, String state, Duration timeout) throws Exception {
        await(timeout, "job " + jobId + " " + state, () -> state.equals(jobState(jobId)));
    }

    /** Stop-with-savepoint through the REST API; returns the savepoint's location. */
    public String stopWithSavepoint(String jobId, Path directory) throws Exception {
        String trigger = post("/jobs/" + jobId + "/stop", JSON.createObjectNode()
                .put("targetDirectory", directory.toUri().toString()).put("drain", false)).path("request-id").asText();
        String[] location = new String[1];
        await(Duration.ofMinutes(2), "savepoint of " + jobId, () -> {
            JsonNode status = get("/jobs/" + jobId + "/savepoints/" + trigger);
            if (!"COMPLETED".equals(status.path("status").path("id").asText())) {
                return false;
            }
            JsonNode operation = status.path("operation");
            if (operation.has("failure-cause")) {
                throw new AssertionError("savepoint failed: " + operation.path("failure-cause"));
            }
            location[0] = operation.path("location").asText();
            return true;
        });
        return location[0];
    }

    public void cancel(String jobId) throws Exception {
        send(HttpRequest.newBuilder(uri("/jobs/" + jobId + "?mode=cancel"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Uploads a job jar through the REST API (POST /jars/upload, multipart) and returns its id. */
    public String uploadJar(Path jar) throws Exception {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                + jar.getFileName() + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(jar));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode uploaded = send(HttpRequest.newBuilder(uri("/jars/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        String file = uploaded.path("filename").asText();
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** Runs an uploaded jar's main inside the JobManager (POST /jars/:id/run); returns the HTTP status and body. */
    public HttpResponse<String> runJar(String jarId, String entryClass, List<String> args, int parallelism)
            throws Exception {
        var body = JSON.createObjectNode().put("entryClass", entryClass).put("parallelism", parallelism);
        args.forEach(body.putArray("programArgsList")::add);
        return http.send(HttpRequest.newBuilder(uri("/jars/" + jarId + "/run"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Runs {@code flink <args>} (the CLI frontend, as bin/flink does) against this cluster from a client JVM of its
     * own, with {@code env} added to its environment; its output goes to {@code log}.
     */
    public Process cli(List<String> args, Map<String, String> env, Path log) throws IOException {
        Map<String, String> clientEnv = new LinkedHashMap<>(env);
        clientEnv.put("FLINK_CONF_DIR", conf().toString());
        return ChildJvm.start(classpath, List.of("-Xmx512m"), "org.apache.flink.client.cli.CliFrontend", args,
                clientEnv, log);
    }

    public JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private JsonNode post(String path, JsonNode body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private JsonNode send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(request.method() + " " + request.uri() + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + restPort + "/v1" + path);
    }

    private Path log(String process) {
        return home.resolve("log").resolve(process + ".log");
    }

    /** The JVM parameters and dynamic settings Flink's scripts pass to an entrypoint, from BashJavaUtils. */
    private List<String> resourceParams(String command) throws Exception {
        Path out = home.resolve("log").resolve(command + ".out");
        Process p = ChildJvm.start(classpath, List.of("-Xmx128m"), "org.apache.flink.runtime.util.bash.BashJavaUtils",
                List.of(command, "--configDir", conf().toString()), Map.of(), out);
        if (!p.waitFor(1, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + ChildJvm.tail(out));
        }
        List<String> results = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(RESULT)).map(l -> l.substring(RESULT.length()).strip()).toList();
        if (results.size() < 2) {
            throw new IllegalStateException(command + " printed no parameters:\n" + ChildJvm.tail(out));
        }
        return results.subList(results.size() - 2, results.size());
    }

    /** Polls {@code condition} every 200 ms until it holds; a REST call failing meanwhile counts as not yet. */
    public static void await(Duration timeout, String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + timeout + ": " + what + (last == null ? "" : " (" + last + ")"));
    }

    /** A check that may call the REST API. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    @Override
    public void close() throws InterruptedException {
        for (Process tm : taskManagers.values()) {
            tm.destroyForcibly().waitFor();
        }
        taskManagers.clear();
        jobManager.destroyForcibly().waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
