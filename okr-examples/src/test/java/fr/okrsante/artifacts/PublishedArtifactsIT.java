package fr.okrsante.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a host takes from a repository, checked on the artifacts this build made: every published
 * module has its jar (with {@code module-info.class}, {@code META-INF/LICENSE} and its version in
 * the manifest), a sources jar and a Javadoc jar, a POM with the metadata a public repository
 * requires, and only the run-time dependencies DESIGN §2 allows it; the BOM names every published
 * module; {@code okr --version} gives the same version as the manifests.
 *
 * <p>Runs in {@code verify} (failsafe), after every module of the reactor has been packaged.
 */
class PublishedArtifactsIT {

  /** Modules never published: they are not in the BOM and have no sources or Javadoc jar. */
  private static final Set<String> UNPUBLISHED = Set.of("okr-examples", "okr-benchmarks", "okr-bom");

  /**
   * The run-time dependencies each published module may declare (DESIGN §2). jspecify holds only
   * annotations and is allowed wherever okr-core allows it.
   */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "okr-core", Set.of("org.slf4j:slf4j-api", "jakarta.validation:jakarta.validation-api",
          "org.jspecify:jspecify"),
      "okr-jackson", Set.of("fr.okrsante:okr-core", "com.fasterxml.jackson.core:jackson-databind",
          "com.fasterxml.jackson.datatype:jackson-datatype-jsr310", "org.jspecify:jspecify"),
      "okr-jdbc", Set.of("fr.okrsante:okr-core", "fr.okrsante:okr-jackson", "org.jspecify:jspecify",
          "org.slf4j:slf4j-api"),
      "okr-fhir", Set.of("fr.okrsante:okr-core", "fr.okrsante:okr-jackson", "org.jspecify:jspecify",
          "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
          "org.slf4j:slf4j-api"),
      "okr-import", Set.of("fr.okrsante:okr-core", "fr.okrsante:okr-jackson", "org.jspecify:jspecify",
          "de.siegmar:fastcsv", "org.dhatim:fastexcel-reader", "org.apache.poi:poi-ooxml",
          "com.fasterxml.jackson.core:jackson-databind",
          "org.slf4j:slf4j-api"));

  private static final Path ROOT = Path.of(System.getProperty("okr.root", "..")).normalize();
  private static final String VERSION = System.getProperty("okr.version", "");

  @Test
  void the_bom_names_every_published_module_of_the_reactor_at_the_project_version() throws Exception {
    List<String> reactor = texts(xml(ROOT.resolve("pom.xml")).getDocumentElement(), "modules", "module");
    Set<String> published = reactor.stream().filter(m -> !UNPUBLISHED.contains(m))
        .collect(Collectors.toCollection(TreeSet::new));

    Element bom = xml(ROOT.resolve("okr-bom/pom.xml")).getDocumentElement();
    assertThat(text(bom, "version")).as("the BOM's version").isEqualTo(VERSION);
    Set<String> managed = new TreeSet<>();
    for (Element dependency : elements(child(bom, "dependencyManagement"), "dependencies", "dependency")) {
      assertThat(text(dependency, "groupId")).isEqualTo("fr.okrsante");
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      managed.add(text(dependency, "artifactId"));
    }
    assertThat(managed).as("modules the BOM manages").isEqualTo(published);
    assertThat(published).as("published modules").contains("okr-core", "okr-jackson");
  }

  @TestFactory
  Stream<DynamicTest> each_published_module_has_its_jar_sources_javadoc_and_metadata() throws Exception {
    return publishedJarModules().stream().map(module -> DynamicTest.dynamicTest(module, () -> {
      Path target = ROOT.resolve(module).resolve("target");
      Path jar = target.resolve(module + "-" + VERSION + ".jar");
      assertThat(jar).as("the jar of %s", module).isRegularFile();
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(file.getEntry("module-info.class")).as("%s: module-info.class", module).isNotNull();
        assertThat(file.getEntry("META-INF/LICENSE")).as("%s: META-INF/LICENSE", module).isNotNull();
        try (InputStream in = file.getInputStream(file.getEntry("META-INF/LICENSE"))) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Apache License");
        }
        Manifest manifest = file.getManifest();
        assertThat(manifest.getMainAttributes().getValue("Implementation-Version"))
            .as("%s: manifest Implementation-Version", module).isEqualTo(VERSION);
        assertThat(manifest.getMainAttributes().getValue("Implementation-Title")).isEqualTo(module);
      }
      Path sources = target.resolve(module + "-" + VERSION + "-sources.jar");
      assertThat(sources).as("the sources jar of %s", module).isRegularFile();
      try (JarFile file = new JarFile(sources.toFile())) {
        assertThat(file.stream().anyMatch(e -> e.getName().endsWith(".java")))
            .as("%s: sources jar holds .java files", module).isTrue();
        assertThat(file.getEntry("module-info.java")).as("%s: sources jar holds module-info.java", module)
            .isNotNull();
      }
      Path javadoc = target.resolve(module + "-" + VERSION + "-javadoc.jar");
      assertThat(javadoc).as("the Javadoc jar of %s", module).isRegularFile();
      try (JarFile file = new JarFile(javadoc.toFile())) {
        assertThat(file.getEntry("index.html")).as("%s: Javadoc jar holds index.html", module).isNotNull();
      }

      Element pom = xml(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      assertThat(text(pom, "name")).as("%s: <name>", module).isNotBlank();
      assertThat(text(pom, "description")).as("%s: <description>", module).isNotBlank();
      Element parent = child(pom, "parent");
      assertThat(parent).as("%s inherits its metadata from okr-sante-parent", module).isNotNull();
      assertThat(text(parent, "artifactId")).isEqualTo("okr-sante-parent");
      assertRepositoryMetadata(xml(ROOT.resolve("pom.xml")).getDocumentElement(), "okr-sante-parent");
    }));
  }

  @Test
  void the_bom_carries_the_metadata_a_public_repository_requires() throws Exception {
    Element bom = xml(ROOT.resolve("okr-bom/pom.xml")).getDocumentElement();
    assertThat(text(bom, "name")).isNotBlank();
    assertThat(text(bom, "description")).isNotBlank();
    assertRepositoryMetadata(bom, "okr-bom");
  }

  @TestFactory
  Stream<DynamicTest> each_published_pom_names_only_the_dependencies_design_allows() throws Exception {
    return publishedJarModules().stream().map(module -> DynamicTest.dynamicTest(module, () -> {
      assertThat(ALLOWED).as("DESIGN §2 lists the allowed dependencies of %s", module).containsKey(module);
      Element pom = xml(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      List<String> runtime = new ArrayList<>();
      for (Element dependency : elements(pom, "dependencies", "dependency")) {
        String scope = text(dependency, "scope");
        boolean optional = "true".equals(text(dependency, "optional"));
        if (scope.isEmpty() || scope.equals("compile") || scope.equals("runtime")) {
          if (!optional) {
            runtime.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
          }
        }
      }
      assertThat(runtime).as("run-time dependencies of %s", module).isSubsetOf(ALLOWED.get(module));
    }));
  }

  @Test
  void okr_version_prints_the_version_of_the_manifests() throws Exception {
    Path jar = ROOT.resolve("okr-examples/target/okr.jar");
    assertThat(jar).isRegularFile();
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "--version")
        .redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).isEqualTo("okr " + VERSION + " (okr-sante)");
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Implementation-Version")).isEqualTo(VERSION);
    }
  }

  private static void assertRepositoryMetadata(Element pom, String what) {
    assertThat(text(pom, "url")).as("%s: <url>", what).startsWith("https://");
    assertThat(elements(pom, "licenses", "license")).as("%s: <licenses>", what).isNotEmpty();
    assertThat(text(elements(pom, "licenses", "license").get(0), "name")).isEqualTo("Apache-2.0");
    assertThat(elements(pom, "developers", "developer")).as("%s: <developers>", what).isNotEmpty();
    Element scm = child(pom, "scm");
    assertThat(scm).as("%s: <scm>", what).isNotNull();
    assertThat(text(scm, "connection")).as("%s: <scm><connection>", what).startsWith("scm:git:");
    assertThat(text(scm, "url")).as("%s: <scm><url>", what).startsWith("https://");
  }

  private static List<String> publishedJarModules() throws Exception {
    List<String> modules = new ArrayList<>(
        texts(xml(ROOT.resolve("pom.xml")).getDocumentElement(), "modules", "module"));
    modules.removeIf(UNPUBLISHED::contains);
    Collections.sort(modules);
    return modules;
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && node.getNodeName().equals(name)) {
        return (Element) node;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().strip();
  }

  private static List<Element> elements(Element parent, String list, String item) {
    List<Element> result = new ArrayList<>();
    Element container = parent == null ? null : child(parent, list);
    if (container != null) {
      NodeList nodes = container.getChildNodes();
      for (int i = 0; i < nodes.getLength(); i++) {
        if (nodes.item(i) instanceof Element && nodes.item(i).getNodeName().equals(item)) {
          result.add((Element) nodes.item(i));
        }
      }
    }
    return result;
  }

  private static List<String> texts(Element parent, String list, String item) {
    return elements(parent, list, item).stream().map(e -> e.getTextContent().strip()).toList();
  }
}
