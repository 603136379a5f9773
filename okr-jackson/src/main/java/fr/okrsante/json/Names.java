package fr.okrsante.json;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.NoDataPolicy;
import fr.okrsante.plan.ObjectiveKind;
import fr.okrsante.plan.RollupSources;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.Contribution;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.RestrictedLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable JSON names of one enum: written out explicitly, so that renaming a Java constant
 * can never change the document format. Immutable and thread-safe once built.
 *
 * @param <E> the enum
 */
final class Names<E extends Enum<E>> {

  static final Names<UnitKind> UNIT_KIND = new Names<>(UnitKind.class)
      .put(UnitKind.ORGANISATION, "organisation")
      .put(UnitKind.POLE, "pole")
      .put(UnitKind.SERVICE, "service")
      .put(UnitKind.UNIT, "unit")
      .put(UnitKind.TEAM, "team")
      .put(UnitKind.NETWORK, "network")
      .put(UnitKind.PARTNER, "partner")
      .complete();
  static final Names<ObjectiveKind> OBJECTIVE_KIND = new Names<>(ObjectiveKind.class)
      .put(ObjectiveKind.COMMITTED, "committed")
      .put(ObjectiveKind.ASPIRATIONAL, "aspirational")
      .complete();
  static final Names<Lifecycle> LIFECYCLE = new Names<>(Lifecycle.class)
      .put(Lifecycle.DRAFT, "draft")
      .put(Lifecycle.ACTIVE, "active")
      .put(Lifecycle.CLOSED, "closed")
      .put(Lifecycle.CANCELLED, "cancelled")
      .complete();
  static final Names<Visibility> VISIBILITY = new Names<>(Visibility.class)
      .put(Visibility.PUBLIC, "public")
      .put(Visibility.ORGANISATION, "organisation")
      .put(Visibility.UNIT, "unit")
      .put(Visibility.PRIVATE, "private")
      .complete();
  static final Names<FrameworkScheme> FRAMEWORK_SCHEME = new Names<>(FrameworkScheme.class)
      .put(FrameworkScheme.HAS_CERTIFICATION, "has_certification")
      .put(FrameworkScheme.HAS_ESSMS, "has_essms")
      .put(FrameworkScheme.IQSS, "iqss")
      .put(FrameworkScheme.CPOM, "cpom")
      .put(FrameworkScheme.PRS, "prs")
      .put(FrameworkScheme.CLS, "cls")
      .put(FrameworkScheme.QVCT, "qvct")
      .put(FrameworkScheme.NHS_OUTCOMES, "nhs_outcomes")
      .put(FrameworkScheme.OTHER, "other")
      .complete();
  static final Names<MeasureUnit> MEASURE_UNIT = new Names<>(MeasureUnit.class)
      .put(MeasureUnit.PERCENT, "percent")
      .put(MeasureUnit.COUNT, "count")
      .put(MeasureUnit.DAYS, "days")
      .put(MeasureUnit.MINUTES, "minutes")
      .put(MeasureUnit.KILOMETRES, "kilometres")
      .put(MeasureUnit.EUROS, "euros")
      .put(MeasureUnit.OTHER, "other")
      .complete();
  static final Names<Aggregation> AGGREGATION = new Names<>(Aggregation.class)
      .put(Aggregation.SUM, "sum")
      .put(Aggregation.MEAN, "mean")
      .put(Aggregation.MIN, "min")
      .put(Aggregation.MAX, "max")
      .put(Aggregation.POOLED_RATE, "pooled_rate")
      .complete();
  static final Names<CheckInSource> CHECK_IN_SOURCE = new Names<>(CheckInSource.class)
      .put(CheckInSource.MANUAL, "manual")
      .put(CheckInSource.IMPORT, "import")
      .put(CheckInSource.COMPUTED, "computed")
      .complete();
  static final Names<CheckInStatus> CHECK_IN_STATUS = new Names<>(CheckInStatus.class)
      .put(CheckInStatus.FINAL, "final")
      .put(CheckInStatus.PROVISIONAL, "provisional")
      .complete();
  static final Names<InitiativeState> INITIATIVE_STATE = new Names<>(InitiativeState.class)
      .put(InitiativeState.PLANNED, "planned")
      .put(InitiativeState.IN_PROGRESS, "in_progress")
      .put(InitiativeState.DONE, "done")
      .put(InitiativeState.CANCELLED, "cancelled")
      .complete();
  static final Names<LinkMode> LINK_MODE = new Names<>(LinkMode.class)
      .put(LinkMode.CONTRIBUTES, "contributes")
      .put(LinkMode.INFORMS, "informs")
      .complete();
  static final Names<RollupSources> ROLLUP_SOURCES = new Names<>(RollupSources.class)
      .put(RollupSources.KEY_RESULTS, "key_results")
      .put(RollupSources.CHILDREN, "children")
      .put(RollupSources.BOTH, "both")
      .complete();
  static final Names<NoDataPolicy> NO_DATA_POLICY = new Names<>(NoDataPolicy.class)
      .put(NoDataPolicy.COUNT_AS_ZERO, "count_as_zero")
      .put(NoDataPolicy.LEAVE_OUT, "leave_out")
      .complete();
  static final Names<Status> STATUS = new Names<>(Status.class)
      .put(Status.ON_TRACK, "on_track")
      .put(Status.BEHIND, "behind")
      .put(Status.AT_RISK, "at_risk")
      .put(Status.ACHIEVED, "achieved")
      .put(Status.NOT_STARTED, "not_started")
      .put(Status.NO_DATA, "no_data")
      .complete();

