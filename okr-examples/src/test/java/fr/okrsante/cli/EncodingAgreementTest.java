package fr.okrsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.examples.HospitalExample;
import fr.okrsante.json.OkrJson;
import fr.okrsante.json.OkrJsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte order marks and UTF-16/32: the command line and {@link OkrJson} accept and refuse the same
 * bytes (issue 12, §4).
 */
class EncodingAgreementTest {

  private static final String HOSPITAL_JSON = OkrJson.standard().toJson(HospitalExample.plan());

  @TempDir
  Path directory;

  private static byte[] bytes(byte[] bom, String text, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private static byte[] b(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  /** The inputs: one document in each encoding, with and without its byte order mark, and broken ones. */
  private static List<Object[]> inputs() {
    Charset utf32be = Charset.forName("UTF-32BE");
    Charset utf32le = Charset.forName("UTF-32LE");
    List<Object[]> inputs = new ArrayList<>();
    inputs.add(new Object[] {"UTF-8", bytes(b(), HOSPITAL_JSON, StandardCharsets.UTF_8)});
    inputs.add(new Object[] {"UTF-8 with BOM", bytes(b(0xEF, 0xBB, 0xBF), HOSPITAL_JSON, StandardCharsets.UTF_8)});
    inputs.add(new Object[] {"UTF-16BE", bytes(b(), HOSPITAL_JSON, StandardCharsets.UTF_16BE)});
    inputs.add(new Object[] {"UTF-16BE with BOM", bytes(b(0xFE, 0xFF), HOSPITAL_JSON, StandardCharsets.UTF_16BE)});
    inputs.add(new Object[] {"UTF-16LE", bytes(b(), HOSPITAL_JSON, StandardCharsets.UTF_16LE)});
    inputs.add(new Object[] {"UTF-16LE with BOM", bytes(b(0xFF, 0xFE), HOSPITAL_JSON, StandardCharsets.UTF_16LE)});
    inputs.add(new Object[] {"UTF-32BE", bytes(b(), HOSPITAL_JSON, utf32be)});
    inputs.add(new Object[] {"UTF-32LE with BOM", bytes(b(0xFF, 0xFE, 0, 0), HOSPITAL_JSON, utf32le)});
    inputs.add(new Object[] {"two UTF-8 BOMs", bytes(b(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), HOSPITAL_JSON, StandardCharsets.UTF_8)});
    inputs.add(new Object[] {"UTF-16LE BOM on UTF-8", bytes(b(0xFF, 0xFE), HOSPITAL_JSON, StandardCharsets.UTF_8)});
    inputs.add(new Object[] {"Latin-1", bytes(b(), HOSPITAL_JSON, StandardCharsets.ISO_8859_1)});
    inputs.add(new Object[] {"a BOM alone", b(0xEF, 0xBB, 0xBF)});
    inputs.add(new Object[] {"a lone surrogate in UTF-16BE", bytes(b(0xD8, 0x00), "{}", StandardCharsets.UTF_16BE)});
    return inputs;
  }

  @TestFactory
  List<DynamicTest> the_command_line_and_okr_json_accept_and_refuse_the_same_bytes() {
    List<DynamicTest> tests = new ArrayList<>();
    Clock clock = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
    for (Object[] input : inputs()) {
      String name = (String) input[0];
      byte[] content = (byte[]) input[1];
      tests.add(DynamicTest.dynamicTest(name, () -> {
        boolean library;
        try {
          OkrJson.standard().readPlan(content);
          library = true;
        } catch (OkrJsonException e) {
          library = false;
        }
        Path file = Files.write(directory.resolve("plan.json"), content);
        StringWriter err = new StringWriter();
        int code = OkrCommand.run(new OkrCommand(clock, directory, new PlanFiles()),
            new String[] {"validate", file.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code == 0).as("%s: command line (exit %d, %s) agrees with OkrJson (%s)", name, code, err,
            library ? "accepted" : "refused").isEqualTo(library);
        assertThat(code).as(name).isIn(0, CliException.UNREADABLE, CliException.INVALID_PLAN);
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> utf8_with_or_without_bom_and_utf16_with_a_bom_are_read() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Object[] input : inputs().subList(0, 6)) {
      tests.add(DynamicTest.dynamicTest((String) input[0], () ->
          assertThat(OkrJson.standard().readPlan((byte[]) input[1])).isEqualTo(HospitalExample.plan())));
    }
    return tests;
  }
}
