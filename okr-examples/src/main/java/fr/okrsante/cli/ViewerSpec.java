package fr.okrsante.cli;

import fr.okrsante.plan.Plan;
import fr.okrsante.visibility.Role;
import fr.okrsante.visibility.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A viewer described on the command line, from the plan's own units: {@code ROLE:UNIT} pairs
 * separated by commas, and optionally {@code person:ID} for grants to a pseudonymous person.
 *
 * <pre>
 * --viewer overseer:chvs                     the direction: sees the whole establishment
 * --viewer lead:chvs.urgences                the head of the emergency department
 * --viewer member:chvs.cardiologie           a nurse in cardiology
 * --viewer public                            a partner with no membership: public objectives only
 * --viewer member:chvs.drh,person:p-drh      memberships and a person id together
 * </pre>
 *
 * <p>Roles and {@code public} are read in any case and spaces around items and colons are
 * ignored; unit and person ids are exact. A repeated item counts once; two different person ids
 * are a usage error (a viewer is one person).
 *
 * <p>No side file is needed: the plan's units are the vocabulary. A unit the plan does not have is
 * a usage error, so that a typo never silently shows an empty view.
 *
 * @param memberships the role and unit pairs, roles in lower case
 * @param personId the person id, if given
 * @param text the specification as given, for the dashboard header (never contains a person id)
 */
record ViewerSpec(List<Membership> memberships, Optional<String> personId, String text) {

  /**
   * A role in a unit.
   *
   * @param role member, lead or overseer
   * @param unitId the unit
   */
  record Membership(String role, String unitId) {}

  private static final List<String> ROLES = List.of("member", "lead", "overseer");

  /**
   * The id of a viewer described without a person: it holds spaces and parentheses, which no id
   * of a plan may hold, so no plan can grant anything to it.
   */
  static final String NO_PERSON = "(no person)";

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(Plan.ID_PATTERN);

  /**
   * Returns the viewer described: its memberships, and the person id for grants to persons.
   *
   * @return the viewer
   */
  Viewer toViewer() {
    List<fr.okrsante.visibility.Membership> result = new ArrayList<>();
    for (Membership membership : memberships) {
      Role role = Role.valueOf(membership.role().toUpperCase(Locale.ROOT));
      result.add(fr.okrsante.visibility.Membership.of(membership.unitId(), role));
    }
    return Viewer.of(personId.orElse(NO_PERSON), result);
  }

  static ViewerSpec parse(String spec, Plan plan) {
    List<Membership> memberships = new ArrayList<>();
    Optional<String> person = Optional.empty();
    List<String> shown = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      String item = part.strip();
      if (item.equalsIgnoreCase("public")) {
        if (!shown.contains("public")) {
          shown.add("public");
        }
        continue;
      }
      int colon = item.indexOf(':');
      if (colon <= 0 || colon == item.length() - 1) {
        throw usage("'" + item + "' is not ROLE:UNIT");
      }
      // roles in any case, spaces around the colon ignored; ids are exact
      String role = item.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = item.substring(colon + 1).strip();
      if (role.equals("person")) {
        if (!ID.matcher(value).matches()) {
          throw usage("person id '" + value + "' is not an id (letters, digits, '.', '_', ':' or '-')");
        }
        if (person.isPresent() && !person.get().equals(value)) {
          throw usage("two person ids given: a viewer is one person");
        }
        if (person.isEmpty()) {
          shown.add("person");
        }
        person = Optional.of(value);
        continue;
      }
      if (!ROLES.contains(role)) {
        throw usage("role '" + role + "' is unknown: use member, lead or overseer");
      }
      if (plan.unit(value).isEmpty()) {
        throw usage("unit '" + value + "' is not in the plan");
      }
      Membership membership = new Membership(role, value);
      if (!memberships.contains(membership)) {
        memberships.add(membership);
        shown.add(role + ":" + value);
      }
    }
    return new ViewerSpec(List.copyOf(memberships), person, String.join(",", shown));
  }

  private static CliException usage(String problem) {
    return new CliException(CliException.USAGE, "--viewer: " + problem
        + " (write e.g. overseer:UNIT, lead:UNIT, member:UNIT, person:ID or public, separated by commas)");
  }
}