  static final Names<Contribution.Kind> CONTRIBUTION_KIND = new Names<>(Contribution.Kind.class)
      .put(Contribution.Kind.KEY_RESULT, "key_result")
      .put(Contribution.Kind.OBJECTIVE, "objective")
      .complete();
  static final Names<HiddenContributions> POLICY = new Names<>(HiddenContributions.class)
      .put(HiddenContributions.COUNTED_REDACTED, "counted_redacted")
      .put(HiddenContributions.LEFT_OUT, "left_out")
      .complete();
  static final Names<RestrictedLink.HiddenSide> HIDDEN_SIDE = new Names<>(RestrictedLink.HiddenSide.class)
      .put(RestrictedLink.HiddenSide.PARENT, "parent")
      .put(RestrictedLink.HiddenSide.CHILD, "child")
      .complete();

  /** The vocabularies of the evaluation and view documents, by the schema definition that lists each. */
  static final Map<String, Names<?>> DOCUMENTS = Map.ofEntries(
      Map.entry("contributionKind", CONTRIBUTION_KIND), Map.entry("policy", POLICY),
      Map.entry("hiddenSide", HIDDEN_SIDE));

  /** Every vocabulary of the plan document, by the schema definition that lists it. */
  static final Map<String, Names<?>> ALL = Map.ofEntries(
      Map.entry("unitKind", UNIT_KIND), Map.entry("objectiveKind", OBJECTIVE_KIND),
      Map.entry("lifecycle", LIFECYCLE), Map.entry("visibility", VISIBILITY),
      Map.entry("frameworkScheme", FRAMEWORK_SCHEME), Map.entry("measureUnit", MEASURE_UNIT),
      Map.entry("aggregation", AGGREGATION), Map.entry("checkInSource", CHECK_IN_SOURCE),
      Map.entry("checkInStatus", CHECK_IN_STATUS), Map.entry("initiativeState", INITIATIVE_STATE),
      Map.entry("linkMode", LINK_MODE), Map.entry("rollupSources", ROLLUP_SOURCES),
      Map.entry("noDataPolicy", NO_DATA_POLICY), Map.entry("status", STATUS));

  private final Class<E> type;
  private final EnumMap<E, String> names;
  private final Map<String, E> constants = new HashMap<>();

  private Names(Class<E> type) {
    this.type = type;
    this.names = new EnumMap<>(type);
  }

  private Names<E> put(E constant, String name) {
    if (names.put(constant, name) != null || constants.put(name, constant) != null) {
      throw new IllegalStateException("duplicate JSON name for " + constant + ": " + name);
    }
    return this;
  }

  private Names<E> complete() {
    if (names.size() != type.getEnumConstants().length) {
      throw new IllegalStateException("a constant of " + type.getSimpleName() + " has no JSON name");
    }
    return this;
  }

  /** Returns the JSON name of a constant. */
  String name(E constant) {
    String name = names.get(constant);
    if (name == null) {
      // complete() checked that every constant has a name; only a constant of another type lands here
      throw new IllegalArgumentException(constant + " is not a constant of " + type.getSimpleName());
    }
    return name;
  }

  /** Returns the constant a JSON name stands for, if any. */
  Optional<E> constant(String name) {
    return Optional.ofNullable(constants.get(name));
  }

  /** Returns the JSON names in declaration order. */
  List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(names.values()));
  }

  /** Returns the names as a readable list for messages: {@code 'a', 'b' or 'c'}. */
  String choices() {
    List<String> all = names();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        text.append(i == all.size() - 1 ? " or " : ", ");
      }
      text.append('\'').append(all.get(i)).append('\'');
    }
    return text.toString();
  }
}
