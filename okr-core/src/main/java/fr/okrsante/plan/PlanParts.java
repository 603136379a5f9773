package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The contents a {@link Plan.Builder} collects, and the methods that add them; the builder adds
 * the whole check. Not thread-safe.
 */
abstract class PlanParts {

  String title = "";
  @Nullable Locale language;
  final List<FrameworkRef> requiredFrameworkRefs = new ArrayList<>();
  final List<OrgUnit> units = new ArrayList<>();
  final List<Cycle> cycles = new ArrayList<>();
  final List<Objective> objectives = new ArrayList<>();
  final List<Initiative> initiatives = new ArrayList<>();
  final List<AlignmentLink> links = new ArrayList<>();
  final List<Suppression> suppressions = new ArrayList<>();

  /**
   * Sets the title.
   *
   * @param title the title
   * @return this builder
   */
  public Plan.Builder title(String title) {
    this.title = Objects.requireNonNull(title, "title");
    return self();
  }

  /**
   * Sets the language the plan is written in, as a BCP 47 tag: {@code fr}, {@code en},
   * {@code fr-CA}. A dashboard uses it for its labels, numbers and dates unless told otherwise.
   *
   * @param languageTag the tag
   * @return this builder
   * @throws InvalidPlanException if the tag is not a well-formed BCP 47 language tag
   */
  public Plan.Builder language(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    Problems problems = new Problems();
    Locale locale = PlanHeading.parseLanguage(languageTag, problems);
    problems.throwIfAny();
    this.language = locale;
    return self();
  }

  /**
   * Sets the language the plan is written in.
   *
   * @param language the language, e.g. {@link Locale#FRENCH}
   * @return this builder
   * @throws InvalidPlanException if the locale has no language
   */
  public Plan.Builder language(Locale language) {
    return language(Objects.requireNonNull(language, "language").toLanguageTag());
  }

  /**
   * Adds framework codes the plan must cover (see {@link Plan#getRequiredFrameworkRefs()}).
   *
   * @param refs the codes, with their scheme and label
   * @return this builder
   */
  public Plan.Builder addRequiredFrameworkRefs(FrameworkRef... refs) {
    return addAll(this.requiredFrameworkRefs, List.of(refs));
  }

  /**
   * Adds framework codes the plan must cover (see {@link Plan#getRequiredFrameworkRefs()}).
   *
   * @param refs the codes, with their scheme and label
   * @return this builder
   */
  public Plan.Builder addAllRequiredFrameworkRefs(Collection<FrameworkRef> refs) {
    return addAll(this.requiredFrameworkRefs, refs);
  }

  /**
   * Adds units.
   *
   * @param units the units
   * @return this builder
   */
  public Plan.Builder addUnits(OrgUnit... units) {
    return addAll(this.units, List.of(units));
  }

  /**
   * Adds units.
   *
   * @param units the units
   * @return this builder
   */
  public Plan.Builder addAllUnits(Collection<OrgUnit> units) {
    return addAll(this.units, units);
  }

  /**
   * Adds cycles.
   *
   * @param cycles the cycles
   * @return this builder
   */
  public Plan.Builder addCycles(Cycle... cycles) {
    return addAll(this.cycles, List.of(cycles));
  }

  /**
   * Adds cycles.
   *
   * @param cycles the cycles
   * @return this builder
   */
  public Plan.Builder addAllCycles(Collection<Cycle> cycles) {
    return addAll(this.cycles, cycles);
  }

  /**
   * Adds objectives.
   *
   * @param objectives the objectives
   * @return this builder
   */
  public Plan.Builder addObjectives(Objective... objectives) {
    return addAll(this.objectives, List.of(objectives));
  }

  /**
   * Adds objectives.
   *
   * @param objectives the objectives
   * @return this builder
   */
  public Plan.Builder addAllObjectives(Collection<Objective> objectives) {
    return addAll(this.objectives, objectives);
  }

