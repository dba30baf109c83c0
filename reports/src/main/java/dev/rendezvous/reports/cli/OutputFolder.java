package dev.rendezvous.reports.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a command writes into, checked before any work is done, so that no run's verdicts are lost. */
final class OutputFolder {
    private OutputFolder() {}

    /**
     * Makes {@code dir} if it is missing and proves that a file can be written in it.
     *
     * @param option the option that named it, for the message
     * @throws UsageException in one line when it is a file, read-only, or cannot be made
     */
    static void requireWritable(Path dir, String option) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(option + " " + dir + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".rendezvous-write-check", ".tmp");
            Files.delete(probe);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(option + " " + dir + ": " + e.getFile() + " is a file, not a folder");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new UsageException(option + " " + dir + " cannot be written to (" + why(e) + ")");
        }
    }

    private static String why(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) e).getFile();
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason() + ": " + ((FileSystemException) e).getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
