package fr.okrsante.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of okr-jackson, as Jackson reports module versions ({@link OkrModule#version()}).
 *
 * <p>Read once from the {@code okr-jackson.properties} resource that the build writes. This class
 * is immutable and thread-safe.
 */
public final class PackageVersion implements Versioned {

  /** The version of this okr-jackson artifact. */
  public static final Version VERSION = load();

  /** Creates an accessor for {@link #VERSION}, as Jackson's own {@code PackageVersion} classes allow. */
  public PackageVersion() {}

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("okr-jackson.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version", "0.0.0"), "fr.okrsante", "okr-jackson");
  }

  /**
   * Returns the version of okr-jackson.
   *
   * @return {@link #VERSION}
   */
  @Override
  public Version version() {
    return VERSION;
  }
}
