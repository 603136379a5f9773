package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.testing.RandomPlans;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Role;
import fr.okrsante.visibility.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the evaluation and view documents over seeded random plans and viewers; every
 * failure names its seed (and viewer and policy).
 */
class RandomDocumentsTest {

  private static final long BASE_SEED = 0x0D0C_2026L;
  private static final int EVALUATED_PLANS = 2_000;
  private static final int VIEWED_PLANS = 500;
  private static final int VIEWERS_PER_PLAN = 3;

  private final OkrJson json = OkrJson.standard();

  static LocalDate asOf(Plan plan, long seed) {
    Cycle year = plan.getCycles().get(0);
    return year.getStartDate().plusDays(new Random(seed ^ 0x5DEECE66DL).nextInt(400));
  }

  @Test
  void random_evaluations_validate_read_back_equal_and_rewrite_identical_bytes() {
    for (int i = 0; i < EVALUATED_PLANS; i++) {
      long seed = BASE_SEED + i;
      Plan plan = RandomPlans.valid(seed);
      Evaluation evaluation = Evaluation.of(plan, asOf(plan, seed));
      String text = json.toJson(evaluation);
      assertThat(json.toJson(evaluation)).as("seed %d: writing twice", seed).isEqualTo(text);
      EvaluationDocument read;
      try {
        read = json.readEvaluation(text);
      } catch (OkrJsonException e) {
        throw new AssertionError("seed " + seed + ": the written evaluation does not read back: " + e.getMessage(), e);
      }
      assertThat(FigureLines.of(read)).as("seed %d: figures read back", seed).isEqualTo(FigureLines.of(evaluation));
      assertThat(json.toJson(read)).as("seed %d: rewritten", seed).isEqualTo(text);
      DocumentSchemas.assertValidEvaluation(text, "seed " + seed);
    }
  }

  static List<Viewer> viewers(Plan plan, long seed) {
    Random random = new Random(seed * 7919 + 17);
    List<OrgUnit> units = plan.getUnits();
    List<String> persons = new ArrayList<>();
    for (Objective objective : plan.getObjectives()) {
      persons.addAll(objective.getGrantedPersonIds());
      persons.addAll(objective.getOwnerPersonIds());
    }
    List<Viewer> viewers = new ArrayList<>();
    for (int v = 0; v < VIEWERS_PER_PLAN; v++) {
      List<Membership> memberships = new ArrayList<>();
      for (int m = random.nextInt(4); m > 0; m--) {
        String unit = random.nextInt(10) == 0 ? "elsewhere" : units.get(random.nextInt(units.size())).getId();
        memberships.add(Membership.of(unit, Role.values()[random.nextInt(Role.values().length)]));
      }
      String id = !persons.isEmpty() && random.nextBoolean() ? persons.get(random.nextInt(persons.size()))
          : "p-" + random.nextInt(60);
      viewers.add(Viewer.of(id, memberships));
    }
    return viewers;
  }

