package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.testing.RandomPlans;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of visibility over random plans × random viewers (seeded: the seed is in every
 * failure message; rerun one with {@code -Dtest='VisibilityPropertiesTest#*'} and a breakpoint).
 */
class VisibilityPropertiesTest {

  private static final int PLANS = 1000;
  private static final int VIEWERS_PER_PLAN = 4;

  /** Plans for the evaluation property: 500 plans × 4 viewers × 2 policies = 4,000 evaluation views. */
  private static final int EVALUATED_PLANS = 500;

  static LongStream seeds() {
    return LongStream.range(0, PLANS);
  }

  /** Territorial plans: networks, partners and nested organisations (see {@link RandomPlans#territorial(long)}). */
  static LongStream territorialSeeds() {
    return LongStream.range(0, PLANS / 2);
  }

  static LongStream evaluatedSeeds() {
    return LongStream.range(0, EVALUATED_PLANS);
  }

  static List<Viewer> viewers(Plan plan, long seed) {
    Random random = new Random(seed * 7919 + 17);
    List<OrgUnit> units = plan.getUnits();
    List<Viewer> viewers = new ArrayList<>();
    for (int v = 0; v < VIEWERS_PER_PLAN; v++) {
      List<Membership> memberships = new ArrayList<>();
      for (int m = random.nextInt(4); m > 0; m--) {
        String unit = random.nextInt(10) == 0 ? "elsewhere" : units.get(random.nextInt(units.size())).getId();
        memberships.add(Membership.of(unit, Role.values()[random.nextInt(Role.values().length)]));
      }
      viewers.add(Viewer.of("p-" + random.nextInt(60), memberships));
    }
    return viewers;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decisions_follow_the_rules_of_design_section_5(long seed) {
    assertDecisionsFollowTheReferenceRules(RandomPlans.valid(seed), seed, "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("territorialSeeds")
  void decisions_in_territorial_plans_follow_the_organisation_boundaries_of_design_section_5(long seed) {
    assertDecisionsFollowTheReferenceRules(RandomPlans.territorial(seed), seed, "territorial seed " + seed);
  }

  /** Every viewer's view and edit decision on every objective is the one the reference rules give. */
  private static void assertDecisionsFollowTheReferenceRules(Plan plan, long seed, String label) {
    for (Viewer viewer : viewers(plan, seed)) {
      Access access = Access.of(plan, viewer);
      for (Objective objective : plan.getObjectives()) {
        String where = label + ", " + viewer + " id " + viewer.getId() + ", objective " + objective.getId();
        assertThat(access.canView(objective.getId())).as("canView, " + where)
            .isEqualTo(ReferenceRules.canView(plan, viewer, objective));
        assertThat(access.canEdit(objective.getId())).as("canEdit, " + where)
            .isEqualTo(ReferenceRules.canEdit(plan, viewer, objective));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("territorialSeeds")
  void a_view_of_a_territorial_plan_exposes_nothing_of_hidden_objectives(long seed) {
    Plan plan = RandomPlans.territorial(seed);
    for (Viewer viewer : viewers(plan, seed)) {
      for (HiddenContributions policy : HiddenContributions.values()) {
        PlanView view = Access.of(plan, viewer).view(policy);
        Secrets.of(plan, viewer, view).assertNoneIn(ViewStrings.of(view),
            "territorial seed " + seed + ", " + viewer + " id " + viewer.getId() + ", " + policy);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_view_shows_every_visible_objective_intact_and_the_units_it_needs(long seed) {
    Plan plan = RandomPlans.valid(seed);
    for (Viewer viewer : viewers(plan, seed)) {
      for (HiddenContributions policy : HiddenContributions.values()) {
        String where = "seed " + seed + ", " + viewer + ", " + policy;
        PlanView view = Access.of(plan, viewer).view(policy);
        List<Objective> visible = plan.getObjectives().stream()
            .filter(o -> ReferenceRules.canView(plan, viewer, o)).toList();
        assertThat(view.getObjectives()).as(where).hasSameSizeAs(visible);
        Set<String> visibleKeyResults = new HashSet<>();
        visible.forEach(o -> o.getKeyResults().forEach(k -> visibleKeyResults.add(k.getId())));
        for (Objective expected : visible) {
          Objective shown = view.objective(expected.getId()).orElseThrow(() -> new AssertionError("missing, " + where));
          if (dependsOnHidden(expected, visibleKeyResults)) {
            assertThat(withoutMetrics(shown)).as(where + ", " + expected.getId()).isEqualTo(withoutMetrics(expected));
          } else {
            assertThat(shown).as(where + ", " + expected.getId()).isSameAs(expected);
          }
        }
        assertThat(view.getUnits()).extracting(OrgUnit::getId).as(where)
            .containsExactlyElementsOf(ReferenceRules.neededUnits(plan, viewer, visible));
        Set<String> visibleIds = new HashSet<>();
        visible.forEach(o -> visibleIds.add(o.getId()));
        int restricted = 0;
        for (AlignmentLink link : plan.getLinks()) {
          boolean child = visibleIds.contains(link.getChildId());
          boolean parent = visibleIds.contains(link.getParentId());
          assertThat(view.getLinks().contains(link)).as(where + ", " + link).isEqualTo(child && parent);
          restricted += child != parent ? 1 : 0;
        }
        if (policy == HiddenContributions.COUNTED_REDACTED) {
          assertThat(view.getRestrictedLinks()).as(where).hasSize(restricted);
          for (Objective objective : visible) {
            long hiddenContributions = plan.alignment().childLinks(objective.getId()).stream()
                .filter(l -> l.contributes() && !visibleIds.contains(l.getChildId())).count();
            assertThat(view.restrictedContributionCount(objective.getId())).as(where + ", " + objective.getId())
                .isEqualTo(hiddenContributions);
          }
        } else {
          assertThat(view.getRestrictedLinks()).as(where).isEmpty();
        }
        for (Initiative initiative : view.getInitiatives()) {
          assertThat(initiative.getKeyResultIds()).as(where).isNotEmpty().allMatch(visibleKeyResults::contains);
        }
      }
    }
  }

  private static boolean dependsOnHidden(Objective objective, Set<String> visibleKeyResults) {
    return objective.getKeyResults().stream().anyMatch(k -> k.getMetric() instanceof ComputedMetric c
        && !visibleKeyResults.containsAll(c.getSourceIds()));
  }

  private static List<Object> withoutMetrics(Objective objective) {
    List<Object> parts = new ArrayList<>();
    parts.add(objective.toBuilder().keyResults(List.of()).build());
    for (KeyResult keyResult : objective.getKeyResults()) {
      parts.add(keyResult.getId());
      parts.add(keyResult.getTitle());
      parts.add(keyResult.getCheckIns());
      parts.add(keyResult.getWeight());
    }
    return parts;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_view_exposes_nothing_of_hidden_objectives(long seed) {
    Plan plan = RandomPlans.valid(seed);
    for (Viewer viewer : viewers(plan, seed)) {
      for (HiddenContributions policy : HiddenContributions.values()) {
        PlanView view = Access.of(plan, viewer).view(policy);
        Secrets secrets = Secrets.of(plan, viewer, view);
        ViewStrings exposed = ViewStrings.of(view);
        secrets.assertNoneIn(exposed, "seed " + seed + ", " + viewer + " id " + viewer.getId() + ", " + policy);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void refused_writes_throw_and_leave_the_plan_unchanged(long seed) {
    Plan plan = RandomPlans.valid(seed);
    Plan same = RandomPlans.valid(seed);
    Random random = new Random(seed);
    List<Objective> objectives = plan.getObjectives();
    if (objectives.isEmpty()) {
      return;
    }
    for (Viewer viewer : viewers(plan, seed)) {
      Access access = Access.of(plan, viewer);
      String where = "seed " + seed + ", " + viewer + " id " + viewer.getId();
      Objective target = objectives.get(random.nextInt(objectives.size()));
      boolean editable = ReferenceRules.canEdit(plan, viewer, target);
      for (KeyResult keyResult : target.getKeyResults()) {
        Throwable thrown = catchThrowable(() -> access.withCheckIn(keyResult.getId(),
            CheckIn.of(plan.cycle(target.getCycleId()).orElseThrow().getStartDate(), BigDecimal.ONE)));
        if (editable) {
          assertThat(thrown).as(where + ", check-in on " + keyResult.getId()).satisfiesAnyOf(
              t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(InvalidPlanException.class));
        } else {
          assertDenied(thrown, viewer, keyResult.getId(), where);
        }
      }
      Objective retitled = target.toBuilder().title("Nouveau titre").build();
      Throwable thrown = catchThrowable(() -> access.withObjective(retitled));
      if (editable) {
        assertThat(thrown).as(where + ", retitle " + target.getId()).isNull();
      } else {
        assertDenied(thrown, viewer, target.getId(), where);
      }
      Objective parent = objectives.get(random.nextInt(objectives.size()));
      if (!parent.getId().equals(target.getId())
          && !plan.alignment().parents(target.getId()).contains(parent.getId())
          && !plan.alignment().ancestors(parent.getId()).contains(target.getId())) {
        thrown = catchThrowable(() -> access.withLink(AlignmentLink.of(target.getId(), parent.getId())));
        boolean allowed = editable && ReferenceRules.canView(plan, viewer, parent);
        if (allowed) {
          assertThat(thrown).as(where + ", link " + target.getId() + " → " + parent.getId()).isNull();
        } else {
          assertDenied(thrown, viewer, editable ? parent.getId() : target.getId(), where);
        }
      }
      // A link that closes a cycle, by someone allowed to make it: the refusal names nothing hidden.
      for (String descendant : plan.alignment().descendants(target.getId())) {
        Objective below = plan.objective(descendant).orElseThrow();
        if (editable && ReferenceRules.canView(plan, viewer, below)) {
          Throwable cycle = catchThrowable(() -> access.withLink(AlignmentLink.of(target.getId(), descendant)));
          assertThat(cycle).as(where + ", cycle " + target.getId() + " → " + descendant).isInstanceOf(InvalidPlanException.class);
          for (String token : cycle.getMessage().split("[^A-Za-z0-9._:-]+")) {
            assertThat(plan.objective(token).map(o -> ReferenceRules.canView(plan, viewer, o)).orElse(true))
                .as(where + ", the refusal names hidden " + token + ": " + cycle.getMessage()).isTrue();
          }
          break;
        }
      }
      assertThatThrownBy(() -> access.withCheckIn("no-such-key-result", CheckIn.of(java.time.LocalDate.of(2026, 1, 1), "1")))
          .as(where).isInstanceOf(AccessDeniedException.class);
      assertThat(access.getPlan()).as(where).isEqualTo(same);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("evaluatedSeeds")
  void an_evaluation_view_exposes_nothing_of_hidden_objectives_and_keeps_its_policy(long seed) {
    Plan plan = RandomPlans.valid(seed);
    Random random = new Random(seed ^ 0x5DEECE66DL);
    Cycle year = plan.getCycles().get(0);
    LocalDate asOf = year.getStartDate().plusDays(random.nextInt(400));
    Evaluation whole = Evaluation.of(plan, asOf);
    for (Viewer viewer : viewers(plan, seed)) {
      List<Objective> visible = plan.getObjectives().stream()
          .filter(o -> ReferenceRules.canView(plan, viewer, o)).toList();
      Set<String> visibleKeyResults = new HashSet<>();
      visible.forEach(o -> o.getKeyResults().forEach(k -> visibleKeyResults.add(k.getId())));
      // Figures computed from visible data only (counts of done initiatives, pooled rates…) are
      // the viewer's to see, whatever number they happen to equal.
      Evaluation visibleOnly = Evaluation.of(Access.of(plan, viewer).view().toPlan(), asOf);
      List<Object> visibleFigures = new ArrayList<>();
      for (String keyResultId : visibleKeyResults) {
        KeyResultProgress progress = visibleOnly.keyResult(keyResultId);
        visibleFigures.add(List.of(progress.getCurrentValue(), progress.getNumerator(), progress.getDenominator(),
            progress.getBaseline(), progress.getTarget()));
      }
      for (HiddenContributions policy : HiddenContributions.values()) {
        String where = "seed " + seed + ", " + viewer + " id " + viewer.getId() + ", " + policy + ", as of " + asOf;
        PlanView view = Access.of(plan, viewer).view(policy);
        EvaluationView evaluation = EvaluationView.of(view, policy == HiddenContributions.LEFT_OUT ? visibleOnly : whole);
        // Issue 12 §2: no value of a hidden key result, even through a visible computed one.
        List<Object> legitimate = new ArrayList<>(visibleFigures);
        Secrets secrets = Secrets.of(plan, viewer, view, legitimate);
        secrets.assertNoneIn(ViewStrings.of(evaluation), where);
        assertThat(evaluation.getObjectives()).as(where).hasSameSizeAs(visible);
        if (policy == HiddenContributions.COUNTED_REDACTED) {
          for (Objective objective : visible) {
            assertThat(evaluation.objective(objective.getId()).getProgress()).as(where + ", " + objective.getId())
                .isEqualTo(whole.objective(objective.getId()).getProgress());
            assertThat(evaluation.objective(objective.getId()).getStatus()).as(where + ", " + objective.getId())
                .isEqualTo(whole.objective(objective.getId()).getStatus());
          }
        } else if (visible.stream().noneMatch(o -> dependsOnHidden(o, visibleKeyResults))) {
          Evaluation removed = Evaluation.of(withoutHidden(plan, visible, visibleKeyResults), asOf);
          for (Objective objective : visible) {
            assertThat(evaluation.objective(objective.getId()).getProgress().orElse(-1)).as(where + ", " + objective.getId())
                .isCloseTo(removed.objective(objective.getId()).getProgress().orElse(-1), within(1e-12));
            assertThat(evaluation.objective(objective.getId()).getStatus()).as(where + ", " + objective.getId())
                .isEqualTo(removed.objective(objective.getId()).getStatus());
          }
        }
      }
    }
  }

  /** The plan with the hidden objectives removed, built independently of {@link PlanView}. */
  private static Plan withoutHidden(Plan plan, List<Objective> visible, Set<String> visibleKeyResults) {
    Set<String> ids = new HashSet<>();
    visible.forEach(o -> ids.add(o.getId()));
    Plan.Builder builder = Plan.builder().title(plan.getTitle()).addAllUnits(plan.getUnits())
        .addAllCycles(plan.getCycles()).addAllObjectives(visible);
    for (Initiative initiative : plan.getInitiatives()) {
      List<String> supported = initiative.getKeyResultIds().stream().filter(visibleKeyResults::contains).toList();
      if (!supported.isEmpty()) {
        builder.addInitiatives(Initiative.builder().from(initiative).keyResultIds(supported).build());
      }
    }
    for (AlignmentLink link : plan.getLinks()) {
      if (ids.contains(link.getChildId()) && ids.contains(link.getParentId())) {
        builder.addLink(link);
      }
    }
    return builder.build();
  }

  private static void assertDenied(Throwable thrown, Viewer viewer, String objectId, String where) {
    assertThat(thrown).as(where + ", on " + objectId).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
      assertThat(e.getActorId()).isEqualTo(viewer.getId());
      assertThat(e.getObjectId()).isEqualTo(objectId);
      assertThat(e.getMessage()).contains(viewer.getId(), objectId);
    });
  }

  /** What must not leak from a view: the content of the objectives its viewer may not see. */
  static final class Secrets {
    private final Set<String> strings = new HashSet<>();
    private final Set<String> numbers = new HashSet<>();

    static Secrets of(Plan plan, Viewer viewer, PlanView view) {
      return of(plan, viewer, view, List.of());
    }

    static Secrets of(Plan plan, Viewer viewer, PlanView view, List<Object> alsoLegitimate) {
      List<Object> legitimate = new ArrayList<>(alsoLegitimate);
      legitimate.add(viewer);
      legitimate.add(plan.getTitle());
      legitimate.addAll(view.getUnits());
      legitimate.addAll(plan.getCycles());
      Set<String> hiddenIds = new HashSet<>();
      Secrets secrets = new Secrets();
      Set<String> visibleKeyResults = new HashSet<>();
      for (Objective objective : plan.getObjectives()) {
        if (ReferenceRules.canView(plan, viewer, objective)) {
          legitimate.add(objective);
          objective.getKeyResults().forEach(k -> visibleKeyResults.add(k.getId()));
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
      ViewStrings allowed = ViewStrings.of(legitimate);
      secrets.strings.removeAll(allowed.strings());
      secrets.strings.remove("");
      allowed.numbers().forEach(n -> secrets.numbers.remove(normal(n)));
      secrets.strings.addAll(hiddenIds);
      return secrets;
    }

    private static String normal(BigDecimal value) {
      return value.stripTrailingZeros().toPlainString();
    }

    void assertNoneIn(ViewStrings exposed, String where) {
      Set<String> distinct = new java.util.LinkedHashSet<>(exposed.strings());
      Set<String> tokens = new HashSet<>();
      for (String string : distinct) {
        tokens.addAll(List.of(TOKEN_SEPARATORS.split(string)));
        tokens.add("");
      }
      String all = String.join("\n", distinct);
      for (String secret : strings) {
        // Fast filter: a secret can only occur as a whole if each of its tokens occurs.
        if (!tokens.containsAll(List.of(TOKEN_SEPARATORS.split(secret)))) {
          continue;
        }
        int at = all.indexOf(secret);
        while (at >= 0) {
          boolean startsToken = at == 0 || !isIdChar(all.charAt(at - 1));
          int end = at + secret.length();
          boolean endsToken = end == all.length() || !isIdChar(all.charAt(end));
          if (startsToken && endsToken) {
            int from = Math.max(0, at - 60);
            throw new AssertionError(where + ": the view exposes hidden '" + secret + "' in …"
                + all.substring(from, Math.min(all.length(), end + 60)).replace('\n', '|') + "…");
          }
          at = all.indexOf(secret, at + 1);
        }
      }
      for (BigDecimal number : exposed.numbers()) {
        assertThat(numbers).as(where + ": the view exposes the hidden value " + number).doesNotContain(normal(number));
      }
    }

    private static final java.util.regex.Pattern TOKEN_SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}._:-]+");

    private static boolean isIdChar(char c) {
      return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }
  }
}
