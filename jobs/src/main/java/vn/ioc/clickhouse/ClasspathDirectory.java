package vn.ioc.clickhouse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The text files of a classpath folder, whether it is a directory (tests, IDE) or inside the jar (CLI, cluster). */
public final class ClasspathDirectory {
    private ClasspathDirectory() {}

    /** File name → content, sorted by name. */
    public static Map<String, String> read(String location) throws IOException {
        URL url = ClasspathDirectory.class.getClassLoader().getResource(location);
        if (url == null) {
            throw new IllegalStateException("nothing on the classpath at " + location);
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path dir;
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            dir = fs.getPath(location);
        } else {
            dir = Path.of(uri);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** One file packaged with the jobs (migrations, SQL, rules), as text. */
    public static String readFile(String path) throws IOException {
        try (java.io.InputStream in = ClasspathDirectory.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
