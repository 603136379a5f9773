package fr.okrsante.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A measurable result that tells whether an objective is met: "Former 90 % du personnel aux
 * procédures de gestion des risques".
 *
 * <p>A key result has a {@link Metric} (how progress is computed), a unit of measure, start and
 * due dates (the objective's cycle by default), a weight among the objective's contributions, and
 * an append-only history of {@link CheckIn}s. Its id is unique in the whole plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyResult {

  KeyResult() {}

  /**
   * Returns the id, unique among all key results of the plan.
   *
   * @return the id
   */
  @NotBlank
  @Pattern(regexp = Plan.ID_PATTERN)
  public abstract String getId();

  /**
   * Returns the title.
   *
   * @return the title
   */
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns how progress is measured.
   *
   * @return the metric
   */
  public abstract Metric getMetric();

  /**
   * Returns the unit of measure.
   *
   * @return the unit; {@link MeasureUnit#PERCENT} for rates, {@link MeasureUnit#COUNT} otherwise, by default
   */
  @Value.Default
  public MeasureUnit getUnit() {
    return getMetric().kind() == MetricKind.RATE ? MeasureUnit.PERCENT : MeasureUnit.COUNT;
  }

  /**
   * Returns the label of a unit that is not one of {@link MeasureUnit}'s, e.g. "ateliers".
   *
   * @return the unit label
   */
  public abstract Optional<String> getUnitLabel();

  /**
   * Returns the first day of the key result, if it differs from its cycle's.
   *
   * @return the start date
   */
  public abstract Optional<LocalDate> getStartDate();

  /**
   * Returns the due date, if it differs from its cycle's end.
   *
   * @return the due date, inclusive
   */
  public abstract Optional<LocalDate> getDueDate();

  /**
   * Returns the weight among the objective's contributions.
   *
   * @return a weight from 0 to 1,000,000 with at most 6 decimals, 1 by default
   */
  @DecimalMin("0")
  @Value.Default
  public double getWeight() {
    return 1.0;
  }

  /**
   * Returns the check-ins, in the order they were added.
   *
   * @return the check-ins, an immutable list
   */
  public List<CheckIn> getCheckIns() {
    return checkInColumns();
  }

  /** The check-ins, kept in columns. */
  @Value.Default
  CheckInColumns checkInColumns() {
    return CheckInColumns.EMPTY;
  }

  /**
   * Returns the id of the indicator definition this key result follows, if any (e.g. an IQSS code):
   * a short label in the plan's own vocabulary. Importers find key results by
   * {@link #getIndicator()}, which can also hold a URL or a code in a code system.
   *
   * @return the indicator id
   */
  public abstract Optional<String> getIndicatorId();

  /**
   * Returns what the key result measures as another system names it (a FHIR Measure canonical
   * URL, an IQSS code, a spreadsheet's indicator code): importers find the key result of a figure
   * by it.
   *
   * @return the indicator binding
   */
  public abstract Optional<IndicatorBinding> getIndicator();

  /**
   * Tells whether one of the check-ins carries a source reference (then re-importing it is a no-op).
   *
   * @param sourceRef the source reference
   * @return true if a check-in of this key result has it
   */
  public boolean hasCheckInFrom(String sourceRef) {
    Objects.requireNonNull(sourceRef, "sourceRef");
    CheckInColumns checkIns = checkInColumns();
    for (int i = 0, n = checkIns.size(); i < n; i++) {
      if (sourceRef.equals(checkIns.sourceRef(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns how often a check-in is expected; a key result whose latest check-in is older is stale.
   *
   * @return the cadence, e.g. one month
   */
  public abstract Optional<Period> getCadence();

  /**
   * Returns a phased curve of expected progress; empty for a linear pace from start to due date.
   *
   * @return the waypoints, in date order
   */
  public abstract List<Waypoint> getWaypoints();

  /**
   * Returns a status set by an owner in place of the computed one.
   *
   * @return the override
   */
  public abstract Optional<StatusOverride> getStatusOverride();

  /**
   * Returns a copy with one more check-in. This instance is unchanged.
   *
   * @param checkIn the check-in to append
   * @return the new key result
   * @throws InvalidPlanException if the check-in does not fit the metric
   */
  public KeyResult withCheckIn(CheckIn checkIn) {
    return ((ImmutableKeyResult) ImmutableKeyResult.copyOf(this)).withCheckInColumns(checkInColumns().with(checkIn));
  }

  /**
   * Returns a copy with check-ins appended at once, checked once: the batch append of
   * {@link Plan#withCheckIns(java.util.Collection)}. This instance is unchanged.
   *
   * @param checkIns the check-ins to append, in order
   * @return the new key result
   * @throws InvalidPlanException if a check-in does not fit the metric (every problem listed)
   */
  KeyResult withCheckIns(java.util.Collection<CheckIn> checkIns) {
    return ((ImmutableKeyResult) ImmutableKeyResult.copyOf(this)).withCheckInColumns(checkInColumns().withAll(checkIns));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("keyResults").element(getId()));
    problems.throwIfAny();
  }

  void validate(Problems problems, ProblemPath path) {
    problems.id(path.property("id"), getId());
    problems.text(path.property("title"), getTitle());
    problems.weight(path.property("weight"), getWeight());
    if (getStartDate().isPresent() && getDueDate().isPresent() && getDueDate().get().isBefore(getStartDate().get())) {
      problems.add(path.property("dueDate"), PlanProblem.Kind.DATE_ORDER, "is " + getDueDate().get() + ", before the start date " + getStartDate().get());
    }
    getUnitLabel().ifPresent(label -> problems.text(path.property("unitLabel"), label));
    if (getUnit() == MeasureUnit.OTHER && getUnitLabel().isEmpty()) {
      problems.add(path.property("unitLabel"), PlanProblem.Kind.MISSING, "is missing: a key result in unit OTHER names its unit");
    }
    getIndicatorId().ifPresent(id -> problems.id(path.property("indicatorId"), id));
    getCadence().ifPresent(cadence -> {
      if (cadence.isNegative() || cadence.isZero()) {
        problems.add(path.property("cadence"), PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, "is " + cadence + ": a cadence must be positive, e.g. P1M");
      }
    });
    LocalDate previous = null;
    for (Waypoint waypoint : getWaypoints()) {
      if (previous != null && !waypoint.getDate().isAfter(previous)) {
        problems.add(path.property("waypoints").element(waypoint.getDate().toString(), java.util.Set.of()), PlanProblem.Kind.DATE_ORDER, "waypoints must be in strictly increasing date order");
      }
      previous = waypoint.getDate();
    }
    Metric metric = getMetric();
    @org.jspecify.annotations.Nullable Set<String> sourceRefs = null;
    // Read from the columns: no check-in is built unless it has a problem to report.
    CheckInColumns checkIns = checkInColumns();
    for (int i = 0, n = checkIns.size(); i < n; i++) {
      String sourceRef = checkIns.sourceRef(i);
      if (sourceRef != null) {
        if (sourceRefs == null) {
          sourceRefs = new HashSet<>();
        }
        if (!sourceRefs.add(sourceRef)) {
          problems.add(checkInPath(path, checkIns, i).property("sourceRef"), PlanProblem.Kind.DUPLICATE_ENTRY, "'" + Problems.shorten(sourceRef)
              + "' is the source reference of an earlier check-in of this key result: a record is imported once");
        }
      }
      String problem = switch (metric.kind()) {
        case RATE -> checkIns.isRate(i) ? null : "a rate key result needs the numerator and denominator of every check-in";
        case MILESTONE -> metric.takesInitiatives()
            ? "this milestone takes its progress from its initiatives: it has no check-ins" : null;
        case COMPUTED -> "a computed key result takes its value from its sources: it has no check-ins";
        case MOVE_TO_TARGET -> metric.takesInitiatives()
            ? "this key result counts its done initiatives: it has no check-ins" : null;
        case GUARDRAIL -> null;
      };
      if (problem != null) {
        problems.add(checkInPath(path, checkIns, i),
            metric.kind() == MetricKind.RATE ? PlanProblem.Kind.MISSING : PlanProblem.Kind.NOT_ALLOWED, problem);
      } else if (metric.kind() == MetricKind.MILESTONE) {
        BigDecimal value = checkIns.value(i);
        if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
          problems.add(checkInPath(path, checkIns, i).property("value"), PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN,
              "is " + Problems.plain(value) + ": a milestone's check-in is 1 (done) or 0 (not done)");
        }
      }
    }
  }

  private static ProblemPath checkInPath(ProblemPath path, CheckInColumns checkIns, int index) {
    return path.property("checkIns").element(LocalDate.ofEpochDay(checkIns.observedEpochDay(index)).toString(), Set.of());
  }

  /** Builds {@link KeyResult}s. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    /** Check-ins added through this builder: after those copied by {@code from}, or in their place. */
    private final List<CheckIn> added = new ArrayList<>();
    private boolean replacing;

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds one check-in.
     *
     * @param element the check-in
     * @return this builder
     */
    public Builder addCheckIns(CheckIn element) {
      added.add(Objects.requireNonNull(element, "checkIns element"));
      return this;
    }

    /**
     * Adds check-ins.
     *
     * @param elements the check-ins
     * @return this builder
     */
    public Builder addCheckIns(CheckIn... elements) {
      for (CheckIn element : elements) {
        addCheckIns(element);
      }
      return this;
    }

    /**
     * Adds check-ins.
     *
     * @param elements the check-ins
     * @return this builder
     */
    public Builder addAllCheckIns(Iterable<? extends CheckIn> elements) {
      for (CheckIn element : elements) {
        addCheckIns(element);
      }
      return this;
    }

    /**
     * Sets or replaces all check-ins, those copied by {@code from} included.
     *
     * @param elements the check-ins
     * @return this builder
     */
    public Builder checkIns(Iterable<? extends CheckIn> elements) {
      added.clear();
      replacing = true;
      return addAllCheckIns(elements);
    }

    /**
     * Builds the key result.
     *
     * @return the key result
     * @throws IllegalStateException if a required attribute is not set
     * @throws InvalidPlanException if the key result breaks one of its rules (every problem listed)
     */
    @Override
    public KeyResult build() {
      if (replacing) {
        checkInColumns(CheckInColumns.copyOf(added));
        return super.build();
      }
      KeyResult built = super.build();
      if (added.isEmpty()) {
        return built;
      }
      // The check-ins added come after those copied by from(), if any.
      CheckInColumns base = built.checkInColumns();
      return ((ImmutableKeyResult) ImmutableKeyResult.copyOf(built)).withCheckInColumns(
          base.isEmpty() ? CheckInColumns.copyOf(added) : base.withAll(added));
    }
  }
}