  /**
   * Adds initiatives.
   *
   * @param initiatives the initiatives
   * @return this builder
   */
  public Plan.Builder addInitiatives(Initiative... initiatives) {
    return addAll(this.initiatives, List.of(initiatives));
  }

  /**
   * Adds initiatives.
   *
   * @param initiatives the initiatives
   * @return this builder
   */
  public Plan.Builder addAllInitiatives(Collection<Initiative> initiatives) {
    return addAll(this.initiatives, initiatives);
  }

  /**
   * Adds an alignment link.
   *
   * @param link the link
   * @return this builder
   */
  public Plan.Builder addLink(AlignmentLink link) {
    links.add(Objects.requireNonNull(link, "link"));
    return self();
  }

  /**
   * Adds a contributing link of weight 1 from a child objective to a parent objective.
   *
   * @param childId the child objective id
   * @param parentId the parent objective id
   * @return this builder
   */
  public Plan.Builder addLink(String childId, String parentId) {
    return addLink(AlignmentLink.of(childId, parentId));
  }

  /**
   * Adds alignment links.
   *
   * @param links the links
   * @return this builder
   */
  public Plan.Builder addAllLinks(Collection<AlignmentLink> links) {
    return addAll(this.links, links);
  }

  /**
   * Adds reviewed exceptions to plan review rules.
   *
   * @param suppressions the suppressions
   * @return this builder
   */
  public Plan.Builder addSuppressions(Suppression... suppressions) {
    return addAll(this.suppressions, List.of(suppressions));
  }

  /**
   * Adds reviewed exceptions to plan review rules.
   *
   * @param suppressions the suppressions
   * @return this builder
   */
  public Plan.Builder addAllSuppressions(Collection<Suppression> suppressions) {
    return addAll(this.suppressions, suppressions);
  }

  private <T> Plan.Builder addAll(List<T> target, Collection<? extends T> items) {
    for (T item : items) {
      target.add(Objects.requireNonNull(item, "null element"));
    }
    return self();
  }

  /** Sorts the contents into the plan's canonical order, compiles and checks them, and builds the plan. */
  Plan assemble() {
    List<OrgUnit> sortedUnits = PlanStructure.sortedById(units, OrgUnit::getId);
    List<Cycle> sortedCycles = PlanStructure.sortedById(cycles, Cycle::getId);
    List<Objective> sortedObjectives = PlanStructure.sortedById(objectives, Objective::getId);
    List<Initiative> sortedInitiatives = PlanStructure.sortedById(initiatives, Initiative::getId);
    List<AlignmentLink> sortedLinks = new ArrayList<>(links);
    sortedLinks.sort(PlanStructure.LINK_ORDER);
    PlanStructure structure = PlanStructure.of(sortedUnits, sortedCycles, sortedObjectives, sortedInitiatives,
      sortedLinks);
    List<FrameworkRef> required = PlanHeading.sortedRequired(requiredFrameworkRefs);
    PlanValidator.check(title, required, sortedUnits, sortedCycles, sortedObjectives, sortedInitiatives, sortedLinks, structure);
    Plan plan = new Plan(new PlanHeading(title, language, List.copyOf(required)), List.copyOf(sortedUnits), List.copyOf(sortedCycles),
      ChunkedList.copyOf(sortedObjectives), List.copyOf(sortedInitiatives), List.copyOf(sortedLinks),
      sortedSuppressions(), structure);
    Plan.LOG.debug("plan built: {}", plan);
    return plan;
  }

  /** The suppressions in canonical order, each once: two plans built from the same items are equal. */
  private List<Suppression> sortedSuppressions() {
    java.util.TreeMap<String, Suppression> sorted = new java.util.TreeMap<>();
    for (Suppression s : suppressions) {
      sorted.put(s.getRuleId() + '\u0000' + s.getTarget() + '\u0000' + s.getAuthorId() + '\u0000' + s.getReason(), s);
    }
    return List.copyOf(sorted.values());
  }

  private Plan.Builder self() {
    return (Plan.Builder) this;
  }
}
