package fr.okrsante.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the files of the {@code okr} tool so that a failure never leaves a truncated file in
 * place of a good one: the content goes to a temporary file in the target's folder, which is then
 * moved over the target in one step. Every failure is a {@link CliException} with
 * {@link CliException#WRITE_FAILED} whose message names the cause (missing folder, permission,
 * is a directory, disk full).
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/null}, a named
 * pipe) is written in place, as there is nothing to replace. A symbolic link is refused when asked:
 * the tool never writes through a link someone else may have planted.
 */
final class OutputFiles {

  private OutputFiles() {}

  /**
   * Writes a file atomically.
   *
   * @param target the file to create or replace
   * @param content its bytes
   * @param followLinks false to refuse a target that is a symbolic link
   * @throws CliException with {@link CliException#WRITE_FAILED} if the file cannot be written;
   *     an existing file is then left as it was
   */
  static void write(Path target, byte[] content, boolean followLinks) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    if (Files.isSymbolicLink(target) && !followLinks) {
      throw failed(target, "is a symbolic link; the tool does not write through links: remove it or choose another file");
    }
    if (Files.isDirectory(target)) {
      throw failed(target, "is a directory; give a file name");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // a device or a pipe: nothing to replace, write in place
      try (OutputStream out = Files.newOutputStream(target)) {
        out.write(content);
      } catch (IOException e) {
        throw failed(target, e);
      }
      return;
    }
    Path absolute = target.toAbsolutePath();
    Path folder = Objects.requireNonNull(absolute.getParent(), "folder");
    if (!Files.isDirectory(folder)) {
      throw failed(target, "folder " + folder + " does not exist");
    }
    Path temporary;
    try {
      temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw failed(target, e);
    }
    try {
      Files.write(temporary, content);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failed(target, e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // the temporary file is hidden and named after the target: harmless if left behind
      }
    }
  }

  /**
   * Tells whether two paths name the same file, when the first exists.
   *
   * @param a a path
   * @param b another path
   * @return true if writing {@code b} would overwrite {@code a}
   */
  static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static CliException failed(Path target, String cause) {
    return new CliException(CliException.WRITE_FAILED, target + ": cannot be written: " + cause);
  }

  /**
   * Names the cause of a failed write in the user's words.
   *
   * @param target the file
   * @param e the failure
   * @return the exception to throw
   */
  static CliException failed(Path target, IOException e) {
    String cause;
    if (e instanceof AccessDeniedException) {
      cause = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      cause = "folder does not exist";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      cause = describe(fs.getReason());
    } else {
      cause = describe(String.valueOf(e.getMessage()));
    }
    return new CliException(CliException.WRITE_FAILED, target + ": cannot be written: " + cause, e);
  }

  /** Says what an operating-system error means: "No space left on device" → "disk full". */
  static String describe(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left")) {
      return "disk full (no space left on device)";
    }
    if (lower.contains("broken pipe")) {
      return "the reader closed the pipe";
    }
    if (lower.contains("is a directory")) {
      return "is a directory";
    }
    if (lower.contains("permission denied") || lower.contains("read-only")) {
      return "permission denied (" + reason + ")";
    }
    return reason;
  }
}
