package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.okrsante.plan.Plan;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OkrModuleTest {

  @Test
  void find_and_register_modules_finds_it() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(OkrModule.class.getName());
  }

  @Test
  void jackson_service_lookup_lists_it() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(OkrModule.class);
  }

  @Test
  void mapper_writes_the_same_bytes_as_okr_json_and_reads_them_back() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new OkrModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    Plan plan = HospitalPlan.build();
    String text = mapper.writeValueAsString(plan);
    assertThat(text).isEqualTo(OkrJson.standard().toJson(plan));
    assertThat(mapper.readValue(text, Plan.class)).isEqualTo(plan);
  }

  @Test
  void bounded_mapper_of_the_javadoc_refuses_deep_nesting() {
    com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
        .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
            .maxNestingDepth(32).maxStringLength(1_000_000).maxNumberLength(100)
            .maxNameLength(256).maxDocumentLength(2_000_000_000L).build())
        .build();
    ObjectMapper mapper = JsonMapper.builder(factory).addModule(new OkrModule()).build();
    Throwable thrown = catchThrowable(() -> mapper.readValue("{\"schemaVersion\":1,\"title\":" + "[".repeat(1000), Plan.class));
    OkrJsonException e = thrown instanceof OkrJsonException direct ? direct : (OkrJsonException) thrown.getCause();
    assertThat(e.getProblems()).singleElement().extracting(JsonProblem::getMessage).asString().contains("nesting depth");
  }

  @Test
  void mapper_settings_do_not_change_the_document() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new OkrModule())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .activateDefaultTyping(com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
            .allowIfBaseType(Object.class).build(), ObjectMapper.DefaultTyping.NON_FINAL)
        .build();
    Plan plan = HospitalPlan.build();
    String text = mapper.writeValueAsString(plan);
    assertThat(text.replaceAll("\\s+", "")).isEqualTo(OkrJson.standard().toJson(plan).replaceAll("\\s+", ""));
    assertThat(OkrJson.standard().readPlan(text)).isEqualTo(plan);
  }

  @Test
  void registering_twice_has_no_effect() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule()).registerModule(new OkrModule());
    assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(OkrModule.class.getName());
  }

  @Test
  void mapper_reading_errors_carry_every_problem() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule());
    String text = StrictReadingTest.VALID.replace("{\"value\": 192}", "{\"value\": 240}")
        .replace("\"kind\": \"unit\"", "\"kind\": \"unit\", \"x\": 1");
    Throwable thrown = catchThrowable(() -> mapper.readValue(text, Plan.class));
    OkrJsonException e = thrown instanceof OkrJsonException direct ? direct : (OkrJsonException) thrown.getCause();
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer)
        .containsExactly("/units/0/x", "/objectives/0/keyResults/0/metric/target");
  }

  @Test
  void mapper_still_works_after_java_serialization() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(mapper);
    }
    ObjectMapper copy;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ObjectMapper) in.readObject();
    }
    Plan plan = HospitalPlan.build();
    assertThat(copy.readValue(copy.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
    fr.okrsante.plan.CheckIn checkIn = plan.keyResult("kr-eig").orElseThrow().getCheckIns().get(0);
    assertThat(copy.readValue(copy.writeValueAsString(checkIn), fr.okrsante.plan.CheckIn.class)).isEqualTo(checkIn);
  }

  @Test
  void module_version_is_the_artifact_version() {
    assertThat(new OkrModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.isUnknownVersion()).isFalse();
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("okr-jackson");
    assertThat(PackageVersion.VERSION.toString()).isNotEqualTo("0.0.0");
  }

  @Test
  void module_exports_only_the_json_package_and_provides_the_module() {
    ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).find("fr.okrsante.jackson")
        .orElseThrow().descriptor();
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("fr.okrsante.json");
    assertThat(descriptor.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(Module.class.getName());
      assertThat(p.providers()).containsExactly(OkrModule.class.getName());
    });
  }
}
