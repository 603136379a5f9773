package fr.okrsante.importing;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

final class Fixtures {

  static final Instant NOW = Instant.parse("2026-04-15T08:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Fixtures() {}

  /** A hospital plan: a rate (IQSS-DPA), a percentage (ESATIS48H), minutes (ATTENTE), a milestone, two key results sharing an indicator. */
  static Plan plan() {
    KeyResult dpa = KeyResult.builder().id("kr-dpa").title("Tenue du dossier patient").metric(Rate.ofPercent("40", "90"))
        .indicator(IndicatorBinding.of("IQSS-DPA")).build();
    KeyResult satisfaction = KeyResult.builder().id("kr-satisfaction").title("Satisfaction e-Satis")
        .metric(MoveToTarget.of("70", Target.absolute("85"))).unit(MeasureUnit.PERCENT)
        .indicator(IndicatorBinding.of("ESATIS48H")).build();
    KeyResult attente = KeyResult.builder().id("kr-attente").title("Attente médiane aux urgences")
        .metric(MoveToTarget.of("240", Target.reduceBy(20))).unit(MeasureUnit.MINUTES).indicator(IndicatorBinding.of("ATTENTE"))
        .build();
    KeyResult jalon = KeyResult.builder().id("kr-jalon").title("Protocole validé").metric(Milestone.doneOrNot())
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 15), "0")).build();
    KeyResult chute1 = KeyResult.builder().id("kr-chutes-a").title("Chutes, service A").metric(MoveToTarget.of("20", Target.absolute("10")))
        .indicator(IndicatorBinding.of("CHUTES")).build();
    KeyResult chute2 = KeyResult.builder().id("kr-chutes-b").title("Chutes, service B").metric(MoveToTarget.of("20", Target.absolute("10")))
        .indicator(IndicatorBinding.of("CHUTES")).build();
    return Plan.builder().title("CH test")
        .addUnits(OrgUnit.of("ch", "Centre hospitalier", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(Objective.builder().id("obj-qualite").title("Qualité des soins").ownerUnitId("ch").cycleId("2026")
            .addKeyResults(dpa, satisfaction, attente, jalon, chute1, chute2).build())
        .build();
  }

  static SpreadsheetImport.Builder sheets() {
    return SpreadsheetImport.builder().clock(CLOCK);
  }

  static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  /** UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" writes. */
  static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  static List<CheckIn> checkIns(Plan plan, String keyResultId) {
    return plan.keyResult(keyResultId).orElseThrow().getCheckIns();
  }
}