  @Test
  void random_views_validate_read_back_rewrite_identical_bytes_and_expose_nothing_hidden() {
    int hiddenSeen = 0;
    for (int i = 0; i < VIEWED_PLANS; i++) {
      long seed = BASE_SEED * 13 + i;
      Plan plan = RandomPlans.valid(seed);
      LocalDate asOf = asOf(plan, seed);
      Evaluation whole = Evaluation.of(plan, asOf);
      for (Viewer viewer : viewers(plan, seed)) {
        Access access = Access.of(plan, viewer);
        Evaluation visibleOnly = Evaluation.of(access.view().toPlan(), asOf);
        for (HiddenContributions policy : HiddenContributions.values()) {
          String where = "seed " + seed + ", viewer " + viewer.getId() + " " + viewer.getMemberships() + ", " + policy;
          PlanView view = access.view(policy);
          EvaluationView evaluated = EvaluationView.of(view, policy == HiddenContributions.LEFT_OUT ? visibleOnly : whole);
          ViewDocument document = ViewDocument.of(evaluated);
          String evaluatedText = json.toJson(document);
          assertThat(json.toJson(evaluated)).as(where + ": written from the view or its document").isEqualTo(evaluatedText);
          for (String text : List.of(evaluatedText, json.toJson(view))) {
            ViewDocument read;
            try {
              read = json.readView(text);
            } catch (OkrJsonException e) {
              throw new AssertionError(where + ": the written view does not read back: " + e.getMessage(), e);
            }
            assertThat(read.plan()).as(where).isEqualTo(view.toPlan());
            assertThat(json.toJson(read)).as(where + ": rewritten").isEqualTo(text);
            DocumentSchemas.assertValidView(text, where);
          }
          for (Objective objective : view.getObjectives()) {
            assertThat(document.restrictedContributionCount(objective.getId())).as(where)
                .isEqualTo(view.restrictedContributionCount(objective.getId()));
          }
          Secrets secrets = Secrets.of(plan, access, view, whole, visibleOnly, policy);
          hiddenSeen += secrets.strings.isEmpty() ? 0 : 1;
          secrets.assertNoneIn(evaluatedText, where);
        }
      }
    }
    assertThat(hiddenSeen).as("views with something hidden: the property must not be vacuous").isGreaterThan(500);
  }

