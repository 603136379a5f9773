package fr.okrsante.plan;

import java.time.LocalDate;
import java.util.List;

/** Small plans for hand-computed examples: one hospital, the year 2026. */
final class Fixtures {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
  static final OrgUnit CHU = OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION);
  static final OrgUnit URGENCES = OrgUnit.of("urgences", "Urgences", UnitKind.SERVICE, "chu");
  static final Cycle YEAR = Cycle.of("2026", "2026", JAN_1, DEC_31);

  private Fixtures() {}

  static KeyResult kr(String id, Metric metric, CheckIn... checkIns) {
    return KeyResult.builder().id(id).title("KR " + id).metric(metric).addCheckIns(checkIns).build();
  }

  static KeyResult kr(String id, double weight, Metric metric, CheckIn... checkIns) {
    return KeyResult.builder().id(id).title("KR " + id).metric(metric).weight(weight).addCheckIns(checkIns).build();
  }

  static Objective.Builder objective(String id, KeyResult... keyResults) {
    return Objective.builder().id(id).title("Objective " + id).ownerUnitId("chu").cycleId("2026")
        .addKeyResults(keyResults);
  }

  static Plan plan(Objective... objectives) {
    return Plan.builder().addUnits(CHU, URGENCES).addCycles(YEAR).addObjectives(objectives).build();
  }

  static Plan plan(List<Objective> objectives, String... links) {
    Plan.Builder builder = Plan.builder().addUnits(CHU, URGENCES).addCycles(YEAR).addAllObjectives(objectives);
    for (String link : links) {
      String[] ends = link.split("->");
      builder.addLink(ends[0], ends[1]);
    }
    return builder.build();
  }

  static CheckIn at(String date, String value) {
    return CheckIn.of(LocalDate.parse(date), value);
  }

  static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  /** Counted contributions over given weights and progress, as a strategy reads them. */
  static CountedContributions counted(double[] weights, double[] progress) {
    return new CountedContributions() {
      @Override
      public int count() {
        return weights.length;
      }

      @Override
      public double weight(int i) {
        return weights[i];
      }

      @Override
      public double progress(int i) {
        return progress[i];
      }
    };
  }
}