  @Test
  void the_leak_check_finds_hidden_objectives_in_a_document_of_the_whole_plan() {
    int caught = 0;
    for (int i = 0; i < 50; i++) {
      long seed = BASE_SEED * 13 + i;
      Plan plan = RandomPlans.valid(seed);
      Evaluation whole = Evaluation.of(plan, asOf(plan, seed));
      for (Viewer viewer : viewers(plan, seed)) {
        Access access = Access.of(plan, viewer);
        PlanView view = access.view();
        if (view.getObjectives().size() == plan.getObjectives().size()) {
          continue;
        }
        Secrets secrets = Secrets.of(plan, access, view, whole, Evaluation.of(view.toPlan(), whole.getAsOf()),
            HiddenContributions.COUNTED_REDACTED);
        String everything = json.toJson(plan);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> secrets.assertNoneIn(everything, "seed " + seed))
            .as("seed %d: the whole plan shows what %s may not see", seed, viewer.getId())
            .isInstanceOf(AssertionError.class);
        caught++;
      }
    }
    assertThat(caught).isGreaterThan(20);
  }

  @Test
  void byte_flipped_evaluation_and_view_documents_read_or_fail_with_the_documented_exception_only() {
    for (int i = 0; i < 1_500; i++) {
      long seed = BASE_SEED * 29 + i;
      Random random = new Random(seed);
      Plan plan = RandomPlans.valid(seed, 3);
      LocalDate asOf = asOf(plan, seed);
      boolean view = random.nextBoolean();
      byte[] bytes = (view ? json.toJson(Access.of(plan, viewers(plan, seed).get(0)).view().evaluate(asOf))
          : json.toJson(Evaluation.of(plan, asOf))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      try {
        if (view) {
          json.readView(bytes);
        } else {
          json.readEvaluation(bytes);
        }
      } catch (OkrJsonException expected) {
        assertThat(expected.getProblems()).as("seed %d", seed).isNotEmpty();
      } catch (RuntimeException | Error other) {
        throw new AssertionError("seed " + seed + ": reading a byte-flipped document threw " + other, other);
      }
    }
  }

  /** What must not appear in a view document: the content of the objectives its viewer may not see. */
  static final class Secrets {

    /** The properties whose numbers are exact decimals: values users typed, or figures derived exactly from them. */
    private static final Set<String> DECIMALS = Set.of("value", "numerator", "denominator", "baseline", "target",
        "currentValue", "low", "high", "changePercent");
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new OkrModule()).build();

    final Set<String> strings = new HashSet<>();
    final Set<String> numbers = new HashSet<>();

    static Secrets of(Plan plan, Access access, PlanView view, Evaluation whole, Evaluation visibleOnly,
        HiddenContributions policy) {
      Secrets secrets = new Secrets();
      Set<String> hiddenIds = new HashSet<>();
      List<Object> legitimate = new ArrayList<>();
      legitimate.add(plan.getTitle());
      legitimate.addAll(view.getUnits());
      legitimate.addAll(plan.getCycles());
      List<Object> legitimateNumbers = new ArrayList<>();
      Set<String> visibleKeyResults = new HashSet<>();
      for (Objective objective : plan.getObjectives()) {
        if (access.canView(objective)) {
          legitimate.add(objective);
          for (KeyResult keyResult : objective.getKeyResults()) {
            visibleKeyResults.add(keyResult.getId());
            KeyResultProgress own = visibleOnly.keyResult(keyResult.getId());
            legitimateNumbers.addAll(List.of(own.getCurrentValue(), own.getNumerator(), own.getDenominator(),
                own.getBaseline(), own.getTarget()));
            if (policy == HiddenContributions.COUNTED_REDACTED && keyResult.getMetric() instanceof ComputedMetric) {
              // The accepted exception (EvaluationView): a visible computed key result shows its
              // value, aggregated from sources that may be hidden.
              KeyResultProgress computed = whole.keyResult(keyResult.getId());
              legitimateNumbers.addAll(List.of(computed.getCurrentValue(), computed.getNumerator(),
                  computed.getDenominator()));
            }
          }
          continue;
        }
        hiddenIds.add(objective.getId());
        secrets.strings.add(objective.getTitle());
        secrets.strings.add(objective.getDescription());
        secrets.strings.add(objective.getOwnerUnitId());
        secrets.strings.addAll(objective.getOwnerPersonIds());
        for (FrameworkRef ref : objective.getFrameworkRefs()) {
          secrets.strings.add(ref.getCode());
          secrets.strings.add(ref.getLabel());
        }
        for (KeyResult keyResult : objective.getKeyResults()) {
          hiddenIds.add(keyResult.getId());
          secrets.strings.add(keyResult.getTitle());
          for (CheckIn checkIn : keyResult.getCheckIns()) {
            secrets.strings.add(checkIn.getNote());
            checkIn.getAuthorId().ifPresent(secrets.strings::add);
            secrets.numbers.add(normal(checkIn.getValue()));
          }
        }
      }
      for (Initiative initiative : plan.getInitiatives()) {
        if (initiative.getKeyResultIds().stream().anyMatch(visibleKeyResults::contains)) {
          legitimate.add(initiative);
        }
      }
      Tokens allowed;
      try {
        allowed = Tokens.of(MAPPER.writeValueAsString(legitimate));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      secrets.strings.removeAll(allowed.strings);
      secrets.strings.remove("");
      secrets.numbers.removeAll(allowed.numbers);
      for (Object figure : legitimateNumbers) {
        ((Optional<?>) figure).ifPresent(n -> secrets.numbers.remove(normal((BigDecimal) n)));
      }
      secrets.strings.addAll(hiddenIds);
      return secrets;
    }

    void assertNoneIn(String document, String where) {
      Tokens exposed = Tokens.of(document);
      for (String token : exposed.strings) {
        if (strings.contains(token)) {
          throw new AssertionError(where + ": the view document exposes hidden '" + token + "'");
        }
      }
      for (String number : exposed.numbers) {
        if (numbers.contains(number)) {
          throw new AssertionError(where + ": the view document exposes the hidden value " + number);
        }
      }
    }

    private static String normal(BigDecimal value) {
      return value.stripTrailingZeros().toPlainString();
    }

    /** The string tokens (names included: map keys are ids) and the exact-decimal numbers of a JSON text. */
    private static final class Tokens {
      final Set<String> strings = new HashSet<>();
      final Set<String> numbers = new HashSet<>();

      static Tokens of(String text) {
        Tokens tokens = new Tokens();
        try (JsonParser parser = FACTORY.createParser(text)) {
          JsonToken token;
          while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
              tokens.strings.add(parser.getText());
            } else if (token.isNumeric() && DECIMALS.contains(parser.currentName())) {
              tokens.numbers.add(normal(parser.getDecimalValue()));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return tokens;
      }
    }
  }
}
